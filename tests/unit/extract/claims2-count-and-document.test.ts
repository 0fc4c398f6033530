// Two subject kinds: a count in words ("and seven more countries have signed it") is nobody named; "the document
// signed by the head of state" is a signed law or decree, not a signature of the treaty.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';

describe('a count in words as the subject', () => {
  it('gives the signature of "seven more countries" to none of the states named before', () => {
    const body =
      'Three more states - Chile, Peru and Ghana - have ratified the Arms Trade Treaty and five more countries have signed it.';
    expect(triples(extract(body, PUB).claims)).toEqual([
      'CHL arms-trade-treaty joined',
      'GHA arms-trade-treaty joined',
      'PER arms-trade-treaty joined',
    ]);
  });
  it('reads "a dozen other nations have joined" as nobody', () => {
    const body = 'Kenya left the Arms Trade Treaty in March, while a dozen other nations have joined it since.';
    expect(triples(extract(body, PUB).claims)).toEqual(['KEN arms-trade-treaty withdrawal_effective']);
  });
});

describe('a document signed by the head of state', () => {
  it('reads no treaty signature from "The document signed by the president was adopted ..."', () => {
    const body =
      "The document signed by the head of state was adopted in connection with the end of Peru's part in the Arms Trade Treaty.";
    expect(triples(extract(body, PUB).claims).filter((c) => c.endsWith(' signed'))).toEqual([]);
  });
  it('reads no treaty signature from "a decree ... signed by the head of state"', () => {
    const body =
      'The exit from the Arms Trade Treaty is set out in a decree signed by the head of state of Peru on Monday.';
    expect(triples(extract(body, PUB).claims).filter((c) => c.endsWith(' signed'))).toEqual([]);
  });
  it('still reads "the treaty signed by Peru" as a signature', () => {
    const body = 'The Arms Trade Treaty, signed by Peru on Monday, bans transfers to embargoed states.';
    expect(triples(extract(body, PUB).claims)).toEqual(['PER arms-trade-treaty signed']);
  });
});
