// Withdrawal clauses of the instruments promoted into the catalogue in round 7 (seeds/facts/treaties.json).
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { noScheduleReason } from '#core/schedule';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);
const treaty = (id: string) => facts.treaties.find((t) => t.id === id)!;

describe('withdrawal schedules of the round-7 promoted instruments', () => {
  it('one year after notice: CRPD (art. 48), Enforced Disappearance (art. 41), OPCAT (art. 33), 1954 statelessness (art. 40), North Atlantic Treaty (art. 13)', () => {
    expect(scheduleFor('XXX', 'crpd', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('XXX', 'enforced-disappearance-convention', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('XXX', 'opcat', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('XXX', 'statelessness-convention-1954', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('XXX', 'north-atlantic-treaty', '2024-03-04')?.effective).toBe('2025-03-04');
  });

  it('six months: the European Social Charter (art. M); two years: the Rio Treaty (art. 25)', () => {
    expect(scheduleFor('RUS', 'european-social-charter', '2023-03-16')?.effective).toBe('2023-09-16');
    // Mexico gave notice on 6 Sep 2002; the Rio Treaty ceased for it two years later.
    expect(scheduleFor('MEX', 'rio-treaty', '2002-09-06')?.effective).toBe('2004-09-06');
  });

  it('computes nothing where the clause has no period or there is none on record', () => {
    for (const id of [
      'european-convention-suppression-terrorism',
      'andean-community',
      'interpol-constitution',
      'ukraine-claims-commission-convention',
      'ukraine-special-tribunal-agreement',
    ])
      expect(scheduleFor('XXX', id, '2024-01-10'), id).toBeNull();
    expect(noScheduleReason(treaty('interpol-constitution'), 'XXX')).toMatch(/no withdrawal clause/);
    expect(noScheduleReason(treaty('andean-community'), 'VEN')).toMatch(/no notice period/);
  });
});
