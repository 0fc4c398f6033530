import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-14 date kinds: dates given "respectively" before their subjects or as two days of one month; a date inside a
// restrictive relative clause ("states that had signed ... in 1997"). Sentences invented.
const all = (body: string, published?: string, title?: string) => brief(extract(body, published, title).claims);
const has = (got: string[], head: string) => got.some((c) => c.startsWith(head));

describe('dates given respectively', () => {
  it('gives each subject its day when the days come first ("on 4 March and 9 April respectively, A and B ...")', () => {
    const body =
      'Shortly afterwards, on 4 March and 9 April respectively, Ghana and Kenya deposited their instruments of ratification of the Minamata Convention.';
    const got = all(body, '2019-05-02');
    expect(has(got, 'GHA minamata-convention joined 2019-03-04')).toBe(true);
    expect(has(got, 'KEN minamata-convention joined 2019-04-09')).toBe(true);
  });
  it('splits two days of one month ("on 15 and 21 March respectively")', () => {
    const body = 'Peru and Chile ratified the Minamata Convention on 15 and 21 March respectively.';
    const got = all(body, '2019-04-02');
    expect(has(got, 'PER minamata-convention joined 2019-03-15')).toBe(true);
    expect(has(got, 'CHL minamata-convention joined 2019-03-21')).toBe(true);
  });
  it('gives each instrument its day when one state acts on two ("On 3 and 5 June, A ... T1 and T2 respectively")', () => {
    const body = 'On 3 and 5 June 2019, Ghana ratified the Minamata Convention and the Paris Agreement respectively.';
    const got = all(body, '2019-06-20');
    expect(has(got, 'GHA minamata-convention joined 2019-06-03')).toBe(true);
    expect(has(got, 'GHA paris-agreement joined 2019-06-05')).toBe(true);
  });
  it('keeps one date for a single state and treaty', () => {
    const got = all(
      'On 3 and 5 June 2019, Ghana deposited its instrument of ratification of the Minamata Convention.',
      '2019-06-20',
    );
    expect(has(got, 'GHA minamata-convention joined 2019-06-03')).toBe(true);
  });
});

describe('a restrictive relative clause dates its own verb', () => {
  it('does not give the act the year of "states that had signed ... in 1997"', () => {
    const body =
      'The United States formally notified Russia of its withdrawal from the ABM Treaty, as well as other former Soviet states that had signed memoranda in 1997.';
    const got = all(body, '2001-12-14');
    expect(has(got, 'USA abm-treaty withdrawal_notified')).toBe(true);
    expect(has(got, 'USA abm-treaty withdrawal_notified 1997')).toBe(false);
  });
});
