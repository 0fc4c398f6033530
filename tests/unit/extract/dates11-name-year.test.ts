import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-11 date kind: a year that is part of an instrument's name dates no act. Sentences are invented.
const all = (body: string, published?: string, title?: string) => brief(extract(body, published, title).claims);

describe("a year in or right after an instrument name is the instrument's own", () => {
  it('does not date a deposit by the year in "the Forced Labour Convention, 1930"', () => {
    const body =
      'Geneva, 3 May 2023 - Norway deposited its instrument of ratification of the Forced Labour Convention, 1930, with the ILO on Friday.';
    const got = all(body, '2023-05-03', 'Norway ratifies ILO forced labour convention');
    expect(got.some((c) => c.includes('ilo-forced-labour-convention joined 1930'))).toBe(false);
  });
  it('does not give the act the year after "(UNCLOS)"', () => {
    const body =
      'Suva, 1 April 2011 - Fiji has become a party to the United Nations Convention on the Law of the Sea (UNCLOS) 1982 and its implementing agreement.';
    expect(all(body, '2011-04-01', 'Fiji becomes a party to UNCLOS')).toEqual(['FJI unclos joined 2011-04-01 primary']);
  });
});
