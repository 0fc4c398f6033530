// A legislature approving the treaty itself ("congress voted to approve the pact") is the parliamentary ratification
// vote: joined. Approving a withdrawal from it stays a withdrawal approval.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z'; // a Saturday

describe('a legislature approves the treaty', () => {
  it('reads "congress voted to approve <treaty>" as joined, on its day', () => {
    const body = "Peru's congress voted to approve the Arms Trade Treaty on Tuesday after two years of debate.";
    expect(brief(extract(body, PUB).claims)).toEqual(['PER arms-trade-treaty joined 2025-05-06 primary']);
  });
  it('reads "the parliament approved <treaty>" as joined', () => {
    const body = 'The Kenyan parliament approved the Arms Trade Treaty on Monday by a wide margin.';
    expect(triples(extract(body, PUB).claims)).toEqual(['KEN arms-trade-treaty joined']);
  });
  it('reads "lawmakers voted unanimously in favour of <treaty>" as joined', () => {
    const body = 'Lawmakers in Ghana voted unanimously in favour of the Arms Trade Treaty on Thursday.';
    expect(triples(extract(body, PUB).claims)).toEqual(['GHA arms-trade-treaty joined']);
  });
  it('keeps an approved withdrawal a withdrawal', () => {
    const body = "Peru's congress voted to approve the withdrawal from the Arms Trade Treaty on Tuesday.";
    expect(triples(extract(body, PUB).claims)).toEqual(['PER arms-trade-treaty withdrawal_approved']);
  });
  it('does not read a minister approving the text as joining', () => {
    const body = "Peru's trade minister approved the Arms Trade Treaty's annual report on Tuesday.";
    expect(triples(extract(body, PUB).claims)).toEqual([]);
  });
});
