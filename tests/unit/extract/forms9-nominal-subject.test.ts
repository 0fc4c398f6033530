// An accession or ratification named by its noun as the SUBJECT of a verb that states its result: "A's accession
// to T brings the number of parties to 50", "The ratification by A makes it the 30th party", "the formal accession
// of A and B to T marked ...", "A ratification brought T into force" (the state as a modifier, as headlines write it). The result verb (brings, makes,
// marks, raises, takes) states the act as done; a modal ("would bring"), a future ("will make") or a prospect
// ("A's accession to T could bring") is not.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';

describe('an accession or ratification as the subject of a verb stating its result', () => {
  it('reads "A\'s accession to T brings the number of parties to N" as joining', () => {
    const body = "Peru's accession to the Minamata Convention on Mercury brings the number of parties to 150.";
    expect(triples(extract(body, PUB, 'Mercury treaty grows').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "The ratification by A makes it the Nth party to T" as joining', () => {
    const body = 'The ratification by Chile makes it the 40th party to the Minamata Convention on Mercury.';
    expect(triples(extract(body, PUB, 'Mercury treaty grows').claims)).toEqual(['CHL minamata-convention joined']);
  });
  it('reads "the formal accession of A and B to T marked ..." as each state joining', () => {
    const body =
      'The formal accession of Peru and Chile to the Minamata Convention on Mercury marked the first new ' +
      'parties in two years.';
    expect(triples(extract(body, PUB, 'Mercury treaty grows').claims)).toEqual([
      'CHL minamata-convention joined',
      'PER minamata-convention joined',
    ]);
  });
  it('reads "A ratification brought T into force" (the state as a modifier) as joining', () => {
    const body = 'Peru ratification brought the Minamata Convention on Mercury into force last month.';
    expect(triples(extract(body, PUB, 'Mercury treaty in force').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "A\'s accession on D marks a milestone for T" as joining', () => {
    const body = "Chile's accession on 3 May marks a milestone for the Minamata Convention on Mercury.";
    expect(triples(extract(body, PUB, 'Mercury treaty').claims)).toEqual(['CHL minamata-convention joined']);
  });
  it('does not read a prospect, a modal or a future result as joining', () => {
    const a = "Peru's accession to the Minamata Convention on Mercury would bring the number of parties to 150.";
    expect(triples(extract(a, PUB, 'Mercury treaty').claims)).toEqual([]);
    const b = "Officials hope Chile's ratification will make it the 40th party to the Minamata Convention on Mercury.";
    expect(triples(extract(b, PUB, 'Mercury treaty').claims)).toEqual([]);
    const c = 'The ratification process in Peru makes slow progress on the Minamata Convention on Mercury.';
    expect(triples(extract(c, PUB, 'Mercury treaty').claims)).toEqual([]);
    const d = "Peru's ratification bill brings the Minamata Convention on Mercury before the chamber.";
    expect(triples(extract(d, PUB, 'Mercury treaty').claims)).toEqual([]);
  });
});

// The deposit named by its noun, with its state as the agent: "came into force with the deposit of its ratification
// instrument by A on D", "welcomed the deposit by A of its instrument of accession". A rule about any deposit
// ("enters into force upon deposit of an instrument") names no state.
describe('a deposit named by its noun, with its state as the agent', () => {
  it('reads "with the Nth deposit of its ratification instrument by A on D" as joining on that day', () => {
    const body =
      'The Minamata Convention on Mercury came into force with the fiftieth deposit of its ratification ' +
      'instrument by Peru on 15 July 2023.';
    expect(brief(extract(body, '2023-07-20T10:00:00Z', 'Mercury treaty in force').claims)).toEqual([
      'PER minamata-convention joined 2023-07-15 primary',
    ]);
  });
  it('reads "welcomed the deposit by A of its instrument of accession to T" as joining', () => {
    const body =
      'The executive secretary welcomed the deposit by Chile of its instrument of accession to the Minamata ' +
      'Convention on Mercury.';
    expect(triples(extract(body, PUB, 'Mercury treaty grows').claims)).toEqual(['CHL minamata-convention joined']);
  });
  it('does not read a rule about any deposit as a state joining', () => {
    const body =
      'For Peru, the Minamata Convention on Mercury enters into force after the deposit of an instrument of ' +
      'ratification.';
    expect(triples(extract(body, PUB, 'Mercury treaty').claims)).toEqual([]);
  });
});

describe('the result verb bounds the date of the act named as its subject', () => {
  it('does not date the act by a year in the result clause', () => {
    const body =
      "Peru's ratification pushes the Minamata Convention on Mercury over the threshold after a setback in 2001.";
    expect(brief(extract(body, PUB, 'Mercury treaty').claims)).toEqual(['PER minamata-convention joined null primary']);
  });
});
