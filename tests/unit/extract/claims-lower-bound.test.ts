// An article with no publication date: the latest full date of its text is only a lower bound of the day it was
// written, so a day the text places after that bound (a yearless day read in the next year) can still be its news.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

describe('a publication date known only as a lower bound', () => {
  it('keeps the lead exit dated after the bound as the news, and the earlier notice as background', () => {
    const body =
      'On Saturday, January 10, Slovenia officially withdrew from the Arms Trade Treaty. ' +
      'The government had deposited its instrument of withdrawal with the United Nations on July 10, 2025.';
    expect(brief(extract(body, undefined).claims)).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2026-01-10 primary',
      'SVN arms-trade-treaty withdrawal_notified 2025-07-10 background',
    ]);
  });
  it('does not make news of a month years after the bound', () => {
    const body =
      'Slovenia deposited its instrument of withdrawal from the Arms Trade Treaty on 26 May 1998. ' +
      'More recently, in September 2013, Croatia left the Arms Trade Treaty.';
    const out = brief(extract(body, undefined).claims);
    expect(out).toContain('HRV arms-trade-treaty withdrawal_effective 2013-09 background');
  });
});
