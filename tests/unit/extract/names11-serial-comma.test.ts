// Round 11, names kind: a name outside the catalogue whose list of subjects closes with a serial comma
// ("Treaty of Concord, Trade Relations, and Fishing Rights") is read whole, so that the short form elsewhere in the
// article ("the Treaty of Concord") takes the full name's id. Invented text.
import { describe, expect, it } from 'vitest';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { catalogueIdOfName } from '../../../local/extract-score';
import { extract, gz } from './helpers';

const PUB = '2024-05-16T09:00:00Z';
const FULL = 'Treaty of Concord, Trade Relations, and Fishing Rights';

describe('serial comma inside a name outside the catalogue', () => {
  it('reads the whole name and gives the short form the full id', () => {
    const body = [
      'Chile to leave the 1961 Treaty of Concord with Peru.',
      `The minister announced on Monday that Chile would terminate the 1961 ${FULL} with Peru.`,
    ].join('\n\n');
    const ids = new Set(
      extract(body, PUB, 'Chile to leave the 1961 Treaty of Concord with Peru').claims.map((c) => c.treaty),
    );
    expect([...ids]).toEqual([provisionalTreatyId(FULL)]);
  });
  it('still ends the name before ", and" that opens a clause or names a state', () => {
    const a = extract('Chile signed the Treaty of Concord, and Peru followed a week later.', PUB).claims;
    expect(a.find((c) => c.state === 'CHL')?.treaty).toBe(provisionalTreatyId('Treaty of Concord'));
    const b = extract('Chile signed the Treaty of Concord, Trade, and Peru on Monday.', PUB).claims;
    expect(b.find((c) => c.state === 'CHL')?.treaty).toBe(provisionalTreatyId('Treaty of Concord'));
  });
});

describe('the plutonium agreement by its descriptive name', () => {
  it('reads the descriptive name as the catalogued agreement, in text and as a whole name', () => {
    const c = extract('Russia suspended the agreement on the disposition of surplus weapons-grade plutonium.', PUB);
    expect(c.claims.map((x) => x.treaty)).toEqual(['plutonium-disposition-agreement']);
    expect(catalogueIdOfName('agreement concerning the disposition of surplus weapons-grade plutonium', gz)).toBe(
      'plutonium-disposition-agreement',
    );
  });
});
