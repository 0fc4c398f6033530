import { describe, expect, it } from 'vitest';
import { findDates } from '../../../functions/core/extract/dates';
import { brief, extract } from './helpers';

// Round-5 date kind (issue 11): "earlier in the day", "earlier today" is the report's own day. Sentences are invented.
const pub = { y: 2025, m: 7, d: 25 };

describe('"earlier in the day" and "earlier today" are the publication day', () => {
  it('resolves both forms to the publication day', () => {
    const hits = findDates('The senate voted earlier in the day; the minister spoke earlier today.', {
      pub,
      anchor: null,
    });
    expect(hits.map((h) => h.value)).toEqual(['2025-07-25', '2025-07-25']);
  });
  it("dates an upper chamber's vote to leave by it", () => {
    const body =
      'Peru is leaving the Ottawa Convention, the foreign ministry said.\n' +
      "Peru's Senate, the upper house of Congress, denounced the Ottawa Convention earlier in the day.";
    expect(brief(extract(body, '2025-07-25').claims).filter((c) => c.includes('withdrawal_approved'))).toEqual([
      'PER ottawa-convention withdrawal_approved 2025-07-25 primary',
    ]);
  });
});
