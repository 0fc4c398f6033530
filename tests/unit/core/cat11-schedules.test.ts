// Withdrawal clauses of the instruments promoted into the catalogue in round 9 (seeds/facts/treaties.json,
// SOURCES.md part 7). Every clause is written by hand and marked unverified; these tests pin what the records say.
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { noScheduleReason } from '#core/schedule';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);
const treaty = (id: string) => facts.treaties.find((t) => t.id === id)!;

describe('withdrawal schedules of the round-9 promoted instruments', () => {
  it('one year after notice: the Central Asian zone treaty (art. 17), Escazú (art. 24), the UPU Constitution (art. 12)', () => {
    expect(scheduleFor('XXX', 'canwfz-treaty', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('XXX', 'escazu-agreement', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('USA', 'upu-constitution', '2018-10-17')?.effective).toBe('2019-10-17');
  });

  it('one year after registration: ILO Convention 190 (art. 15), its denunciation windows in conditions only', () => {
    expect(scheduleFor('XXX', 'ilo-violence-harassment-convention', '2031-07-01')?.effective).toBe('2032-07-01');
    expect(treaty('ilo-violence-harassment-convention').withdrawal_rule?.conditions).toMatch(/ten years/);
  });

  it('end of the running ten-year period: the Ukraine-Russia friendship treaty (art. 40)', () => {
    // Ukraine's notice of September 2018: more than six months before 1 April 2019, the end of the second period.
    expect(scheduleFor('UKR', 'ukraine-russia-friendship-treaty', '2018-09-21')?.effective).toBe('2019-04-01');
    // A notice inside the last six months runs to the end of the next period.
    expect(scheduleFor('UKR', 'ukraine-russia-friendship-treaty', '2018-12-10')?.effective).toBe('2029-04-01');
  });

  it('computes nothing where there is no clause, or no period on record', () => {
    for (const id of [
      'inter-korean-military-agreement',
      'azov-kerch-treaty',
      'simla-agreement',
      'isa-framework-agreement',
      'g5-sahel-convention',
      'plutonium-disposition-agreement',
    ])
      expect(scheduleFor('XXX', id, '2024-01-10'), id).toBeNull();
    expect(noScheduleReason(treaty('simla-agreement'), 'PAK')).toMatch(/no withdrawal clause/);
    expect(noScheduleReason(treaty('inter-korean-military-agreement'), 'KOR')).toMatch(/no withdrawal clause/);
    expect(noScheduleReason(treaty('g5-sahel-convention'), 'MLI')).toMatch(/no notice period/);
  });
});
