import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// The European Union acts as a party ("EUU" in the labels) where it is the subject of the act, never where it is
// the place left, a qualifier ("EU member states") or the owner of members. Sentences invented.
const eu = (body: string, day: string) => brief(extract(body, day).claims).filter((c) => c.startsWith('EUU '));

describe('the European Union as a party', () => {
  it('reads the EU as the subject of a signature', () => {
    expect(eu('The European Union signed the Istanbul Convention on Tuesday in Strasbourg.', '2017-06-15')).toEqual([
      'EUU istanbul-convention signed 2017-06-13 primary',
    ]);
  });
  it('reads "the EU" in a list of signatories', () => {
    const body = 'Norway, Iceland and the EU signed the Istanbul Convention on Monday.';
    expect(eu(body, '2017-06-14').map((c) => c.split(' ').slice(0, 3).join(' '))).toEqual([
      'EUU istanbul-convention signed',
    ]);
  });
  it('reads the EU notifying its withdrawal', () => {
    const body = 'The EU notified the depositary of its withdrawal from the Energy Charter Treaty on Thursday.';
    expect(eu(body, '2024-06-28').map((c) => c.split(' ').slice(0, 3).join(' '))).toEqual([
      'EUU energy-charter-treaty withdrawal_notified',
    ]);
  });
  it('does not read the Union left by a state as acting ("departure from the European Union")', () => {
    const body = 'After its departure from the European Union, Britain withdrew from the Energy Charter Treaty.';
    expect(eu(body, '2024-05-02')).toEqual([]);
  });
  it('does not read EU member states or EU countries as the Union', () => {
    expect(eu('Several EU member states have withdrawn from the Energy Charter Treaty.', '2024-05-02')).toEqual([]);
    expect(eu('Five EU countries notified their withdrawal from the Energy Charter Treaty.', '2024-05-02')).toEqual([]);
    expect(eu("Most of the EU's 27 members have ratified the Istanbul Convention.", '2024-05-02')).toEqual([]);
  });
  it('keeps the Treaty on European Union a treaty, with no Union acting', () => {
    const body = 'Britain triggered Article 50 of the Treaty on European Union on Wednesday, notifying its withdrawal.';
    const claims = brief(extract(body, '2017-03-30').claims);
    expect(claims.some((c) => c.startsWith('GBR treaty-on-european-union withdrawal_notified'))).toBe(true);
    expect(claims.filter((c) => c.startsWith('EUU '))).toEqual([]);
  });
});

describe('the European Union as a modifier of an act', () => {
  it('does not make "EU" in "an EU exit" the subject of a later verb about member states', () => {
    const body =
      'The vote backed a joint EU exit from the Energy Charter Treaty after several EU countries left the treaty.';
    expect(eu(body, '2024-04-25')).toEqual([]);
  });
});
