// Bilateral treaties outside the catalogue named by subject and partner; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const named = (s: string) =>
  findTreaties(s, gz)
    .filter((m) => m.name)
    .map((m) => m.treaty);

describe('a bilateral treaty named by its subject and the other party', () => {
  it('reads "its extradition treaty with X" and "X\'s extradition treaty with Y"', () => {
    expect(triples(extract('Chile suspended its extradition treaty with Hong Kong on Friday.', PUB).claims)).toEqual([
      `CHL ${provisionalTreatyId('extradition treaty with Hong Kong')} suspended`,
    ]);
    expect(named("Peru suspended Hong Kong's extradition treaty with New Zealand on Monday.")).toEqual([
      provisionalTreatyId("Hong Kong's extradition treaty with New Zealand"),
    ]);
  });
  it('reads "the agreement with X on <named place or matter>"', () => {
    expect(named('Peru left the agreement signed with Chile on the Use of the Lauca River on Monday.')).toEqual([
      provisionalTreatyId('agreement with Chile on the Use of the Lauca River'),
    ]);
  });
  it('names nothing without a subject or an object, or with a partner that is no state', () => {
    expect(named('Peru signed a new treaty with Chile on Monday.')).toEqual([]);
    expect(named('Peru signed a supply agreement with Acme Holdings on Monday.')).toEqual([]);
  });
});
