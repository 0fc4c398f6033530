// The Abraham Accords, promoted into the catalogue in round 12 (seeds/facts/treaties.json, SOURCES.md part 9): a
// declaration with no withdrawal clause, offered under the regional theme.
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import {
  referenceConflicts,
  referenceNames,
  referenceStates,
  referenceTreaties,
  schedulerFrom,
} from '#adapters/reference-data';
import { noScheduleReason } from '#core/schedule';
import { catalogueFrom, treatiesByTheme } from '#web/app/groups';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);

describe('the Abraham Accords record', () => {
  it('computes no withdrawal schedule (no clause)', () => {
    expect(scheduleFor('XXX', 'abraham-accords', '2024-01-10')).toBeNull();
    expect(noScheduleReason(facts.treaties.find((t) => t.id === 'abraham-accords')!, 'ISR')).toMatch(
      /no withdrawal clause/,
    );
  });
  it('is offered under the regional theme', () => {
    const groups = treatiesByTheme(catalogueFrom(referenceTreaties, referenceStates, referenceNames.treaty));
    expect(groups.find((g) => g.treaties.some((t) => t.id === 'abraham-accords'))?.key).toBe('regional');
  });
});
