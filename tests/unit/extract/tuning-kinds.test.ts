// Failure kinds found on the real-news development set, each with invented sentences of the same structure.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string) => brief(extract(body, PUB).claims);

describe('a signed law that revokes or suspends, with a date phrase after the noun', () => {
  it('reads "signed a law on Monday revoking the country\'s ratification" as a revocation, not a withdrawal law', () => {
    expect(one('Slovenia\'s president signed a law on Monday revoking the country\'s ratification of the Arms Trade Treaty.'))
      .toEqual(['SVN arms-trade-treaty ratification_revoked 2025-03-10 primary']);
  });
  it('reads "signed a bill on Tuesday suspending the country\'s last ... treaty" as a suspension', () => {
    expect(one('Slovenia\'s president signed a bill on Tuesday suspending the country\'s landmark arms treaty, the Arms Trade Treaty.'))
      .toEqual(['SVN arms-trade-treaty suspended 2025-03-11 primary']);
  });
});

describe('completed exits in the perfect tense', () => {
  it('reads "has officially withdrawn from" as withdrawal_effective', () => {
    expect(one('Slovenia has officially withdrawn from the Arms Trade Treaty.')).toEqual(['SVN arms-trade-treaty withdrawal_effective null primary']);
  });
  it('reads "announced Thursday it has formally withdrawn from" as withdrawal_effective on that day', () => {
    expect(one('Slovenia announced Thursday it has formally withdrawn from the Arms Trade Treaty with its neighbours.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary']);
  });
  it('reads "had finalised its withdrawal" as withdrawal_effective', () => {
    expect(one('The foreign ministry said on Wednesday that Slovenia had finalised its withdrawal from the Arms Trade Treaty.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_effective 2025-03-12 primary']);
  });
});

describe('announced departures in the progressive', () => {
  it('reads "is quitting the treaty" as a proposal, and "countries that have left" as nobody\'s act', () => {
    expect(one('Slovenia is quitting the Arms Trade Treaty, following several countries that have left the treaty in recent years.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
  });
});

describe('notice given to the organisation itself', () => {
  it('reads "had notified the Organization ... of its withdrawal" as withdrawal_notified', () => {
    expect(one('Slovenia\'s foreign minister said the country had notified the Organisation for the Prohibition of Chemical Weapons of its withdrawal from the Chemical Weapons Convention.'))
      .toContain('SVN cwc withdrawal_notified null primary');
  });
  it('reads "handed over the withdrawal letter" as withdrawal_notified', () => {
    expect(one('Slovenia\'s ambassador handed over the withdrawal letter on the Arms Trade Treaty on Thursday.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-13 primary']);
  });
});

describe('a generic name after an organisation that speaks', () => {
  const body = 'Several governments signed the Council of Europe Framework Convention on Artificial Intelligence in Vilnius.\n'
    + 'In a statement, the Council of Europe said that the Framework Convention has been signed by Slovenia, Croatia and Austria.';
  it('resolves "the Framework Convention has been signed by A, B and C" to the instrument named before', () => {
    expect(one(body).filter((c) => c.includes('council-of-europe-ai-convention signed')).map((c) => c.split(' ')[0]).sort())
      .toEqual(['AUT', 'HRV', 'SVN']);
  });
  it('reads "signed it" after an organisation\'s event as the instrument, not the organisation', () => {
    const b = 'Slovenia signed the Council of Europe Framework Convention on Artificial Intelligence on Monday.\n'
      + 'The ceremony took place before the Council of Europe\'s side event in Paris.\nCroatia and Austria signed it in Vilnius.';
    const out = one(b);
    expect(out.some((c) => c.includes('council-of-europe-statute'))).toBe(false);
    expect(out.filter((c) => c.startsWith('HRV') || c.startsWith('AUT')).every((c) => c.includes('council-of-europe-ai-convention signed'))).toBe(true);
  });
});

describe('a government announcing its own departure', () => {
  it('reads "said on Monday that it would withdraw from" as a proposal', () => {
    expect(one('Slovenia said on Monday that it would withdraw from the Arms Trade Treaty.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-10 primary']);
  });
  it('reads "confirmed on Wednesday that it will quit" as a proposal', () => {
    expect(one('Slovenia confirmed on Wednesday that it will quit the Arms Trade Treaty and review its export rules.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-12 primary']);
  });
  it('keeps the announcement when the exit date named is in the future', () => {
    expect(one('Slovenia will withdraw from the Arms Trade Treaty in 2026, the government said on Wednesday.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-12 primary']);
  });
  it('reads "announced plans to withdraw from" and a contraction "says it\'s leaving" as proposals', () => {
    expect(one('Slovenia announced plans to withdraw from the Arms Trade Treaty.')).toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
    expect(one('Slovenia says it\'s leaving the Arms Trade Treaty.')).toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
  });
  it('reads "X\'s decision to withdraw from" as a proposal, but not a reconsidered one', () => {
    expect(one('Slovenia\'s decision to withdraw from the Arms Trade Treaty drew criticism from its neighbours.'))
      .toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
    expect(one('The court asked them to reconsider Slovenia\'s decision to withdraw from the Arms Trade Treaty.')).toEqual([]);
  });
  it('does not read a pundit\'s forecast as an announcement', () => {
    expect(one('Analysts said Slovenia could quit the Arms Trade Treaty if the talks fail.')).toEqual([]);
  });
});

describe('publication bound from the text', () => {
  it('does not take a start date ("from January 1, 2026") as the lower bound of publication', () => {
    const r = extract('Slovenia announced on Monday that it is planning to withdraw from the Arms Trade Treaty from January 1, 2026.', undefined);
    expect(r.published).toBeNull();
  });
});
