import { describe, expect, it } from 'vitest';
import { givenPublished } from '../../../functions/core/extract/published';
import { brief, extract } from './helpers';

// Round-9 date kind (issue 11); sentences are invented. A page dated to its year only ("Published: 2021", an address
// filed under /2021/) is no 1 January: "today" on it is that year, not a day.
describe('a publication date given as a year only', () => {
  it('is a year, not the first of January', () => {
    expect(givenPublished('2021')).toEqual({ date: { y: 2021, m: 1, d: 1 }, precision: 'year' });
  });
  it('dates "today" to the year', () => {
    const out = brief(
      extract(
        'Peru deposited its instrument of ratification of the Ottawa Convention with the United Nations today.',
        '2021',
        'Peru ratifies the Ottawa Convention',
      ).claims,
    );
    expect(out).toEqual(['PER ottawa-convention joined 2021 primary']);
  });
});
