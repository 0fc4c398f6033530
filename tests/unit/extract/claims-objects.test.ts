// Objects and subjects of a cue, with invented sentences of the shapes real reports use.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('a treaty named by description', () => {
  it('reads "is withdrawing from a controversial international trade treaty" as the treaty the headline names', () => {
    const out = brief(
      extract(
        'Slovenia is withdrawing from a controversial international arms treaty, the minister said on Thursday.',
        PUB,
        'Arms Trade Treaty: what the minister said',
      ).claims,
    );
    expect(out).toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-13 primary']);
  });
  it('reads "have signed the first-ever legally binding treaty on ..." as the instrument the next sentence names, not the organisation that speaks', () => {
    const body =
      'Chile and Peru have signed the first-ever international legally binding treaty on arms sales, the United Nations announced. ' +
      'The landmark text, known as the Arms Trade Treaty, was opened for signature in New York.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'CHL arms-trade-treaty signed null primary',
      'PER arms-trade-treaty signed null primary',
    ]);
  });
});

describe('an indefinite subject', () => {
  it('reads no claim from "the first time a new country has joined the bloc"', () => {
    const body =
      'Slovenia became a party to the Arms Trade Treaty on Monday. ' +
      'It is the first time a new country has joined the treaty since it came into force in 2014.';
    expect(brief(extract(body, PUB).claims)).toEqual(['SVN arms-trade-treaty joined 2025-03-10 primary']);
  });
});

describe('a record noun is no description of the treaty', () => {
  it('reads "signed the law denouncing the treaty" as no signature of the treaty', () => {
    const body =
      'Slovenia left the Arms Trade Treaty in 2024. Its president signed the law denouncing the treaty in May.';
    expect(brief(extract(body, PUB).claims).filter((c) => c.includes(' signed '))).toEqual([]);
  });
});
