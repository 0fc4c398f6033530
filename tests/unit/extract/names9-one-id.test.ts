// Round 9: one instrument, one id. The same instrument written two ways (within an article, or across articles)
// must not become two provisional ids: each extra id is a duplicate alert to a subscriber. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { fullerProvisionalIds, provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const pid = provisionalTreatyId;

describe('the provisional id of a name written two ways', () => {
  it('leaves out an acronym given in brackets inside the name', () => {
    expect(pid('Pacific Tuna Alliance’s (PTA) Framework Agreement')).toBe(
      pid('Pacific Tuna Alliance Framework Agreement'),
    );
    expect(pid('Treaty on Open Rivers (TOR)')).toBe(pid('Treaty on Open Rivers'));
  });
  it('leaves out the parties a bilateral name closes with ("between X and Y")', () => {
    expect(pid('Treaty of Amity and Trade between Ruritania and the Republic of Elbonia')).toBe(
      pid('Treaty of Amity and Trade'),
    );
    expect(pid('Agreement on Mutual Protection of Investments between Chile and Peru')).toBe(
      pid('Agreement on Mutual Protection of Investments'),
    );
  });
  it('keeps parties that stand in the middle of a name, and a partner named with "with"', () => {
    expect(pid('Agreement between Chile and Peru on Fisheries')).not.toBe(pid('Agreement on Fisheries'));
    expect(pid('extradition treaty with Canada')).not.toBe(pid('extradition treaty with Peru'));
  });
  it('reads "US", "U.S." and "United States" as one partner, "UK" and "United Kingdom" as another', () => {
    expect(pid('extradition treaty with the US')).toBe(pid('extradition treaty with the United States'));
    expect(pid('extradition treaty with the U.S.')).toBe(pid('extradition treaty with the United States'));
    expect(pid('tax treaty with the UK')).toBe(pid('tax treaty with the United Kingdom'));
    expect(pid('extradition treaty with the UK')).not.toBe(pid('extradition treaty with the United States'));
  });
});

describe('a short form in an article resolves to the full name given there', () => {
  it('a name cut short takes the one fuller name of the article', () => {
    const x = extract(
      'The Ruvu River Basin Cooperative Framework Agreement was signed by nine states in 2010. ' +
        'Peru on Monday ratified the Ruvu Cooperative Framework Agreement.',
      PUB,
    );
    expect(triples(x.claims)).toEqual([`PER ${pid('Ruvu River Basin Cooperative Framework Agreement')} joined`]);
  });
  it('a bilateral treaty named short and with its sponsor is one treaty', () => {
    const x = extract(
      'China on Monday suspended the extradition treaty with Peru. ' +
        'Hong Kong’s extradition treaty with Peru had been in force since 1998.',
      PUB,
    );
    expect(triples(x.claims)).toEqual([`CHN ${pid('Hong Kong’s extradition treaty with Peru')} suspended`]);
  });
});

describe('an organisation and the agreement that founds it, in one article', () => {
  it('"the International Cocoa Organization" is the International Cocoa Agreement it administers', () => {
    const x = extract(
      'Chile said on Monday it would leave the International Cocoa Organization. ' +
        'The International Cocoa Agreement was signed in 2010.',
      PUB,
    );
    expect(triples(x.claims)).toEqual([`CHL ${pid('International Cocoa Agreement')} withdrawal_proposed`]);
  });
  it('keeps an organisation apart from an instrument of its own on another matter', () => {
    const x = extract(
      'Chile joined the Andean Rice Organization on Monday. ' +
        'The Andean Rice Organization Convention on Seed Patents was signed in 2001.',
      PUB,
    );
    expect(triples(x.claims)).toEqual([`CHL ${pid('Andean Rice Organization')} joined`]);
  });
});

describe('a short form that is not the fuller name', () => {
  it('keeps a partner after "with" apart from the possessor of a fuller name', () => {
    const x = extract(
      'Russia on Monday suspended its free-trade agreement with Georgia. ' +
        'Georgia’s free-trade agreement with Brussels takes effect in January.',
      PUB,
    );
    expect(triples(x.claims)).toEqual([`RUS ${pid('free-trade agreement with Georgia')} suspended`]);
  });
  it('an acronym defined for a short form stands for its fuller name too', () => {
    const x = extract(
      'The Ruvu River Basin Cooperative Framework Agreement was signed by nine states in 2010. ' +
        'Peru on Monday ratified the Ruvu Cooperative Framework Agreement (RCFA). Chile ratified the RCFA on Friday.',
      PUB,
    );
    expect(new Set(x.claims.map((c) => c.treaty))).toEqual(
      new Set([pid('Ruvu River Basin Cooperative Framework Agreement')]),
    );
  });
});

describe('a short form that writes an organisation by its initials', () => {
  it('"the CIS Assembly" in a name is "the Assembly of the Commonwealth of Independent States"', () => {
    const full = pid('Convention on the Inter-Parliamentary Assembly of the Commonwealth of Independent States');
    const short = pid('Convention on the CIS Inter-Parliamentary Assembly');
    expect(fullerProvisionalIds([short, full]).get(short)).toBe(full);
  });
  it('needs every other word in the fuller name', () => {
    const full = pid('Convention on the Inter-Parliamentary Assembly of the Commonwealth of Independent States');
    expect(fullerProvisionalIds([pid('Convention on the CIS Customs Assembly'), full]).size).toBe(0);
  });
});
