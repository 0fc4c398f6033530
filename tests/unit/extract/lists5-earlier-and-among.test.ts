// Round 4b lists (state-lists.ts): states named as earlier actors ("the fifth to ratify, following A, B and C") and
// states named "such as" among the countries acting ("A and B were among countries signing").
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);
const roles = (body: string) => brief(extract(body, PUB).claims);

describe('"the Nth to ratify, following A, B and C": the listed states acted earlier', () => {
  it('gives each listed state the act, as background with no date of its own', () => {
    const got = roles(
      'Norway ratified the Arms Trade Treaty on Tuesday. It is the fourth Nordic country to ratify the treaty, ' +
        'following Denmark, Finland and Iceland.',
    );
    for (const iso of ['DNK', 'FIN', 'ISL']) expect(got).toContain(`${iso} arms-trade-treaty joined null background`);
    expect(got).toContain('NOR arms-trade-treaty joined 2025-05-06 primary');
  });
  it('reads "the second country to leave it after A"', () => {
    const got = roles(
      'Chile left the Arms Trade Treaty on Sunday, becoming the second country to withdraw from it after Peru.',
    );
    expect(got.filter((x) => x.startsWith('PER'))).toEqual([
      'PER arms-trade-treaty withdrawal_effective null background',
    ]);
  });
  it('gives nothing where no state follows "after"', () => {
    const got = out('Chile became the third state to ratify the Arms Trade Treaty after its senate voted in March.');
    expect(got.filter((x) => !x.startsWith('CHL'))).toEqual([]);
  });
  it('gives nothing for "the first to sign, following talks with A and B"', () => {
    const got = out('Chile was the first state to sign the Arms Trade Treaty, following talks with Peru and Ghana.');
    expect(got.filter((x) => !x.startsWith('CHL'))).toEqual([]);
  });
});

describe('"A, B and C were among countries signing": only the named states', () => {
  it('joins two "such as" lists of one subject', () => {
    expect(
      out(
        'Large producers such as Chile, Peru and Ghana and smaller ones such as Kenya and Norway were among ' +
          'countries signing the Arms Trade Treaty.',
      ),
    ).toEqual(['CHL', 'GHA', 'KEN', 'NOR', 'PER'].map((x) => `${x} arms-trade-treaty signed`));
  });
  it('reads "were among the nations ratifying"', () => {
    expect(out('Chile and Peru were among the nations ratifying the Arms Trade Treaty last week.')).toEqual(
      ['CHL', 'PER'].map((x) => `${x} arms-trade-treaty joined`),
    );
  });
  it('gives nothing for attending, invited or not signing', () => {
    expect(out('Chile and Peru were among countries attending the Arms Trade Treaty conference.')).toEqual([]);
    expect(out('Chile and Peru were among countries invited to sign the Arms Trade Treaty.')).toEqual([]);
    expect(out('Chile and Peru were among countries not signing the Arms Trade Treaty.')).toEqual([]);
  });
});

describe('"after A, which left in 2017": the relative clause dates the earlier act', () => {
  it('keeps the year the clause gives', () => {
    const got = roles(
      'Chile left the Arms Trade Treaty on Sunday, the second country to withdraw after Peru, which left in 2017.',
    );
    expect(got.filter((x) => x.startsWith('PER'))).toEqual([
      'PER arms-trade-treaty withdrawal_effective 2017 background',
    ]);
  });
});

describe('"Nine states signed it. They are A, B and C": the next sentence lists the count', () => {
  it("gives the listed states the last sentence's act and date", () => {
    const got = roles(
      'The Arms Trade Treaty was signed by ministers of its nine member countries on Thursday. ' +
        'These include Chile, Peru, Ghana and Kenya.',
    );
    for (const iso of ['CHL', 'PER', 'GHA', 'KEN'])
      expect(got).toContain(`${iso} arms-trade-treaty signed 2025-05-08 primary`);
  });
  it('reads "The signatories are: A, B and C"', () => {
    const got = out(
      'Five states ratified the Arms Trade Treaty on Friday. The signatories are: Chile, Peru and Ghana.',
    );
    expect(got).toEqual(['CHL', 'GHA', 'PER'].map((x) => `${x} arms-trade-treaty joined`));
  });
  it('gives nothing after a sentence with no act ("have not yet signed", "are negotiating")', () => {
    expect(out('Several countries have not yet signed the Arms Trade Treaty. These include Chile and Peru.')).toEqual(
      [],
    );
    expect(
      out('Another 20 countries are negotiating to join the Arms Trade Treaty. These are: Chile, Peru and Ghana.'),
    ).toEqual([]);
    expect(
      out('Officials of 40 countries attended the Arms Trade Treaty signing. They included Chile and Peru.'),
    ).toEqual([]);
  });
});
