// Round 10 background: a tally of the states that have acted to date, introduced by a relative clause and a colon or
// "is:" ("They join the list of countries that have ratified the treaty: A, B and C", "the list of those who have so
// far ratified it is: A, B"), is background (a standing, even under a headline naming the act); "Parties having signed"
// is states in general, not the states named before.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2019-03-10T10:00:00Z';

describe('a tally of states that have acted, after a colon, is background', () => {
  it('reads "They join the list of countries that have ratified the treaty: A, B and C"', () => {
    expect(
      brief(
        extract(
          'Ghana and Peru ratified the Arms Trade Treaty on Friday. They join the list of countries that have ' +
            'ratified the landmark treaty: Chile, Kenya and Norway.',
          PUB,
          'Two more states ratify the Arms Trade Treaty',
        ).claims,
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined null background',
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
      'NOR arms-trade-treaty joined null background',
      'PER arms-trade-treaty joined 2019-03-08 primary',
    ]);
  });
  it('reads "the list of those who have so far ratified it is: A, B, C" under a headline naming the act', () => {
    expect(
      brief(
        extract(
          'Ghana ratified the Arms Trade Treaty on Friday. Of the many signatories, the list of those who have so ' +
            'far ratified the Arms Trade Treaty in date order is: Chile, Kenya, Norway and Peru.',
          PUB,
          'Arms Trade Treaty ratifications slow',
        ).claims,
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined null background',
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
      'NOR arms-trade-treaty joined null background',
      'PER arms-trade-treaty joined null background',
    ]);
  });
  it('keeps an ordinary pseudo-cleft with "are" and gives nothing for a tally still to come', () => {
    expect(
      brief(
        extract(
          'Ghana ratified the Arms Trade Treaty on Friday. The countries that have ratified it so far are Chile and Kenya.',
          PUB,
        ).claims,
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined null background',
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
    ]);
    expect(
      brief(
        extract(
          'Ghana ratified the Arms Trade Treaty on Friday. The countries that have yet to ratify it: Chile and Kenya.',
          PUB,
        ).claims,
      ),
    ).toEqual(['GHA arms-trade-treaty joined 2019-03-08 primary']);
  });
});

describe('an act in the perfect "so far" is a tally to date', () => {
  it('reads "only two countries — A and B — have ratified the treaty so far" as background under a headline', () => {
    expect(
      brief(
        extract(
          'Ghana ratified the Arms Trade Treaty on Friday. In the region, only two countries — Kenya and Peru — have ' +
            'ratified the treaty so far.',
          PUB,
          'African states ratify the Arms Trade Treaty',
        ).claims,
      ),
    ).toEqual([
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
      'PER arms-trade-treaty joined null background',
    ]);
  });
  it('keeps the news when "so far" belongs to a later clause', () => {
    expect(
      brief(
        extract('Ghana has ratified the Arms Trade Treaty, the 50th ratification so far.', PUB, 'Ghana ratifies')
          .claims,
      ),
    ).toEqual(['GHA arms-trade-treaty joined null primary']);
  });
});

describe('"Parties having signed" names states in general', () => {
  it('does not give the states named before a signature', () => {
    expect(
      brief(
        extract(
          'Ghana ratified the Arms Trade Treaty on Friday. They join the list of countries that have ratified the ' +
            'treaty: Chile and Kenya. The high number of Parties having signed the treaty at its closure on 1 ' +
            'February 2014 shows its support.',
          PUB,
        ).claims,
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined null background',
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
    ]);
  });
});
