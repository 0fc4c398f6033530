// Withdrawal clauses of the instruments promoted into the catalogue in round 8 (seeds/facts/treaties.json,
// SOURCES.md part 6). Every clause is written by hand and marked unverified; these tests pin what the records say.
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { noScheduleReason } from '#core/schedule';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);
const treaty = (id: string) => facts.treaties.find((t) => t.id === id)!;

describe('withdrawal schedules of the round-8 promoted instruments', () => {
  it('one year after notice: FAO Constitution (art. XIX), AU Constitutive Act (art. 31), UNWTO Statutes (art. 35)', () => {
    expect(scheduleFor('NIC', 'fao-constitution', '2025-05-21')?.effective).toBe('2026-05-21');
    expect(scheduleFor('XXX', 'african-union-constitutive-act', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('RUS', 'unwto-statutes', '2022-04-27')?.effective).toBe('2023-04-27');
  });

  it('one year after registration: the two forced-labour conventions (C029 art. 30, C105 art. 5)', () => {
    expect(scheduleFor('XXX', 'ilo-forced-labour-convention', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('XXX', 'ilo-abolition-forced-labour-convention', '2024-03-04')?.effective).toBe('2025-03-04');
  });

  it('first day of the month after three months: the Criminal Law Convention on Corruption (art. 40)', () => {
    expect(scheduleFor('RUS', 'criminal-law-convention-corruption', '2023-03-16')?.effective).toBe('2023-07-01');
  });

  it('computes nothing where there is no clause, or no period on record', () => {
    for (const id of [
      'commonwealth-charter',
      'celac',
      'asean-charter',
      'iaea-statute',
      'wto-fisheries-subsidies-agreement',
      'ljubljana-hague-convention',
    ])
      expect(scheduleFor('XXX', id, '2024-01-10'), id).toBeNull();
    expect(noScheduleReason(treaty('commonwealth-charter'), 'MDV')).toMatch(/no withdrawal clause/);
    expect(noScheduleReason(treaty('asean-charter'), 'TLS')).toMatch(/no withdrawal clause/);
    expect(noScheduleReason(treaty('iaea-statute'), 'PRK')).toMatch(/no notice period.*XVIII\.D/);
  });
});
