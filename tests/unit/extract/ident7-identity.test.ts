// Round 7, identity (issue 12 item 3): an instrument outside the catalogue keeps one id across its spellings, within
// an article (the fullest name it gives) and across articles (plural/singular, word order, establishing/
// establishment). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { fullerProvisionalIds, provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';

describe('provisionalTreatyId is stable across spellings', () => {
  it.each([
    ['the extradition treaties with Hong Kong', 'extradition treaty with Hong Kong'],
    ['the Agreement on the Protection of Investments', 'the Agreement on the Protection of Investment'],
    ['the Convention on Enforced Disappearances', 'the Convention on Enforced Disappearance'],
    ['the treaty establishing the Sahel Confederation', 'the Treaty on the Establishment of the Sahel Confederation'],
  ])('%s = %s', (a, b) => {
    expect(provisionalTreatyId(a)).toBe(provisionalTreatyId(b));
  });

  it('keeps names that are not plurals', () => {
    expect(provisionalTreatyId('the Status Agreement')).toBe('provisional-agreement-status');
    expect(provisionalTreatyId('the Arms Accord')).toBe('provisional-accord-arms');
  });
});

describe('one id per instrument within an article', () => {
  it('maps a shorter form to the one fuller name that holds all its words', () => {
    const m = fullerProvisionalIds([
      'provisional-treaty-friendship',
      'provisional-treaty-friendship-cooperation-partnership',
      'provisional-agreement-friendship',
    ]);
    expect(m.get('provisional-treaty-friendship')).toBe('provisional-treaty-friendship-cooperation-partnership');
    expect(m.has('provisional-agreement-friendship')).toBe(false); // another head noun: another instrument
  });

  it('leaves a shorter form alone where two fuller names hold it', () => {
    const m = fullerProvisionalIds([
      'provisional-treaty-extradition',
      'provisional-treaty-extradition-canada',
      'provisional-treaty-extradition-britain',
    ]);
    expect(m.size).toBe(0);
  });

  it('gives a claim on the short form the full name read earlier in the article', () => {
    const text =
      'The Treaty of Friendship, Cooperation and Mutual Assistance between Peru and Chile was signed in 1990. ' +
      'On Monday Peru formally withdrew from the Friendship Treaty, the ministry said.';
    const ids = triples(extract(text, PUB).claims).filter((t) => t.startsWith('PER') && t.includes('withdrawal'));
    expect(ids).toEqual(['PER provisional-treaty-friendship-cooperation-mutual-assistance withdrawal_effective']);
  });

  it('also where the shorter form drops the first words or reorders them (not only a prefix)', () => {
    const text =
      'The Treaty of Friendship and Naval Cooperation between Peru and Chile was signed in 1990. ' +
      'On Monday Peru formally withdrew from the Naval Cooperation Treaty, the ministry said.';
    const ids = triples(extract(text, PUB).claims).filter((t) => t.startsWith('PER') && t.includes('withdrawal'));
    expect(ids).toEqual(['PER provisional-treaty-friendship-naval-cooperation withdrawal_effective']);
  });
});
