// A government's decision to leave, with an adverb splitting the infinitive ("decided to immediately withdraw"), and a
// decision to leave for a time, which is a suspension.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('a decision to leave with an adverb inside the infinitive', () => {
  it('reads "have decided to immediately withdraw" as a proposal by each state of the list', () => {
    const body = 'Chad, Togo, and Benin have decided to immediately withdraw from the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'BEN arms-trade-treaty withdrawal_proposed null primary',
      'TCD arms-trade-treaty withdrawal_proposed null primary',
      'TGO arms-trade-treaty withdrawal_proposed null primary',
    ]);
  });
  it('reads "decided on Monday to formally leave" as a dated proposal', () => {
    const body = 'The government of Slovenia decided on Monday to formally leave the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-10 primary']);
  });
  it('reads "decided to temporarily leave" as a suspension', () => {
    const body = 'Chile and Peru had decided to temporarily leave the Arms Trade Treaty, officials said.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'CHL arms-trade-treaty suspended null primary',
      'PER arms-trade-treaty suspended null primary',
    ]);
  });
  it('reads no decision from "decided to definitely not leave"', () => {
    const body = 'Slovenia has decided to definitely not leave the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });
});
