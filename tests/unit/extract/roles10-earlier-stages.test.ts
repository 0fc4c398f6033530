// Round 10 background: the announcement of a withdrawal a later act restates ("after the President first announced his
// plans to do so in 2017", "announced intentions to withdraw from it in 2019") is background: "intentions", a
// possessive other than "its", and "do so" after a withdrawal verb read as the proposal; an act in an "after X ..."
// clause following the sentence's own act came before it.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2020-11-05T10:00:00Z';

describe('the announcement a later withdrawal restates', () => {
  it('reads "withdrew on Wednesday, after the President first announced his plans to do so in 2017"', () => {
    expect(
      brief(
        extract(
          'On Wednesday, Peru formally withdrew from the Arms Trade Treaty, after President Castillo first ' +
            'announced his plans to do so in 2017.',
          undefined,
          'Peru withdraws from the Arms Trade Treaty',
        ).claims,
      ),
    ).toEqual([
      'PER arms-trade-treaty withdrawal_effective null primary',
      'PER arms-trade-treaty withdrawal_proposed 2017 background',
    ]);
  });
  it('reads "announced intentions to withdraw from it in 2019" as the proposal', () => {
    expect(
      brief(
        extract(
          'Peru is officially part of the Arms Trade Treaty again after the previous government announced ' +
            'intentions to withdraw from it in 2019.',
          PUB,
        ).claims,
      ).filter((x) => x.includes('withdrawal')),
    ).toEqual(['PER arms-trade-treaty withdrawal_proposed 2019 background']);
  });
  it('does not read "do so" after a joining verb as a withdrawal', () => {
    expect(
      brief(
        extract(
          'Peru ratified the Arms Trade Treaty on Wednesday, after the President announced his plans to do so in 2019.',
          PUB,
        ).claims,
      ).filter((x) => x.includes('withdrawal')),
    ).toEqual([]);
  });
});
