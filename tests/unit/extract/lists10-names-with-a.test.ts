// Round 6b (gazetteer.ts, names only): an instrument's name whose phrase after "on"/"for" opens with "a"/"an" ("the
// Treaty on a Nuclear-Weapon-Free Zone", "the Agreement on an Ocean Fund") is a name outside the catalogue, not a
// bare "the treaty" to be read as the article's other instrument.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);

describe('a name "Treaty on a ..." outside the catalogue', () => {
  it('reads the listed states ratifying "the Treaty on a Weapon-Free Zone"', () => {
    expect(
      out('Chile, Peru and Ghana all ratified the Treaty on a Weapon-Free Zone, which bans the testing of missiles.'),
    ).toEqual(['CHL', 'PER', 'GHA'].sort().map((x) => `${x} provisional-treaty-weapon-free-zone joined`));
  });
  it('reads "the Agreement on an Ocean Fund" as its own name', () => {
    expect(out('Chile signed the Agreement on an Ocean Fund on Monday.')).toEqual([
      'CHL provisional-agreement-ocean-fund signed',
    ]);
  });
  it('does not take "the treaty on a Monday" for a name', () => {
    expect(out('Chile signed the Arms Trade Treaty on a Monday in May.')).toEqual(['CHL arms-trade-treaty signed']);
  });
});
