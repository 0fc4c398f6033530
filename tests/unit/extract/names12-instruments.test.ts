// Round 12, names of instruments outside the catalogue (branch names12-r12). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { expectLabelIds, extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const of = (text: string) => triples(extract(text, PUB).claims);

describe('a state owning a bilateral treaty is the claim state, not a word of the name', () => {
  it('reads "New Zealand\'s extradition treaty with Hong Kong" as the treaty with Hong Kong', () => {
    expect(
      of(
        "New Zealand has suspended its extradition treaty with Hong Kong. The cabinet chose to suspend New Zealand's extradition treaty with Hong Kong.",
      ),
    ).toEqual(['NZL provisional-treaty-extradition-hong-kong suspended']);
    expect(
      of(
        "Iceland suspended its extradition treaty with Hong Kong. Iceland's extradition treaty with Hong Kong dates from 1990.",
      ),
    ).toEqual(['ISL provisional-treaty-extradition-hong-kong suspended']);
  });
  it('keeps a territory that owns the treaty in the name', () => {
    expect(of("China suspended Hong Kong's extradition treaty with Canada on Monday.")).toEqual([
      'CHN provisional-treaty-hong-kong-extradition-canada suspended',
    ]);
  });
});

describe('the venue of a signing ends an instrument name', () => {
  it.each([
    [
      'Chile and Peru signed the Andes Accords on the North Lawn of the White House on Monday.',
      'provisional-accord-ande',
    ],
    ['Chile and Peru signed the Andes Accords at the Royal Palace on Monday.', 'provisional-accord-ande'],
    ['Chile and Peru signed the Andes Accords on the sidelines of the summit on Monday.', 'provisional-accord-ande'],
  ])('%s', (sentence, id) => {
    expect(of(sentence)).toEqual([`CHL ${id} signed`, `PER ${id} signed`]);
  });
  it('keeps a complement that names what the instrument is about', () => {
    expect(of('Chile signed the Andes Convention on the Protection of Glaciers on Monday.')).toEqual([
      'CHL provisional-convention-ande-protection-glacier signed',
    ]);
  });
});

describe('two states signing an instrument described by its kind conclude their own bilateral one', () => {
  it.each([
    [
      'Chile and Peru signed on Monday a reciprocal access agreement to ease visits by their forces.',
      'provisional-agreement-chile-peru-reciprocal-access',
    ],
    ['Chile and Peru signed a peace treaty on Monday.', 'provisional-treaty-chile-peru-peace'],
    [
      'Chile and the United States have signed a visa waiver agreement.',
      'provisional-agreement-chile-united-state-visa-waiver',
    ],
  ])('%s', (sentence, id) => {
    expect(of(sentence).map((t) => t.split(' ')[1])).toContain(id);
  });
  it('does not name a rated or unspecified instrument by the pair', () => {
    for (const s of [
      'Chile and Peru signed a landmark agreement on Monday.',
      'Chile and Peru signed a bilateral treaty on Monday.',
      'Ministers and envoys signed a trade agreement on Monday.',
    ])
      expect(of(s).join(' '), s).not.toMatch(/chile-peru|minister/);
  });
});

describe('the Abraham Accords (promoted in round 12) are read by name', () => {
  it('reads acts on them and scores labels under the record', () => {
    expect(of('Morocco joined the Abraham Accords on Monday.')).toEqual(['MAR abraham-accords joined']);
    expect(of('Bahrain signed the Abraham Accords on the South Lawn on Monday.')).toEqual([
      'BHR abraham-accords signed',
    ]);
    expectLabelIds([
      ['Abraham Accords', 'abraham-accords'],
      ['Abraham Accords Declaration', 'abraham-accords'],
      // The bilateral treaties signed beside it stay outside the catalogue.
      ['Egypt-Israel peace treaty', null],
    ]);
  });
});
