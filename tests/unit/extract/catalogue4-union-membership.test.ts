// Round 4, catalogue kind (issue 12): joining or leaving the European Union is an act on its founding treaty (the
// Treaty on European Union), as joining the WHO is one on its constitution. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const TEU = 'treaty-on-european-union';
const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);

describe('the European Union as what a state joins or leaves', () => {
  it('reads the Union after a verb or noun of joining or leaving as its treaty', () => {
    expect(ids('Moldova hopes to join the European Union by 2030.')).toEqual([TEU]);
    expect(ids('Since Britain left the EU, trade has fallen.')).toEqual([TEU]);
    expect(ids("Moldova's accession to the EU is years away.")).toEqual([TEU]);
  });
  it('extracts a state joining the Union', () => {
    const x = extract('Montenegro joined the European Union at midnight on Tuesday.', PUB);
    expect(triples(x.claims)).toEqual([`MNE ${TEU} joined`]);
  });
  it('is no treaty where the Union acts or is only a place', () => {
    expect(ids('The EU signed the agreement with Chile.')).toEqual([]);
    expect(ids('Exports to the EU rose by a tenth.')).toEqual([]);
    expect(ids('The ministers met in the EU capital.')).toEqual([]);
  });
});
