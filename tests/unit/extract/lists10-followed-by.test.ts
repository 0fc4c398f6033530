// Round 6b lists (state-lists.ts): "followed by" joins two items of one enumeration ("A, followed by B, C and D,
// deposited"; "A, followed by B, has ratified"), as "and" does. It never reaches across a clause.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);
const att = (isos: string[], action: string) => isos.map((x) => `${x} arms-trade-treaty ${action}`).sort();

describe('"followed by" inside a list of states', () => {
  it('reads "A, followed by B and C, deposited their instruments of ratification"', () => {
    expect(
      out(
        'Chile, followed by Peru and Ghana, deposited their instruments of ratification of the Arms Trade Treaty ' +
          'last week.',
      ),
    ).toEqual(att(['CHL', 'PER', 'GHA'], 'joined'));
  });
  it('reads "A, followed by B, has ratified" and nothing when the ordered list has yet to act', () => {
    expect(out('Chile, followed by Peru, has ratified the Arms Trade Treaty.')).toEqual(att(['CHL', 'PER'], 'joined'));
    expect(out('Chile, followed by Peru, will ratify the Arms Trade Treaty next year.')).toEqual([]);
  });
  it('does not join a state named after "followed by" in another clause', () => {
    expect(
      out('Chile ratified the Arms Trade Treaty on Monday, a step followed by protests in Peru and Ghana.'),
    ).toEqual(att(['CHL'], 'joined'));
  });
});
