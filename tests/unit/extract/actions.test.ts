import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string) => brief(extract(body, PUB).claims);

describe('action lexicon', () => {
  it('reads a parliamentary vote to leave as withdrawal_approved', () => {
    expect(one("Slovenia's parliament voted on Thursday to take the country out of the Arms Trade Treaty.")).toEqual([
      'SVN arms-trade-treaty withdrawal_approved 2025-03-13 primary',
    ]);
  });
  it('reads a parliamentary vote to ratify as joined, not as a withdrawal', () => {
    expect(one("Slovenia's parliament voted on Thursday to ratify the Arms Trade Treaty.")).toEqual([
      'SVN arms-trade-treaty joined 2025-03-13 primary',
    ]);
  });
  it('reads the head of state signing the withdrawal law as withdrawal_enacted', () => {
    expect(
      one(
        'President Nataša Pirc Musar signed the law on withdrawal from the Arms Trade Treaty on Wednesday, her office in Ljubljana said.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_enacted 2025-03-12 primary']);
  });
  it('reads an executive decree as withdrawal_decreed', () => {
    expect(one("Slovenia's president on Monday signed a decree on withdrawing from the Arms Trade Treaty.")).toEqual([
      'SVN arms-trade-treaty withdrawal_decreed 2025-03-10 primary',
    ]);
  });
  it('reads a progressive "is suspending its obligations" as suspended', () => {
    expect(one('Slovenia said on Tuesday it was suspending its obligations under the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty suspended 2025-03-11 primary',
    ]);
  });
  it('reads a signed de-ratification law as ratification_revoked', () => {
    expect(
      one("President Pirc Musar on Monday signed a law revoking Slovenia's ratification of the Arms Trade Treaty."),
    ).toEqual(['SVN arms-trade-treaty ratification_revoked 2025-03-10 primary']);
  });
  it('reads "formally left" as withdrawal_effective', () => {
    expect(one('Slovenia formally left the Arms Trade Treaty on Thursday.')).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
    ]);
  });
  it('reads "X will withdraw, the government announced" as a proposal', () => {
    expect(one('Slovenia will withdraw from the Arms Trade Treaty, the government announced on Thursday.')).toEqual([
      'SVN arms-trade-treaty withdrawal_proposed 2025-03-13 primary',
    ]);
  });
  it('places a step introduced by "a year after" before the main one, as background', () => {
    expect(
      one(
        'Slovenia formally left the Arms Trade Treaty on Thursday, a year after notifying the UN Secretary-General of its decision. Ljubljana had notified the UN Secretary-General in March 2024.',
      ),
    ).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
      'SVN arms-trade-treaty withdrawal_notified 2024-03 background',
    ]);
  });
  it('distributes dates over a list with "respectively"', () => {
    expect(one('Slovenia and Croatia ratified the Arms Trade Treaty in 2014 and 2015 respectively.')).toEqual([
      'HRV arms-trade-treaty joined 2015 background',
      'SVN arms-trade-treaty joined 2014 background',
    ]);
  });
  it('carries the action into elliptical clauses ("X followed on May 8")', () => {
    expect(
      one(
        "Slovenia's parliament approved the withdrawal from the Arms Trade Treaty on 4 February, Croatia's Sabor followed on 11 February and Austria on 18 February.",
      ),
    ).toEqual([
      'AUT arms-trade-treaty withdrawal_approved 2025-02-18 background',
      'HRV arms-trade-treaty withdrawal_approved 2025-02-11 background',
      'SVN arms-trade-treaty withdrawal_approved 2025-02-04 background',
    ]);
  });
});

describe('elliptical and anaphoric steps', () => {
  it('reads "X\'s parliament voted in May" after a withdrawal clause as an approval', () => {
    expect(
      one(
        "Croatia's parliament approved its own withdrawal from the Arms Trade Treaty in January, while Slovenia's parliament voted in February.",
      ),
    ).toEqual([
      'HRV arms-trade-treaty withdrawal_approved 2025-01 background',
      'SVN arms-trade-treaty withdrawal_approved 2025-02 background',
    ]);
  });
  it('reads "the government has proposed a similar step" as a proposal, without a later clause\'s future date', () => {
    expect(
      one(
        "Croatia left the Arms Trade Treaty in 2024. Slovenia's government has proposed a similar step, and Austria is expected to vote later this month.",
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_proposed null background');
  });
  it('reads "was a founding member" as joined', () => {
    expect(one('Slovenia was a founding member of the Arms Trade Treaty in 2014.')).toEqual([
      'SVN arms-trade-treaty joined 2014 background',
    ]);
  });
});

describe('roles', () => {
  it('marks the lead development primary and older restated facts background', () => {
    const r = extract(
      'Slovenia on Thursday notified the UN Secretary-General of its withdrawal from the Arms Trade Treaty. Parliament approved the exit on 4 February. Slovenia ratified the treaty in 2014.',
      PUB,
    );
    expect(brief(r.claims)).toEqual([
      'SVN arms-trade-treaty joined 2014 background',
      'SVN arms-trade-treaty withdrawal_approved 2025-02-04 background',
      'SVN arms-trade-treaty withdrawal_notified 2025-03-13 primary',
    ]);
  });
  it('treats an anniversary lead ("four years ago today") as background', () => {
    const r = extract('Four years ago today, Slovenia ceased to be a party to the Arms Trade Treaty.', PUB);
    expect(brief(r.claims)).toEqual(['SVN arms-trade-treaty withdrawal_effective 2021-03-14 background']);
  });
});
