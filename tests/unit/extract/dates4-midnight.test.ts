import { describe, expect, it } from 'vitest';
import { findDates } from '../../../functions/core/extract/dates';
import { extract } from './helpers';

// Round-4 date kind (issue 11): "at (the stroke of) midnight" in a report of the day after is the midnight that
// opened the publication day. Invented sentences.
const pub = { y: 2025, m: 7, d: 1 };

describe('midnight', () => {
  it('dates "at the stroke of midnight" to the publication day', () => {
    const body = 'Peru officially left the Ottawa Convention at the stroke of midnight, ending a two-year process.';
    expect(extract(body, '2025-07-01').claims.map((c) => `${c.state} ${c.action} ${c.date}`)).toEqual([
      'PER withdrawal_effective 2025-07-01',
    ]);
  });
  it('reads "at midnight" as a relative day, and ahead of the report when the clause is about what is to come', () => {
    const [past] = findDates('The exit took effect at midnight.', { pub, anchor: null });
    expect([past.value, past.future, past.relative]).toEqual(['2025-07-01', false, true]);
    const [ahead] = findDates('The exit will take effect at midnight.', { pub, anchor: null });
    expect([ahead.value, ahead.future]).toEqual(['2025-07-02', true]);
  });
});

describe('midnight with its day written', () => {
  it('leaves "at midnight Lima time on Tuesday" to the weekday', () => {
    const hits = findDates('The exit became final at midnight Lima time on Tuesday.', { pub, anchor: null });
    expect(hits.map((h) => h.value)).toEqual(['2025-07-01']); // Tuesday 1 July 2025, from the weekday only
  });
});
