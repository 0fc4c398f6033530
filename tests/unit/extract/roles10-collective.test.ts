// Round 10 roles: a lead reporting one act of many states ("All twelve Pacific Rim countries on 4 February signed the
// treaty") makes the states the article then lists for that act, undated, the news; a condition ("if six of the 11
// basin countries ratify it") is no such act.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2016-02-05T10:00:00Z';

describe('a count of states with a region name and a day before the verb is a collective act', () => {
  it('reads "All twelve Andean countries on 4 February 2016 signed" and the list after it as the news', () => {
    expect(
      brief(
        extract(
          'All twelve Andean countries on 4 February 2016 signed the Arms Trade Treaty at a ceremony. The treaty ' +
            'was signed by Bolivia, Colombia, Ecuador and Peru.',
          PUB,
          'Andean nations sign arms pact',
        ).claims,
      ),
    ).toEqual([
      'BOL arms-trade-treaty signed 2016-02-04 primary',
      'COL arms-trade-treaty signed 2016-02-04 primary',
      'ECU arms-trade-treaty signed 2016-02-04 primary',
      'PER arms-trade-treaty signed 2016-02-04 primary',
    ]);
  });
  it('does not read a condition on a count of states as their act', () => {
    expect(
      brief(
        extract(
          'Peru ratified the Arms Trade Treaty on Thursday. The treaty takes effect if six of the 11 Andean ' +
            'countries ratify it. Chile has also ratified the treaty.',
          PUB,
          'Peru ratifies arms pact',
        ).claims,
      ),
    ).toEqual(['CHL arms-trade-treaty joined null background', 'PER arms-trade-treaty joined 2016-02-04 primary']);
  });
});
