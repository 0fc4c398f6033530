import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

// Round-4 date kind (issue 11): "have also <done>" (present perfect) states no time; "also <did>" shares the last
// act's day. Label rule: null when the text gives no date ("have already lodged their own notices"). Invented text.
const dates = (body: string, published: string) =>
  extract(body, published)
    .claims.map((c) => `${c.state} ${c.action} ${c.date}`)
    .sort();

describe('"also" after an act dated in the sentence before', () => {
  it('leaves a present perfect "have also announced" undated', () => {
    const body =
      'The government of Chile announced plans to leave the Ottawa Convention on 3 May.\n' +
      'Peru and Bolivia have also announced their withdrawal.';
    expect(dates(body, '2025-05-20')).toEqual([
      'BOL withdrawal_proposed null',
      'CHL withdrawal_proposed 2025-05-03',
      'PER withdrawal_proposed null',
    ]);
  });
  it('still gives a simple past "also signed" the day of the act before it', () => {
    const body =
      'Chile signed the Ottawa Convention on 3 May 2025 at a ceremony in Geneva.\n' +
      'Peru and Bolivia also signed the Ottawa Convention.';
    expect(dates(body, '2025-05-20')).toEqual([
      'BOL signed 2025-05-03',
      'CHL signed 2025-05-03',
      'PER signed 2025-05-03',
    ]);
  });
});
