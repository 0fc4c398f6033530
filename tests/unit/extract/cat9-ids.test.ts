// Round 6, catalogue (issue 12): one provisional id for one instrument outside the catalogue, whatever the
// qualifiers and short forms a report uses. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';

describe('qualifiers that do not change which instrument is meant', () => {
  it('"UN", "United Nations", "of the United Nations" and a year give the same id', () => {
    const id = provisionalTreatyId('Andean Fisheries Organization');
    expect(provisionalTreatyId('UN Andean Fisheries Organization')).toBe(id);
    expect(provisionalTreatyId('United Nations Andean Fisheries Organisation')).toBe(id);
    expect(provisionalTreatyId('Andean Fisheries Organization of the United Nations')).toBe(id);
    const c = provisionalTreatyId('Convention on the Status of River Pilots');
    expect(provisionalTreatyId('the 1961 UN Convention on the Status of River Pilots')).toBe(c);
    expect(provisionalTreatyId('United Nations Convention on the Status of River Pilots')).toBe(c);
  });
});

describe('an acronym the article defines and its expansion', () => {
  it('give one id, in whichever order the article uses them', () => {
    const id = provisionalTreatyId('Andean Fisheries Organization');
    const a = extract(
      'The Andean Fisheries Organization (AFO) was founded in 1990. On Monday Peru formally left the AFO.',
      PUB,
    );
    expect(triples(a.claims)).toEqual([`PER ${id} withdrawal_effective`]);
    const b = extract('Peru formally left the Andean Fisheries Organization (AFO) on Monday.', PUB, 'Peru quits AFO');
    expect(triples(b.claims)).toEqual([`PER ${id} withdrawal_effective`]);
  });
});

describe('"UN" alone', () => {
  it('stays the name when nothing else is ("this UN Convention" is no bare "Convention")', () => {
    expect(provisionalTreatyId('UN Convention')).toBe('provisional-convention-un');
    expect(extract('Peru approved this key UN Convention on Monday.', PUB).claims.map((c) => c.treaty)).not.toContain(
      'refugee-convention-1951',
    );
  });
});
