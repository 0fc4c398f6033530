// Round 4b, catalogue kinds (issue 12). Every sentence is invented.
// (1) A protocol or an amendment is named after its parent ("the X Amendment to the Y Protocol"): an act on it is
// no act on the parent. (3) A depositary organisation named for its office ("handed the instrument to the IMO
// Secretary-General") receives the instrument; it is not the instrument acted on.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-16T09:00:00Z';
const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);

describe('a protocol or amendment named after its parent', () => {
  it('reads a named amendment outside the catalogue as its own instrument, not the parent', () => {
    const x = extract('Bolivia accepted the Doha Amendment to the Kyoto Protocol on Monday.', PUB);
    expect(triples(x.claims)).not.toContain('BOL kyoto-protocol joined');
    expect(ids('Bolivia accepted the Doha Amendment to the Kyoto Protocol on Monday.')).toEqual([
      'provisional-amendment-doha-kyoto',
    ]);
  });
  it('reads an unnamed amendment to a listed treaty as no act on that treaty', () => {
    const x = extract('Norway ratified an amendment to the Montreal Protocol on Friday.', PUB);
    expect(triples(x.claims)).not.toContain('NOR montreal-protocol joined');
  });
  it('keeps a protocol named with its own subject before the parent apart from the parent', () => {
    const x = extract(
      'Ghana ratified the Lisbon Protocol on Fisheries to the Convention on Biological Diversity.',
      PUB,
    );
    expect(triples(x.claims).some((t) => / cbd /.test(t))).toBe(false);
  });
  it('still reads the parent acted on by itself, and a listed amendment as itself', () => {
    expect(triples(extract('Bolivia ratified the Kyoto Protocol on Monday.', PUB).claims)).toContain(
      'BOL kyoto-protocol joined',
    );
    expect(
      triples(extract('Bolivia ratified the Kigali Amendment to the Montreal Protocol on Monday.', PUB).claims),
    ).toEqual(['BOL kigali-amendment joined']);
  });
});

describe('a depositary organisation named for its office', () => {
  it('is not the instrument when its office follows it', () => {
    const s = 'The ambassador of Chile handed the instrument to the Council of Europe Secretary General on Monday.';
    expect(triples(extract(s, PUB).claims)).toEqual([]);
  });
  it('is not the instrument when it follows its office', () => {
    const s = 'Estonia sent the notification to the Secretary General of the Council of Europe on Friday.';
    expect(triples(extract(s, PUB).claims)).toEqual([]);
  });
  it('leaves the instrument named beside the office to be acted on', () => {
    const s =
      'Estonia deposited its instrument of ratification of the Istanbul Convention with the Secretary General of the Council of Europe on Friday.';
    expect(triples(extract(s, PUB).claims)).toEqual(['EST istanbul-convention joined']);
  });
  it('keeps the organisation when the sentence speaks of leaving the organisation itself', () => {
    const s = 'Belarus notified the Council of Europe Secretary General of its withdrawal from the organisation.';
    expect(triples(extract(s, PUB).claims)).toContain('BLR council-of-europe-statute withdrawal_notified');
  });
});
