// Round 9 promotions on the subscribe form: each new record sits in its theme's group (no "Other treaties" group).
import { describe, expect, it } from 'vitest';
import { referenceNames, referenceStates, referenceTreaties } from '#adapters/reference-data';
import { catalogueFrom, treatiesByTheme } from '#web/app/groups';

const groups = treatiesByTheme(catalogueFrom(referenceTreaties, referenceStates, referenceNames.treaty));
const groupOf = (id: string) => groups.find((g) => g.treaties.some((t) => t.id === id))?.key;

describe('the round-9 promoted instruments on the subscribe form', () => {
  it.each([
    ['canwfz-treaty', 'arms-control'],
    ['inter-korean-military-agreement', 'arms-control'],
    ['plutonium-disposition-agreement', 'arms-control'],
    ['escazu-agreement', 'climate-environment'],
    ['isa-framework-agreement', 'climate-environment'],
    ['ilo-violence-harassment-convention', 'human-rights'],
    ['upu-constitution', 'international-organisations'],
    ['azov-kerch-treaty', 'regional'],
    ['g5-sahel-convention', 'regional'],
    ['simla-agreement', 'regional'],
    ['ukraine-russia-friendship-treaty', 'regional'],
  ])('%s is offered under %s', (id, theme) => {
    expect(groupOf(id)).toBe(theme);
  });

  it('leaves no treaty without a theme group', () => {
    expect(groups.map((g) => g.key)).not.toContain('other');
    expect(groups.reduce((n, g) => n + g.treaties.length, 0)).toBe(136);
  });
});
