// Round 14, instruments outside the catalogue (branch outside14). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { expectLabelIds, extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const of = (text: string) => triples(extract(text, PUB).claims);

describe('a Council or a Conference of states is a body states join or leave', () => {
  it.each([
    [
      'Norway decided on Monday to withdraw from the Council of the Adriatic Sea States.',
      'NOR provisional-instrument-council-adriatic-sea-state withdrawal_proposed',
    ],
    ['Chile left the Andean Council on Monday.', 'CHL provisional-instrument-andean-council withdrawal_effective'],
    [
      'The Polish parliament voted on Monday to leave the Adriatic Parliamentary Conference.',
      'POL provisional-instrument-adriatic-parliamentary-conference withdrawal_approved',
    ],
    [
      'Chile joined the Hague Conference on Private International Law on Monday.',
      'CHL provisional-instrument-hague-conference-private-law joined',
    ],
  ])('%s', (sentence, claim) => {
    expect(of(sentence)).toEqual([claim]);
  });
  it("does not read a state's organ or a body's own council as one joined or left", () => {
    expect(of('Chile took a seat on the Security Council on Monday.')).toEqual([]);
    expect(of('Chile left the Council of Ministers on Monday.')).toEqual([]);
    expect(of('The Federation Council approved the withdrawal on Monday.')).toEqual([]);
    expect(of('The Adriatic Council said on Monday that Chile had left the Ottawa Convention.')).toEqual([
      'CHL ottawa-convention withdrawal_effective',
    ]);
  });
});

describe('"the Federal Assembly" is a legislature', () => {
  it('reads its decision to leave as an approval', () => {
    expect(
      of(
        'At the same time, the Russian Federal Assembly decided to withdraw from the Adriatic Parliamentary Conference.',
      ),
    ).toEqual(['RUS provisional-instrument-adriatic-parliamentary-conference withdrawal_approved']);
  });
});

describe('a title that opens with its head noun names one instrument, even in generic words', () => {
  it('reads "the Treaty on Comprehensive Strategic Partnership"', () => {
    expect(
      of("Armenia's parliament ratified the Treaty on Comprehensive Strategic Partnership with Iran on Monday."),
    ).toEqual(['ARM provisional-treaty-comprehensive-strategic-partnership joined']);
  });
  it('still reads "a Free Trade Agreement" as a kind', () => {
    expect(of('Chile signed a Free Trade Agreement with Peru on Monday.')).toEqual([]);
  });
});

describe("the history of the article's own uncatalogued instrument is kept as background", () => {
  it('keeps the signing of the instrument in the news', () => {
    expect(
      of(
        'Armenia ratified the Treaty of Friendship and Good Neighbourliness with Iran on Monday. Armenia and Iran signed the treaty in March 2023.',
      ),
    ).toEqual([
      'ARM provisional-treaty-friendship-good-neighborliness joined',
      'ARM provisional-treaty-friendship-good-neighborliness signed',
      'IRN provisional-treaty-friendship-good-neighborliness signed',
    ]);
  });
  it('drops a background act on another uncatalogued instrument', () => {
    expect(
      of(
        'Armenia ratified the Treaty of Friendship and Good Neighbourliness with Iran on Monday. Armenia signed the Treaty of Kars in 1921.',
      ),
    ).toEqual(['ARM provisional-treaty-friendship-good-neighborliness joined']);
  });
});

describe('ALBA, promoted: its names over the years and its acronym in capitals', () => {
  it.each([
    'Ecuador left ALBA on Monday.',
    'Ecuador left the Bolivarian Alliance for the Peoples of Our America on Monday.',
    'Ecuador left the Bolivarian Alternative for the Americas on Monday.',
  ])('%s', (sentence) => {
    expect(of(sentence)).toEqual(['ECU alba-tcp withdrawal_effective']);
  });
  it('does not read a name spelt like it', () => {
    expect(of('Alba said on Monday that she had left the party.')).toEqual([]);
  });
  it('scores label names under the record', () => {
    expectLabelIds([
      ['Bolivarian Alternative for the Americas (ALBA)', 'alba-tcp'],
      ['ALBA', 'alba-tcp'],
      ['Bolivarian Alliance for the Peoples of Our America', 'alba-tcp'],
    ]);
  });
});
