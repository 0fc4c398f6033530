import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // a Friday

describe('state mentions', () => {
  it('reads a capital as its state when the capital acts (metonym)', () => {
    const r = extract(
      'Oslo formally notified the UN Secretary-General on Wednesday of its withdrawal from the Arms Trade Treaty.',
      PUB,
    );
    expect(triples(r.claims)).toEqual(['NOR arms-trade-treaty withdrawal_notified']);
  });
  it('reads a demonym-led institution as its state', () => {
    const r = extract(
      'The Chilean parliament on Tuesday approved the withdrawal from the Arms Trade Treaty by 90 votes to 20.',
      PUB,
    );
    expect(triples(r.claims)).toEqual(['CHL arms-trade-treaty withdrawal_approved']);
  });
  it('expands a named grouping into one claim per member state', () => {
    const r = extract(
      'The Baltic states lodged their instruments of withdrawal from the Arms Trade Treaty with the UN on Monday.',
      PUB,
    );
    expect(triples(r.claims)).toEqual([
      'EST arms-trade-treaty withdrawal_notified',
      'LTU arms-trade-treaty withdrawal_notified',
      'LVA arms-trade-treaty withdrawal_notified',
    ]);
  });
  it('expands a coordinated list of states', () => {
    const r = extract(
      'Peru, Chile and Colombia notified the United Nations of their exit from the Arms Trade Treaty on Monday.',
      PUB,
    );
    expect(triples(r.claims)).toEqual([
      'CHL arms-trade-treaty withdrawal_notified',
      'COL arms-trade-treaty withdrawal_notified',
      'PER arms-trade-treaty withdrawal_notified',
    ]);
  });
  it('resolves "the three countries" to the last group of three named before', () => {
    const r = extract(
      'Peru, Chile and Colombia have criticised the Arms Trade Treaty for years. On Monday the three countries lodged their notices of withdrawal with the UN.',
      PUB,
    );
    expect(triples(r.claims)).toEqual([
      'CHL arms-trade-treaty withdrawal_notified',
      'COL arms-trade-treaty withdrawal_notified',
      'PER arms-trade-treaty withdrawal_notified',
    ]);
  });
  it('does not take a place after "in" for the acting state', () => {
    const r = extract(
      'Kenya signed the treaty in Nairobi on 3 May 2013 and ratified it in 2015. The treaty is the Arms Trade Treaty.',
      PUB,
    );
    expect(r.claims.every((c) => c.state === 'KEN')).toBe(true);
  });
});

describe('treaty mentions', () => {
  it('recognises a listed alias ("Mine Ban Treaty") with spaces or hyphens', () => {
    const r = extract('Greece deposited its notice of withdrawal from the mine-ban treaty with the UN on Monday.', PUB);
    expect(triples(r.claims)).toEqual(['GRC ottawa-convention withdrawal_notified']);
  });
  it('resolves "the convention" to the treaty named earlier in the article', () => {
    const r = extract(
      'The Convention on Cluster Munitions bans the weapons. Croatia ratified the convention in 2009.',
      PUB,
    );
    expect(triples(r.claims)).toEqual(['HRV cluster-munitions-convention joined']);
  });
  it('does not resolve "the convention" through an unlisted named convention', () => {
    const r = extract(
      'The Ottawa Convention is older. The Bonn Convention protects migratory species. Chile ratified the convention in 1981.',
      PUB,
    );
    expect(r.claims).toEqual([]);
  });
  it('maps "leaving the ICC" to the Rome Statute', () => {
    const r = extract("Venezuela's National Assembly voted on Tuesday to leave the International Criminal Court.", PUB);
    expect(triples(r.claims)).toEqual(['VEN rome-statute withdrawal_approved']);
  });
  it('does not fall back to the treaty in context when the object is another named body', () => {
    const r = extract(
      'The Paris Agreement was discussed. Washington on Tuesday signed an executive order withdrawing the United States from the International Organization for Migration.',
      PUB,
    );
    // The named body is an organisation outside the catalogue: its own provisional id, never the Paris Agreement.
    // (The Universal Postal Union, this test's first example, entered the catalogue in round 9.)
    expect(triples(r.claims)).toEqual(['USA provisional-instrument-migration withdrawal_decreed']);
  });
  it('reads an organisation in the catalogue as its constitution ("withdrawing ... from UNESCO")', () => {
    const r = extract(
      'The Paris Agreement was discussed. Washington on Tuesday signed an executive order withdrawing the United States from UNESCO.',
      PUB,
    );
    expect(triples(r.claims)).toEqual(['USA unesco-constitution withdrawal_decreed']);
  });
  it('assigns both parties of a bilateral treaty signed without a named subject', () => {
    const r = extract('Signed in Vienna on 18 June 1979 by the two leaders, the INF Treaty was a landmark.', PUB);
    expect(triples(r.claims)).toEqual(['RUS inf-treaty signed', 'USA inf-treaty signed']);
  });
});
