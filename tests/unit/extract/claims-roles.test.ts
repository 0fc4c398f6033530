// Role kinds (primary news vs restated background) found on real news, with invented sentences of the same shape.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

describe('a month-only publication date ("2018-03")', () => {
  it('counts a deposit earlier in that month as the news', () => {
    const body =
      'Slovenia deposited its instrument of ratification of the Arms Trade Treaty on 22 March 2018. ' +
      'Slovenia signed the treaty in 2014.';
    expect(brief(extract(body, '2018-03', 'Arms treaty gains a new party').claims)).toEqual([
      'SVN arms-trade-treaty joined 2018-03-22 primary',
      'SVN arms-trade-treaty signed 2014 background',
    ]);
  });
});

describe('the headline names the act', () => {
  it('makes each state the headline names primary for its joining, even dated weeks before the latest date', () => {
    const body =
      'Three more countries have come on board the mercury treaty. ' +
      'Chile deposited its instrument of ratification of the Minamata Convention on August 12, 2021. ' +
      'Peru deposited its instrument of ratification on September 20, 2021. ' +
      'Norway deposited its instrument of ratification on May 3, 2017.';
    const out = brief(
      extract(body, undefined, 'Chile, Peru, Ghana join other countries to ratify Minamata Convention').claims,
    );
    expect(out).toContain('CHL minamata-convention joined 2021-08-12 primary');
    expect(out).toContain('PER minamata-convention joined 2021-09-20 primary');
    expect(out).toContain('NOR minamata-convention joined 2017-05-03 background');
  });
  it('reads "sign" in a plural headline as the signatures it reports', () => {
    const body = 'Chile, Peru and Ghana have signed the Arms Trade Treaty, the depositary said on Thursday.';
    const out = brief(extract(body, undefined, 'Chile, Peru and Ghana sign arms trade treaty').claims);
    expect(out).toEqual([
      'CHL arms-trade-treaty signed null primary',
      'GHA arms-trade-treaty signed null primary',
      'PER arms-trade-treaty signed null primary',
    ]);
  });
  it('reads "officially withdraws" in a headline as the completed exit when the body dates it', () => {
    const body =
      'On Saturday, March 8, 2025, Slovenia officially withdrew from the Arms Trade Treaty. ' +
      'The withdrawal takes effect six months after the depositary has received the notification, which Slovenia sent on September 8, 2024.';
    const out = brief(extract(body, undefined, 'Slovenia officially withdraws from arms trade treaty').claims);
    expect(out.filter((c) => c.includes('withdrawal_effective'))).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-08 primary',
    ]);
  });
});

describe('earlier stages restated away from the news', () => {
  it('keeps an undated announcement told paragraphs later as background', () => {
    const body =
      'Slovenia on Friday handed the UN Secretary-General its notice of withdrawal from the Arms Trade Treaty. ' +
      'The notice is the last formal step. Critics said the step would harm the country. ' +
      'Human rights groups have called on the government to reconsider. ' +
      'The government had announced its decision to withdraw from the treaty, citing its security needs.';
    const out = brief(extract(body, '2025-03-15T09:00:00Z', 'Slovenia notifies UN of arms treaty exit').claims);
    expect(out).toContain('SVN arms-trade-treaty withdrawal_notified 2025-03-14 primary');
    expect(out).toContain('SVN arms-trade-treaty withdrawal_proposed null background');
  });
  it('keeps the council decision the decree puts into effect, told in the next sentence, as the news', () => {
    const body =
      "Slovenia's president has signed a decree withdrawing the country from the Arms Trade Treaty. " +
      'With it he put into effect the decision of the security council to withdraw from the treaty.';
    const out = brief(extract(body, undefined, 'President signs decree to withdraw Slovenia from arms treaty').claims);
    expect(out).toEqual([
      'SVN arms-trade-treaty withdrawal_decreed null primary',
      'SVN arms-trade-treaty withdrawal_proposed null primary',
    ]);
  });
});

describe('no publication date at all', () => {
  it("takes the lead's dated act as the news, but not a membership decades old", () => {
    const body =
      'Slovenia deposited its instrument of accession to the Arms Trade Treaty on 2 June 2025. ' +
      'Its neighbour Croatia joined the treaty in 2014.';
    expect(brief(extract(body).claims)).toEqual([
      'HRV arms-trade-treaty joined 2014 background',
      'SVN arms-trade-treaty joined 2025-06-02 primary',
    ]);
  });
});
