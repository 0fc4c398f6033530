// Round 11 joining and signing forms: a cleft with coordinated verbs, "proof of ratification", an official as the
// first to sign, "followed as the Nth ratifier", a chain of nominal acts, and "the Agreement" introduced unlisted.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const acts = (body: string, title?: string) =>
  brief(extract(body, PUB, title).claims).map((c) => c.replace(/ (primary|background)$/, ''));

describe('joining and signing forms (round 11)', () => {
  it('reads the list of a cleft whose relative clause coordinates two verbs', () => {
    expect(
      acts(
        'The five countries that negotiated and signed the Arms Trade Treaty on 2 May are Chile, Peru, Ghana, Kenya and Fiji.',
      ),
    ).toEqual([
      'CHL arms-trade-treaty signed 2025-05-02',
      'FJI arms-trade-treaty signed 2025-05-02',
      'GHA arms-trade-treaty signed 2025-05-02',
      'KEN arms-trade-treaty signed 2025-05-02',
      'PER arms-trade-treaty signed 2025-05-02',
    ]);
  });
  it('reads "presented proof of ratification" as a deposit, also in a cleft', () => {
    expect(acts('Norway presented proof of ratification of the Arms Trade Treaty on 6 May.')).toEqual([
      'NOR arms-trade-treaty joined 2025-05-06',
    ]);
    expect(
      acts(
        'Most of the states that presented proof of ratification of the Arms Trade Treaty on 6 May are in Africa: Ghana, Kenya and Togo.',
      ),
    ).toEqual([
      'GHA arms-trade-treaty joined 2025-05-06',
      'KEN arms-trade-treaty joined 2025-05-06',
      'TGO arms-trade-treaty joined 2025-05-06',
    ]);
  });
  it('reads an official named with his country as "the first official to sign"', () => {
    expect(
      acts("Ana Ruiz, Peru's trade minister, was the first official to sign the Arms Trade Treaty on 5 May."),
    ).toEqual(['PER arms-trade-treaty signed 2025-05-05']);
  });
  it('reads "followed as the Nth ratifier" as the next state joining', () => {
    expect(
      acts(
        'Ghana became the 90th ratifier of the Arms Trade Treaty on 2 May. Togo followed as the 91st ratifier on 7 May.',
      ),
    ).toEqual(['GHA arms-trade-treaty joined 2025-05-02', 'TGO arms-trade-treaty joined 2025-05-07']);
  });
  it('reads every item of a chain of nominal acts, each on its own day', () => {
    expect(
      acts(
        'Kenya deposited its instrument of accession to the Arms Trade Treaty on 8 May, following accession by Togo (6 May), ratification by Chile (5 May) and accession by Fiji (4 May).',
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined 2025-05-05',
      'FJI arms-trade-treaty joined 2025-05-04',
      'KEN arms-trade-treaty joined 2025-05-08',
      'TGO arms-trade-treaty joined 2025-05-06',
    ]);
  });
  it('does not give "the Agreement" to a convention when an unlisted Agreement was introduced before it', () => {
    const body =
      'Ministers of four countries signed an Agreement in Lisbon on 6 May to implement the Espoo Convention. ' +
      'The four countries that signed the Agreement are Chile, Peru, Ghana and Kenya.';
    expect(acts(body).filter((c) => c.includes('espoo'))).toEqual([]);
  });
});
