// A stage verb whose object is an instrument or decision "to join" the treaty: "parliament passed a treaty to join
// T", "the council approved the decision to join T" (the state joining: approved to become a party), "A signed an
// agreement to join T" (the signature). A plan, a call or a negation is no act ("will sign an agreement to join",
// "did not pass a bill to join").
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';

describe('an instrument or decision "to join" T as the object of a stage verb', () => {
  it('reads "parliament passed a treaty to join T" as joining', () => {
    const body = "Peru's parliament has overwhelmingly passed a treaty to join the Minamata Convention on Mercury.";
    expect(triples(extract(body, PUB, 'Mercury treaty vote').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "the council of A approved the decision to accede to T" as joining', () => {
    const body = 'The energy council of Chile approved the decision to accede to the Minamata Convention on Mercury.';
    expect(triples(extract(body, PUB, 'Mercury treaty').claims)).toEqual(['CHL minamata-convention joined']);
  });
  it('reads "A signed an agreement to join T" as the signature', () => {
    const body = 'Peru signed an agreement to join the Minamata Convention on Mercury in October at a ceremony.';
    expect(triples(extract(body, PUB, 'Mercury treaty').claims)).toEqual(['PER minamata-convention signed']);
  });
  it('does not read a plan or a refusal as an act', () => {
    const a = 'Peru will sign an agreement to join the Minamata Convention on Mercury next year.';
    expect(triples(extract(a, PUB, 'Mercury treaty').claims)).toEqual([]);
    const b = "Chile's parliament did not pass a bill to join the Minamata Convention on Mercury.";
    expect(triples(extract(b, PUB, 'Mercury treaty').claims)).toEqual([]);
  });
});
