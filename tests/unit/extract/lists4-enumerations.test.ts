// Lists of states acting on one treaty (state-lists.ts): one claim per listed state, with the act, date and role.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);
const acts = (isos: string[], action: string) => isos.map((x) => `${x} arms-trade-treaty ${action}`).sort();

describe('an agent list after a passive verb', () => {
  it('reads "was signed on Friday by A, B, C and D"', () => {
    expect(out('The Arms Trade Treaty was signed last week by Chile, Peru, Ghana and Kenya.')).toEqual(
      acts(['CHL', 'PER', 'GHA', 'KEN'], 'signed'),
    );
  });
  it('reads a count with the list in brackets: "ratified by 4 states (A, B, C and D)"', () => {
    expect(out('So far the Arms Trade Treaty has been ratified by 4 states (Chile, Peru, Ghana and Kenya).')).toEqual(
      acts(['CHL', 'PER', 'GHA', 'KEN'], 'joined'),
    );
  });
});

describe('a count subject and the list after the verb phrase', () => {
  it('reads "Five states signed the treaty on Friday: A, B, C, D and E"', () => {
    expect(out('Five states signed the Arms Trade Treaty on Friday: Chile, Peru, Ghana, Kenya and Norway.')).toEqual(
      acts(['CHL', 'PER', 'GHA', 'KEN', 'NOR'], 'signed'),
    );
  });
  it('gives the act only to the states named after "including"', () => {
    expect(
      out('More than 40 countries signed the Arms Trade Treaty on Friday, including Chile, Peru and Ghana.'),
    ).toEqual(acts(['CHL', 'PER', 'GHA'], 'signed'));
  });
});

describe('a list before a copula and a count noun', () => {
  it('reads "A, B and C are the latest countries to ratify"', () => {
    expect(out('Chile, Peru and Ghana are the latest countries to ratify the Arms Trade Treaty.')).toEqual(
      acts(['CHL', 'PER', 'GHA'], 'joined'),
    );
  });
  it('reads "A, B, C and D are the only other countries that have ratified"', () => {
    expect(
      out('Norway, Spain, Kenya and Japan are the only other countries that have ratified the Arms Trade Treaty.'),
    ).toEqual(acts(['NOR', 'ESP', 'KEN', 'JPN'], 'joined'));
  });
  it('reads "have become the 20th, 21st and 22nd countries to ratify"', () => {
    expect(
      out('Chile, Peru and Ghana have become the 20th, 21st and 22nd countries to ratify the Arms Trade Treaty.'),
    ).toEqual(acts(['CHL', 'PER', 'GHA'], 'joined'));
  });
});

describe('a grouping whose members act', () => {
  it('expands "all EU member states have signed" into the member states', () => {
    const got = out('All EU member states have signed the Arms Trade Treaty.');
    expect(got).toHaveLength(27);
    expect(got).toContain('DEU arms-trade-treaty signed');
    expect(got).not.toContain('EUU arms-trade-treaty signed');
  });
  it('keeps "the EU signed" as the Union itself', () => {
    expect(out('The EU signed the Arms Trade Treaty on Friday.')).not.toContain('DEU arms-trade-treaty signed');
  });
  it('leaves out the states named after "except"', () => {
    const got = out('The Arms Trade Treaty has been signed by all EU member states except Hungary and Poland.');
    expect(got).toHaveLength(25);
    expect(got).not.toContain('HUN arms-trade-treaty signed');
  });
});

describe('lists that must not act', () => {
  it('gives nothing to a list that did not sign', () => {
    expect(out('Chile, Peru and Ghana did not sign the Arms Trade Treaty on Friday.')).toEqual([]);
  });
  it('gives nothing to states that only attended', () => {
    expect(
      out('Envoys from Chile, Peru and Ghana attended the ceremony at which Kenya signed the Arms Trade Treaty.'),
    ).toEqual(acts(['KEN'], 'signed'));
  });
  it('gives nothing to the unnamed rest of a count', () => {
    expect(out('Some 50 countries, among them observers, signed the Arms Trade Treaty on Friday.')).toEqual([]);
  });
});

describe('two lists, two acts in one sentence', () => {
  it('gives the grouping the first act and the bracketed list the second', () => {
    const got = out(
      'We looked at the Arms Trade Treaty. It is signed by all EU member states, and ratified by 3 (Austria, Belgium and Spain).',
    );
    expect(got.filter((x) => x.endsWith('signed'))).toHaveLength(27);
    expect(got.filter((x) => x.endsWith('joined'))).toEqual(acts(['AUT', 'BEL', 'ESP'], 'joined'));
  });
});

describe('a standing, not the news', () => {
  it('makes "A, B and C are the only other countries that have ratified" background', () => {
    const got = extract(
      'Norway, Spain and Kenya are the only other countries that have ratified the Arms Trade Treaty.',
      PUB,
    ).claims;
    expect(got.map((c) => `${c.state} ${c.role}`).sort()).toEqual([
      'ESP background',
      'KEN background',
      'NOR background',
    ]);
  });
});

describe('a count subject with commas before the verb and a bracketed list', () => {
  it('reads "around five states, in the end, decided to withdraw from the treaty (A, B, C ...)"', () => {
    expect(
      out(
        'Around five states, in the end, decided to withdraw from the Arms Trade Treaty (Chile, Peru, Ghana, Kenya, Spain).',
      ),
    ).toEqual(acts(['CHL', 'PER', 'GHA', 'KEN', 'ESP'], 'withdrawal_proposed'));
  });
  it('gives nothing where the count only wants to withdraw', () => {
    expect(
      out('Around five states want to withdraw from the Arms Trade Treaty (Chile, Peru, Ghana, Kenya, Spain).'),
    ).toEqual([]);
  });
});
