// Round 8: an intergovernmental agency a state joins as it joins an organisation ("joined the International Rice
// Agency"), not a national or news agency. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);

describe('an international agency a state joins', () => {
  it('reads "the International Rice Agency" where a state joins it', () => {
    expect(ids('Chile decided to join the International Rice Agency and the International Lithium Agency.')).toEqual([
      provisionalTreatyId('International Rice Agency'),
      provisionalTreatyId('International Lithium Agency'),
    ]);
  });
  it('extracts the membership', () => {
    const x = extract('Chile joined the International Rice Agency on Monday.', PUB);
    expect(triples(x.claims)).toEqual([`CHL ${provisionalTreatyId('International Rice Agency')} joined`]);
  });
  it('is no instrument as a subject, nor a national or news agency', () => {
    expect(ids('The International Rice Agency said prices would rise.')).toEqual([]);
    expect(ids('Chile told the Andean News Agency it would leave.')).toEqual([]);
    expect(ids('Chile left the National Security Agency out of the talks.')).toEqual([]);
  });
});
