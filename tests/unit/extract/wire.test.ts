// Wire phrasings met in the second and third challenge batches, on small texts of our own.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/core/extract/index';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string, pub = PUB) => brief(extract(body, pub).claims);

describe('exits, orders and notices', () => {
  it('reads a plain past "pulled out of" / "withdrew from" the treaty as withdrawal_effective', () => {
    expect(one('Slovenia pulled out of the Arms Trade Treaty on Thursday.')).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
    ]);
    expect(one('Slovenia withdrew from the Arms Trade Treaty on Thursday.')).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
    ]);
  });
  it('does not read an intention to quit as an exit', () => {
    expect(one('Slovenia plans to quit the Arms Trade Treaty next year.')).toEqual([]);
  });
  it('reads "ordered the country out of" the treaty as withdrawal_decreed', () => {
    expect(one("Slovenia's president on Monday ordered the country out of the Arms Trade Treaty.")).toEqual([
      'SVN arms-trade-treaty withdrawal_decreed 2025-03-10 primary',
    ]);
  });
  it('reads notice to "the treaty\'s depositaries" and a "withdrawal letter" as withdrawal_notified', () => {
    expect(
      one("Slovenia notified the treaty's depositaries of its withdrawal from the Arms Trade Treaty on Monday."),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-10 primary']);
    expect(
      one('Slovenia sent a withdrawal letter on the Arms Trade Treaty to the UN Secretary-General on Monday.'),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-10 primary']);
  });
});

describe('dates', () => {
  it('gives "shortly after <date>" month precision', () => {
    expect(
      one(
        'Slovenia left the Arms Trade Treaty on Thursday. It had sent a withdrawal letter to the UN Secretary-General shortly after the 20 January 2024 decision.',
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_notified 2024-01 background');
  });
  it('lets the deposit date win over "said in a statement on" the next day', () => {
    expect(
      one(
        'Slovenia has acceded to the Arms Trade Treaty, the foreign ministry said in a statement on Thursday. The instrument of accession was deposited in New York on Wednesday.',
      ),
    ).toEqual(['SVN arms-trade-treaty joined 2025-03-12 primary']);
  });
  it('does not date a yearless day by a distant year in another clause', () => {
    expect(
      one(
        'Slovenia pulled out of the Arms Trade Treaty on Thursday, six months after it notified the depositary on 13 September, ending its part in a 2014 pact.',
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_notified 2024-09-13 background');
  });
  it('counts "The announcement came two weeks after ..." back from the article\'s last event', () => {
    expect(
      one(
        'Slovenia is leaving the Arms Trade Treaty, the government announced on Wednesday. The announcement came two weeks after Croatia signed a decree on withdrawal from the treaty.',
      ),
    ).toContain('HRV arms-trade-treaty withdrawal_decreed 2025-02 background');
  });
});

describe('signatures and boilerplate', () => {
  it('gives a passive bilateral signature without "by" to both parties', () => {
    expect(
      one(
        'Russia on Tuesday suspended its participation in New START. The treaty, signed in Prague in April 2010, caps deployed warheads.',
        '2023-03-01T10:00:00Z',
      ),
    ).toEqual([
      'RUS new-start signed 2010-04 background',
      'RUS new-start suspended 2023-02-28 primary',
      'USA new-start signed 2010-04 background',
    ]);
  });
  it('keeps "the latest nation to sign up to" a treaty (not a newsletter plug)', () => {
    expect(
      cleanText(
        'Slovenia became the latest nation to sign up to the Arms Trade Treaty.\nSign up for our daily newsletter',
      ),
    ).toBe('Slovenia became the latest nation to sign up to the Arms Trade Treaty.');
  });
});

describe('suspensions, returns and reversals', () => {
  it('reads "suspended its own participation" and a decree "halting compliance" as suspended, not a withdrawal decree', () => {
    expect(
      one(
        'Croatia left the Arms Trade Treaty on Thursday. Slovenia suspended its own participation in February, when its president signed a decree halting compliance.',
      ),
    ).toEqual([
      'HRV arms-trade-treaty withdrawal_effective 2025-03-13 primary',
      'SVN arms-trade-treaty suspended 2025-02 background',
    ]);
  });
  it('reads "X will withdraw ..., the minister said" as a proposal', () => {
    expect(
      one('Slovenia will withdraw from the Arms Trade Treaty, Tanja Fajon, the foreign minister, said on Thursday.'),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-13 primary']);
  });
  it('reads "officially returned to" the treaty as joined', () => {
    expect(one('Slovenia officially returned to the Arms Trade Treaty on Thursday.')).toEqual([
      'SVN arms-trade-treaty joined 2025-03-13 primary',
    ]);
  });
  it('does not read a notice rescinding a withdrawal as a notification', () => {
    expect(
      one(
        'Slovenia has cancelled its withdrawal from the Arms Trade Treaty, the UN said on Thursday, after the government told the Secretary-General it was rescinding the notice the previous cabinet had deposited.',
      ),
    ).toEqual([]);
  });
  it('does not read "depositing its instrument" in a ratification as a withdrawal notice', () => {
    expect(
      one('Slovenia ratified the Arms Trade Treaty on Monday, depositing its instrument with the United Nations.'),
    ).toEqual(['SVN arms-trade-treaty joined 2025-03-10 primary']);
  });
  it('does not take "a five-year Paris deal" for the Paris Agreement', () => {
    expect(one('The Brazilian striker signed a five-year Paris deal on Tuesday.')).toEqual([]);
  });
});

describe('plain-past exits without a named actor', () => {
  it('does not give "before X, several other European states also withdrew" to X', () => {
    expect(one('Before Slovenia, several other European states also withdrew from the Arms Trade Treaty.')).toEqual([]);
  });
  it('does not read a "who else withdrew" heading as an exit', () => {
    expect(one('Not only Slovenia: who else withdrew from the Arms Trade Treaty')).toEqual([]);
  });
});
