// Round 10 background: "did so" / "did the same" repeats the act named before it in its own sentence ("A ratified it on
// 20 October, while B and C did so on 24 September"; "Three months after A deposited its instrument, B did the same"),
// each on its own day; with no act before it in the sentence, the last claim's act as before.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2015-11-01T10:00:00Z';

describe('"did so" repeats the act before it in its own sentence', () => {
  it('reads "A became the 16th state to ratify T on 20 October, while B and C did so on 24 September"', () => {
    expect(
      brief(
        extract(
          'Ghana became the 16th state to ratify the Arms Trade Treaty on 20 October, while Kenya and Peru did so ' +
            'on 24 September.',
          PUB,
        ).claims,
      ),
    ).toEqual([
      'GHA arms-trade-treaty joined 2015-10-20 primary',
      'KEN arms-trade-treaty joined 2015-09-24 background',
      'PER arms-trade-treaty joined 2015-09-24 background',
    ]);
  });
  it('reads "Three months after A deposited its instrument of accession, B did the same"', () => {
    expect(
      brief(
        extract(
          'Ghana signed the Arms Trade Treaty on Friday. Three months after Chile deposited its instrument of ' +
            'accession to the Arms Trade Treaty, Peru did the same.',
          PUB,
        ).claims,
      ).filter((x) => x.startsWith('PER')),
    ).toEqual(['PER arms-trade-treaty joined null background']);
  });
  it("keeps the last claim's act when the sentence names none", () => {
    expect(
      brief(extract('Ghana ratified the Arms Trade Treaty on Friday. Kenya did the same on Saturday.', PUB).claims),
    ).toEqual(['GHA arms-trade-treaty joined 2015-10-30 primary', 'KEN arms-trade-treaty joined 2015-10-31 primary']);
  });
  it('leaves "two weeks after A and B did the same" to the earlier act it dates', () => {
    expect(
      brief(
        extract(
          'Ghana on Thursday became the latest state to lodge its withdrawal from the Arms Trade Treaty with the ' +
            'United Nations, two weeks after Kenya and Peru did the same.',
          PUB,
        ).claims,
      ).filter((x) => !x.startsWith('GHA')),
    ).toEqual([
      'KEN arms-trade-treaty withdrawal_notified 2015-10 background',
      'PER arms-trade-treaty withdrawal_notified 2015-10 background',
    ]);
  });
});
