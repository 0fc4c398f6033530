import { describe, expect, it } from 'vitest';
import { numericOrder } from '../../../functions/core/extract/dates';
import { datelineHead } from '../../../functions/core/extract/published';
import { brief, extract } from './helpers';

// Round-12 date kinds: a tally whose rows carry their own (numeric) dates; a date fronted before coordinated
// clauses. Sentences invented.
const all = (body: string, published?: string, title?: string) => brief(extract(body, published, title).claims);

describe('a tally row dates its own state', () => {
  const tally =
    'The Minamata Convention gained two parties this month.\n' +
    'The countries that have ratified the Minamata Convention so far are:\n' +
    '1. Ghana 14/2/19\n' +
    '2. Peru 3/5/19\n' +
    '3. Fiji 27/6/19\n';
  it('reads day-first numeric dates when one row shows the order (14/2/19)', () => {
    const got = all(tally, '2019-07-10');
    expect(got.some((c) => c.startsWith('GHA minamata-convention joined 2019-02-14'))).toBe(true);
    expect(got.some((c) => c.startsWith('PER minamata-convention joined 2019-05-03'))).toBe(true);
    expect(got.some((c) => c.startsWith('FJI minamata-convention joined 2019-06-27'))).toBe(true);
  });
  it('reads written-out dates after a bracketed row name', () => {
    const body =
      'The states that signed the Minamata Convention in the first week were:\n' +
      '- Ghana (4 March 2019)\n' +
      '- Peru (6 March 2019)\n';
    const got = all(body, '2019-04-01');
    expect(got.some((c) => c.startsWith('GHA minamata-convention signed 2019-03-04'))).toBe(true);
    expect(got.some((c) => c.startsWith('PER minamata-convention signed 2019-03-06'))).toBe(true);
  });
  it('gives no date by an order the text does not settle (5/6/19 alone)', () => {
    expect(numericOrder('Ghana 5/6/19, Peru 7/8/19')).toBeNull();
    expect(numericOrder('Ghana 5/6/19, Peru 27/8/19')).toBe('dm');
    expect(numericOrder('(Wire, 12/13/2011)')).toBe('md');
    expect(numericOrder('on 13/2/2011 and on 2/13/2011')).toBeNull();
  });
  it('gives each state of an enumeration the bracketed date after its name', () => {
    const body =
      'The states that ratified the Minamata Convention are Ghana (14 February 2019), Peru (3 May 2019) and Fiji (27 June 2019).';
    const got = all(body, '2019-07-10');
    expect(got.some((c) => c.startsWith('GHA minamata-convention joined 2019-02-14'))).toBe(true);
    expect(got.some((c) => c.startsWith('PER minamata-convention joined 2019-05-03'))).toBe(true);
    expect(got.some((c) => c.startsWith('FJI minamata-convention joined 2019-06-27'))).toBe(true);
  });
});

describe('a fronted date frames the coordinated clauses after it', () => {
  it('dates the second clause\'s act by "On 4 March, A signed ..., and B acceded"', () => {
    const body =
      'On 4 March, Ghana signed the Minamata Convention in Geneva, and Peru acceded to the convention, a step further.';
    const got = all(body, '2019-04-01');
    expect(got.some((c) => c.startsWith('GHA minamata-convention signed 2019-03-04'))).toBe(true);
    expect(got.some((c) => c.startsWith('PER minamata-convention joined 2019-03-04'))).toBe(true);
  });
  it("keeps the later clause's own date", () => {
    const body =
      'On 4 March, Ghana signed the Minamata Convention in Geneva, and Peru acceded to the convention in June.';
    const got = all(body, '2019-07-10');
    expect(got.some((c) => c.startsWith('PER minamata-convention joined 2019-06'))).toBe(true);
  });
});

describe('"N years have passed since" counts back to the day', () => {
  it('dates the act of "On 10 June 2024, two years have passed since Peru denounced ..."', () => {
    const body = 'On 10 June 2024, two years have passed since Peru denounced the American Convention on Human Rights.';
    expect(all(body, '2024-06-11')).toContain(
      'PER american-convention-human-rights withdrawal_notified 2022-06-10 background',
    );
  });
  it('keeps "two years after" to the month', () => {
    const body = 'Peru left the American Convention on Human Rights on 10 June 2024, two years after it denounced it.';
    expect(all(body, '2024-06-11').some((c) => c.includes('withdrawal_notified 2022-06 '))).toBe(true);
  });
});

describe("a dateline naming its outlet is the report's day, not the act's", () => {
  it('takes the vote\'s day under "PLACE, Month D, YYYY, Outlet –"', () => {
    const body =
      'VILNIUS, March 4, 2021, Baltic Wire – Radio Europa reports that the Lithuanian parliament has ratified the Istanbul Convention.\n' +
      'The vote on March 3 was 80 to 20.';
    expect(all(body, '2021-03-05')).toContain('LTU istanbul-convention joined 2021-03-03 primary');
  });
  it('takes the said-day under "Place, Mon. D, YYYY (OUTLET)"', () => {
    const body =
      'Accra, Mar. 5, 2021 (GNA) Ghana has deposited its instrument of accession to the Minamata Convention, the ministry said on Thursday.';
    expect(all(body, '2021-03-05')).toContain('GHA minamata-convention joined 2021-03-04 primary');
  });
  it('still gives the dateline day when the text gives no other', () => {
    const body =
      'Accra, Mar. 5, 2021 (GNA) Ghana has deposited its instrument of accession to the Minamata Convention.';
    expect(all(body, '2021-03-06')).toContain('GHA minamata-convention joined 2021-03-05 primary');
  });
  it('keeps a fronted date that is not a dateline', () => {
    expect(datelineHead('On 4 March 2021 - a cold day - Ghana signed the Minamata Convention.')).toBe(0);
    expect(datelineHead('October 11, 2013, Kumamoto, Japan — Governments signed the convention.')).toBe(0);
    expect(datelineHead('UNITED NATIONS (Wire News - 05th November, 2019) The United States said')).toBeGreaterThan(0);
  });
});
