// Round 10 background: a tally of the states that have acted to date, introduced by a relative clause and a colon or
// "is:" ("They join the list of countries that have ratified the treaty: A, B and C", "the list of those who have so
// far ratified it is: A, B"), is background (a standing, even under a headline naming the act); "Parties having signed"
// is states in general, not the states named before.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2019-03-10T10:00:00Z';
// The claims of an invented article published on PUB, in brief.
const read = (text: string, title?: string) => brief(extract(text, PUB, title).claims);

describe('a tally of states that have acted, after a colon, is background', () => {
  it('reads "They join the list of countries that have ratified the treaty: A, B and C"', () => {
    expect(
      read(
        'Ghana and Peru ratified the Arms Trade Treaty on Friday. They join the list of countries that have ' +
          'ratified the landmark treaty: Chile, Kenya and Norway.',
        'Two more states ratify the Arms Trade Treaty',
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
      read(
        'Ghana ratified the Arms Trade Treaty on Friday. Of the many signatories, the list of those who have so ' +
          'far ratified the Arms Trade Treaty in date order is: Chile, Kenya, Norway and Peru.',
        'Arms Trade Treaty ratifications slow',
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
      read(
        'Ghana ratified the Arms Trade Treaty on Friday. The countries that have ratified it so far are Chile and Kenya.',
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined null background',
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
    ]);
    expect(
      read(
        'Ghana ratified the Arms Trade Treaty on Friday. The countries that have yet to ratify it: Chile and Kenya.',
      ),
    ).toEqual(['GHA arms-trade-treaty joined 2019-03-08 primary']);
  });
});

describe('an act in the perfect "so far" is a tally to date', () => {
  it('reads "only two countries — A and B — have ratified the treaty so far" as background under a headline', () => {
    expect(
      read(
        'Ghana ratified the Arms Trade Treaty on Friday. In the region, only two countries — Kenya and Peru — have ' +
          'ratified the treaty so far.',
        'African states ratify the Arms Trade Treaty',
      ),
    ).toEqual([
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
      'PER arms-trade-treaty joined null background',
    ]);
  });
  it('keeps the news when "so far" belongs to a later clause', () => {
    expect(read('Ghana has ratified the Arms Trade Treaty, the 50th ratification so far.', 'Ghana ratifies')).toEqual([
      'GHA arms-trade-treaty joined null primary',
    ]);
  });
});

describe('"Parties having signed" names states in general', () => {
  it('does not give the states named before a signature', () => {
    expect(
      read(
        'Ghana ratified the Arms Trade Treaty on Friday. They join the list of countries that have ratified the ' +
          'treaty: Chile and Kenya. The high number of Parties having signed the treaty at its closure on 1 ' +
          'February 2014 shows its support.',
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined null background',
      'GHA arms-trade-treaty joined 2019-03-08 primary',
      'KEN arms-trade-treaty joined null background',
    ]);
  });
});
