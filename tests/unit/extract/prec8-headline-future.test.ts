// Round 8, precision: a headline's act ("Joins", "Accedes", "Signs") that the lead states only as coming ("will be
// joining", "will formally accede", "will join") reports an intention, not an act done. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';

describe('a headline act the lead states as future', () => {
  it('"Chile Joins the Bloc" over "announced it will be joining"', () => {
    const r = extract(
      'Chile announced on Monday that it will be joining the Southern African Development Community at the next summit. ' +
        'The decision follows years of talks.',
      PUB,
      'Chile Joins the Southern African Development Community',
    );
    expect(triples(r.claims)).toEqual([]);
  });

  it('"A accedes to T" over "A will formally accede to T on 1 July"', () => {
    const r = extract(
      'Georgia will formally accede to the Arms Trade Treaty at a ceremony in New York next month.',
      PUB,
      'Georgia accedes to the Arms Trade Treaty',
    );
    expect(triples(r.claims)).toEqual([]);
  });

  it('keeps a headline act the lead reports as done', () => {
    const r = extract(
      'Georgia deposited its instrument of accession to the Arms Trade Treaty on Monday. It will become a party in June.',
      PUB,
      'Georgia accedes to the Arms Trade Treaty',
    );
    expect(triples(r.claims)).toEqual(['GEO arms-trade-treaty joined']);
  });

  it('keeps a headline act when the lead names no act at all', () => {
    const r = extract('The move was welcomed by the secretariat.', PUB, 'Georgia joins the Arms Trade Treaty');
    expect(triples(r.claims)).toEqual(['GEO arms-trade-treaty joined']);
  });
});
