// Round 11, act on an instrument outside the catalogue: "end" as the verb of an announced exit ("said it was ending
// its fisheries treaty with Peru", "announced that it plans to end ...", "said it would end ..."), only with an
// instrument as its object. Invented text.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2024-05-16T09:00:00Z';
const read = (s: string) => brief(extract(s, PUB).claims);

describe('"end" a treaty as an announced exit', () => {
  it.each([
    'Chile on Wednesday said it was ending an extradition treaty with Peru that critics have long opposed.',
    'Chile has announced that it plans to end its extradition treaty with Peru.',
    'The Chilean government announced it would end the extradition treaty with Peru.',
  ])('%s', (s) => {
    expect(read(s).map((x) => x.split(' ').slice(0, 3).join(' '))).toEqual([
      'CHL provisional-treaty-extradition-peru withdrawal_proposed',
    ]);
  });
  it('is no exit when what ends is not an instrument', () => {
    expect(read('Chile said it would end the talks on the extradition treaty with Peru.')).toEqual([]);
    expect(read('Chile said it was ending its boycott of the Ottawa Convention meetings.')).toEqual([]);
  });
});
