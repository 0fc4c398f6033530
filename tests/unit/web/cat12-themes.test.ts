// Round 10 promotions on the subscribe form: each new record sits in its theme's group (no "Other treaties" group).
import { describe, expect, it } from 'vitest';
import { referenceNames, referenceStates, referenceTreaties } from '#adapters/reference-data';
import { catalogueFrom, treatiesByTheme } from '#web/app/groups';

const groups = treatiesByTheme(catalogueFrom(referenceTreaties, referenceStates, referenceNames.treaty));
const groupOf = (id: string) => groups.find((g) => g.treaties.some((t) => t.id === id))?.key;

describe('the round-10 promoted instruments on the subscribe form', () => {
  it.each([
    ['ballast-water-convention', 'climate-environment'],
    ['bucharest-espoo-agreement', 'climate-environment'],
    ['irena-statute', 'climate-environment'],
    ['uncac', 'international-justice'],
    ['cybercrime-second-protocol', 'international-justice'],
    ['ilo-forced-labour-protocol', 'human-rights'],
    ['opec-plus-charter', 'international-organisations'],
    ['international-coffee-agreement', 'trade-investment'],
    ['southeast-asia-amity-treaty', 'regional'],
    ['liptako-gourma-charter', 'regional'],
    ['nile-basin-cfa', 'regional'],
    ['black-sea-grain-initiative', 'regional'],
  ])('%s is offered under %s', (id, theme) => {
    expect(groupOf(id)).toBe(theme);
  });

  it('leaves no treaty without a theme group', () => {
    expect(groups.map((g) => g.key)).not.toContain('other');
    expect(groups.reduce((n, g) => n + g.treaties.length, 0)).toBe(136);
  });
});
