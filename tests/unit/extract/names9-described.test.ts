// Round 9: an instrument outside the catalogue described by what it creates ("a UN-backed agreement creating a
// marine reserve in the Coral Sea", "a treaty establishing a customs union"): the description is its name. Every
// sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const pid = provisionalTreatyId;
const names = (s: string) => findTreaties(s, gz).map((m) => m.name ?? m.treaty);

describe('an instrument described by what it creates', () => {
  it('reads the description from its modifiers to the end of the clause', () => {
    expect(names('Peru and Chile signed a UN-backed agreement creating a marine reserve in the Coral Sea.')).toEqual([
      'UN-backed agreement creating a marine reserve in the Coral Sea',
    ]);
    expect(names('Peru and Chile on Monday signed a treaty establishing a customs union, officials said.')).toEqual([
      'treaty establishing a customs union',
    ]);
    expect(
      names('Peru also signed the regional agreement for establishing a seed bank for mountain states (SBMS).'),
    ).toEqual(['regional agreement for establishing a seed bank for mountain states']);
  });
  it('stops before the day and the place of the act', () => {
    expect(names('Peru signed an agreement to create a joint fisheries commission on Monday in Lima.')).toEqual([
      'agreement to create a joint fisheries commission',
    ]);
  });
  it('extracts each state of a list signing it', () => {
    const x = extract(
      'Peru, Chile and Bolivia today signed a UN-backed agreement creating a marine reserve in the Coral Sea.',
      PUB,
    );
    const id = pid('UN-backed agreement creating a marine reserve in the Coral Sea');
    expect(triples(x.claims)).toEqual([`BOL ${id} signed`, `CHL ${id} signed`, `PER ${id} signed`]);
  });
  it('is no instrument without a determiner or without an act of creating', () => {
    expect(names('Talks on creating a marine reserve continued.')).toEqual([]);
    expect(names('Peru signed a trade agreement with Chile on Monday.')).not.toContain('trade agreement');
    expect(names('The agreement established in 1990 lapsed.')).toEqual([]);
  });
});
