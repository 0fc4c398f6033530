// Organisations outside the catalogue that states join, rejoin or leave as they would a treaty, named by the shape
// of their name (a Forum, an Association, an Alliance) or by a well-known short name; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, triples } from './helpers';
import { gz } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const orgs = (s: string) =>
  findTreaties(s, gz)
    .filter((m) => m.org && m.treaty)
    .map((m) => m.treaty);

describe('an organisation named by the shape of its name', () => {
  it('reads a Forum, an Association and an Alliance a state joins or leaves', () => {
    expect(triples(extract('Peru left the Andean Islands Forum on Monday.', PUB).claims)).toEqual([
      `PER ${provisionalTreatyId('Andean Islands Forum')} withdrawal_effective`,
    ]);
    expect(
      triples(extract('Chad became the 11th member of the Association of Desert Nations (ADN) on Monday.', PUB).claims),
    ).toEqual([`TCD ${provisionalTreatyId('Association of Desert Nations')} joined`]);
    expect(triples(extract('Chile rejoined the Andean Alliance on Monday.', PUB).claims)).toEqual([
      `CHL ${provisionalTreatyId('Andean Alliance')} joined`,
    ]);
  });
  it('leaves out professional bodies, parties and meetings', () => {
    expect(orgs('Peru joined the National Bar Association on Monday.')).toEqual([]);
    expect(orgs('The Democratic Alliance quit the coalition on Monday.')).toEqual([]);
    expect(orgs('Chad joined the Football Association on Monday.')).toEqual([]);
    expect(orgs('Most of the votes against came from the Left Alliance and the Greens.')).toEqual([]);
  });
});

describe('a well-known short name', () => {
  it('is the organisation where a state joins or leaves it', () => {
    // (Interpol, the first example here, is catalogued since round 7; CELAC since round 8; ALBA since round 14.)
    expect(triples(extract('Peru joined ALBA on Monday.', PUB).claims)).toEqual(['PER alba-tcp joined']);
    expect(triples(extract('Chile rejoined CARICOM on Monday.', PUB).claims)).toEqual([
      `CHL ${provisionalTreatyId('CARICOM')} joined`,
    ]);
    expect(triples(extract('Chile rejoined CELAC on Monday.', PUB).claims)).toEqual(['CHL celac joined']);
  });
  it('is no instrument as the subject or in front of another noun', () => {
    expect(orgs('Interpol said on Monday that Peru had applied.')).toEqual([]);
    expect(orgs('Chile hosted the ASEAN summit on Monday.')).toEqual([]);
  });
  it('takes the full name the article defines for it', () => {
    const a = extract(
      // (ASEAN, the acronym here until round 8, is catalogued since then.)
      'Chile left the Community of Andean and Pacific States (CARICOM) on Monday. Peru joined CARICOM on Tuesday.',
      PUB,
    );
    expect(triples(a.claims)).toContain(`PER ${provisionalTreatyId('Community of Andean and Pacific States')} joined`);
  });
});

describe('one id for plain spelling variants of a name', () => {
  it('reads "the Commonwealth of Nations" as "the Commonwealth"', () => {
    expect(provisionalTreatyId('Commonwealth of Nations')).toBe(provisionalTreatyId('Commonwealth'));
  });
  it('reads "co-operation" as "cooperation" and "neighbourliness" as "neighborliness"', () => {
    expect(provisionalTreatyId('Treaty on Co-operation in the Use of the Sea')).toBe(
      provisionalTreatyId('Treaty on Cooperation in the Use of the Sea'),
    );
    expect(provisionalTreatyId('Treaty of Good Neighbourliness')).toBe(
      provisionalTreatyId('Treaty of Good Neighborliness'),
    );
    expect(provisionalTreatyId('International Labour Organisation')).toBe(
      provisionalTreatyId('International Labor Organization'),
    );
  });
});

describe('a coalition that speaks as one', () => {
  it('is no organisation a state joins when it is the subject', () => {
    expect(orgs('The Blue Ocean Alliance welcomed the ratifications by Peru and Chile on Monday.')).toEqual([]);
    expect(orgs('Peru and Chile joined the Blue Ocean Alliance on Monday.')).toEqual([
      provisionalTreatyId('Blue Ocean Alliance'),
    ]);
  });
});

describe('a well-known short name the article spells out without brackets', () => {
  it('takes the full name whose initials it is', () => {
    const a = extract(
      'Peru has long belonged to the Andean Trade Community, a bloc of four states. On Monday Chile joined ECCAS as well.',
      PUB,
    );
    expect(triples(a.claims)).toEqual([`CHL ${provisionalTreatyId('ECCAS')} joined`]);
    const b = extract(
      'Peru has long belonged to the Economic Community of Central African States, a bloc of 11 states. On Monday Chile joined ECCAS as well.',
      PUB,
    );
    expect(triples(b.claims)).toEqual([
      `CHL ${provisionalTreatyId('Economic Community of Central African States')} joined`,
    ]);
  });
});

describe('a name of generic words with an acronym defined for it', () => {
  it('is a name', () => {
    expect(orgs('Peru joined the Strategic Economic Partnership (SEP) on Monday.')).toEqual([
      provisionalTreatyId('Strategic Economic Partnership'),
    ]);
    expect(orgs('Peru and Chile agreed a Strategic Economic Partnership on Monday.')).toEqual([]);
  });
});
