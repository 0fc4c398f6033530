// Round 8 promotions on the subscribe form: each new record sits in its theme's group (no "Other treaties" group).
import { describe, expect, it } from 'vitest';
import { referenceNames, referenceStates, referenceTreaties } from '#adapters/reference-data';
import { catalogueFrom, treatiesByTheme } from '#web/app/groups';

const groups = treatiesByTheme(catalogueFrom(referenceTreaties, referenceStates, referenceNames.treaty));
const groupOf = (id: string) => groups.find((g) => g.treaties.some((t) => t.id === id))?.key;

describe('the round-8 promoted instruments on the subscribe form', () => {
  it.each([
    ['commonwealth-charter', 'international-organisations'],
    ['fao-constitution', 'international-organisations'],
    ['unwto-statutes', 'international-organisations'],
    ['celac', 'regional'],
    ['asean-charter', 'regional'],
    ['african-union-constitutive-act', 'regional'],
    ['iaea-statute', 'arms-control'],
    ['ilo-forced-labour-convention', 'human-rights'],
    ['ilo-abolition-forced-labour-convention', 'human-rights'],
    ['wto-fisheries-subsidies-agreement', 'trade-investment'],
    ['criminal-law-convention-corruption', 'international-justice'],
    ['ljubljana-hague-convention', 'international-justice'],
  ])('%s is offered under %s', (id, theme) => {
    expect(groupOf(id)).toBe(theme);
  });

  it('leaves no treaty without a theme group', () => {
    expect(groups.map((g) => g.key)).not.toContain('other');
    expect(groups.reduce((n, g) => n + g.treaties.length, 0)).toBe(136);
  });
});
