// Signing stated with the noun "signatory" or "signature" rather than the verb: "are among the newest signatories
// to", "joined as a signatory", "gave their signatures to", and "was the first to sign" without a noun.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('a signature stated as a noun', () => {
  it('reads "A, B and C are among the newest signatories to the treaty" as their signatures', () => {
    const body = 'Malta, Cyprus and Iceland are among the newest signatories to the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'CYP arms-trade-treaty signed null primary',
      'ISL arms-trade-treaty signed null primary',
      'MLT arms-trade-treaty signed null primary',
    ]);
  });
  it('reads "representatives from A and B gave their signatures to the treaty" as their signatures', () => {
    const body = 'Representatives from Chile and Peru gave their signatures to the Arms Trade Treaty in Geneva.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'CHL arms-trade-treaty signed null primary',
      'PER arms-trade-treaty signed null primary',
    ]);
  });
  it('reads "also joined as a signatory" about the treaty in context as a signature, not a joining', () => {
    const body =
      'The Arms Trade Treaty was opened for signature in Geneva on Friday. ' +
      'Norway, which chaired the talks, also joined as a signatory.';
    // undated in its clause: the lead's day (newsDay), Friday before publication
    expect(brief(extract(body, PUB).claims)).toEqual(['NOR arms-trade-treaty signed 2025-03-14 primary']);
  });
  it('reads "was the first to sign the treaty" as a signature', () => {
    const body = 'Iceland, as the host country, was the first to sign the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual(['ISL arms-trade-treaty signed null primary']);
  });
  it('reads no signature from "remains a signatory" or "is not a signatory"', () => {
    const body = 'Iceland remains a signatory to the Arms Trade Treaty, and Malta is not a signatory to it.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });

  it('reads "that it was the first to sign 10 years ago" as history, leaving the decree the news', () => {
    const body =
      'Slovenia has withdrawn from a regional treaty on arms sales that it was the first to sign 10 years ago. ' +
      "President Pirc's decree early Saturday annulling Slovenia's ratification of the Arms Trade Treaty drew protests.";
    expect(brief(extract(body, undefined).claims)).toEqual([
      'SVN arms-trade-treaty signed null background',
      'SVN arms-trade-treaty withdrawal_decreed null primary',
    ]);
  });
});
