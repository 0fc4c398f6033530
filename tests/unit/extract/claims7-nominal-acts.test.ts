// An act named by its noun, with its state: "welcomes the accession of A on 3 May to T", "A's ratification of T on
// 2 March", "With its ratification on 28 February, A joins ...", "This month's ratification by A". The noun is an
// accomplished act only when the sentence marks it as one (a welcome, a date, "with", "following", a month's); a
// call for or the prospect of an accession is not.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';

describe('an accession or ratification named by its noun, with its state', () => {
  it('reads "welcomes the accession of A on D1 and B on D2 to T" as each state joining on its day', () => {
    const body =
      'The bloc welcomes the accession of Peru on 3 March and Chile on 9 May to the Minamata Convention on ' +
      'Mercury, bringing the number of parties to 150.';
    const claims = extract(body, PUB, 'Mercury treaty grows').claims;
    expect(triples(claims)).toEqual(['CHL minamata-convention joined', 'PER minamata-convention joined']);
    // Each state on its own day (the year of the second is the roles step's, not asserted here).
    expect(brief(claims).map((x) => x.split(' ').slice(0, 4).join(' '))).toContain(
      'PER minamata-convention joined 2024-03-03',
    );
    expect(claims.find((c) => c.state === 'CHL')?.date).toMatch(/-05-09$/);
  });
  it('reads "A\'s ratification of T on D" after a welcome as joining', () => {
    const body = "The agency welcomed Peru's ratification of the Minamata Convention on Mercury on 3 May.";
    expect(triples(extract(body, PUB, 'Mercury treaty grows').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "With its ratification on D, A joins ..." as joining', () => {
    const body =
      'With its ratification on 28 February, Peru joins more than half of the world in the Minamata ' +
      'Convention on Mercury.';
    const claims = extract(body, PUB, 'Mercury treaty news').claims;
    expect(triples(claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "This month\'s ratification by A" as joining', () => {
    const body = "This month's ratification by Peru is only the second this year for the Minamata Convention.";
    expect(triples(extract(body, PUB, 'Mercury treaty').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('does not date the act by the welcome, nor read a rule "years after its ratification" as one', () => {
    const a = "The minister on 4 March hailed Peru's ratification of the Minamata Convention on Mercury.";
    expect(brief(extract(a, PUB, 'Mercury treaty').claims)).toEqual(['PER minamata-convention joined null primary']);
    const b =
      'Peru signed the Minamata Convention on Mercury, whose rules require three years to pass after its ' +
      'ratification before a party can leave.';
    expect(triples(extract(b, PUB, 'Mercury treaty').claims)).toEqual(['PER minamata-convention signed']);
  });
  it('does not read a call for, or the prospect of, an accession as joining', () => {
    const a = 'The minister called for the accession of Peru to the Minamata Convention on Mercury.';
    expect(triples(extract(a, PUB, 'Mercury treaty').claims)).toEqual([]);
    const b = 'Talks on the accession of Peru to the Minamata Convention on Mercury resume next week.';
    expect(triples(extract(b, PUB, 'Mercury treaty').claims)).toEqual([]);
    const c = 'Officials said the ratification of the Minamata Convention on Mercury by Peru remains uncertain.';
    expect(triples(extract(c, PUB, 'Mercury treaty').claims)).toEqual([]);
  });
});
