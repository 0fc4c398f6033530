// Withdrawal clauses of the instruments promoted into the catalogue in round 6 (seeds/facts/treaties.json).
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { noScheduleReason } from '#core/schedule';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);
const treaty = (id: string) => facts.treaties.find((t) => t.id === id)!;

describe('withdrawal schedules of the promoted instruments', () => {
  it('six months after notice: the ABM Treaty (art. XV), RCEP (art. 20.7), the TPP (art. 30.6), UNASUR (art. 24)', () => {
    // The United States gave notice on 13 Dec 2001; the ABM Treaty ended for it on 13 Jun 2002.
    expect(scheduleFor('USA', 'abm-treaty', '2001-12-13')?.effective).toBe('2002-06-13');
    expect(scheduleFor('XXX', 'rcep', '2025-03-10')?.effective).toBe('2025-09-10');
    expect(scheduleFor('XXX', 'tpp', '2016-06-01')?.effective).toBe('2016-12-01');
    expect(scheduleFor('COL', 'unasur-treaty', '2018-08-27')?.effective).toBe('2019-02-27');
  });

  it('twelve months after notice: Nagoya (art. 35), CIS Charter (art. 9), EAC (art. 145), SADC (art. 24), EAEU (art. 118), 1961 statelessness (art. 17)', () => {
    expect(scheduleFor('XXX', 'nagoya-protocol', '2024-02-01')?.effective).toBe('2025-02-01');
    expect(scheduleFor('MDA', 'cis-charter', '2025-05-20')?.effective).toBe('2026-05-20');
    expect(scheduleFor('XXX', 'eac-treaty', '2024-07-01')?.effective).toBe('2025-07-01');
    expect(scheduleFor('SYC', 'sadc-treaty', '2003-07-01')?.effective).toBe('2004-07-01');
    expect(scheduleFor('ARM', 'eaeu-treaty', '2025-04-01')?.effective).toBe('2026-04-01');
    expect(scheduleFor('XXX', 'statelessness-convention-1961', '2024-09-30')?.effective).toBe('2025-09-30');
  });

  it('UNIDO (art. 6): the last day of the fiscal year after the year of the notice', () => {
    expect(scheduleFor('GBR', 'unido-constitution', '2011-12-07')?.effective).toBe('2012-12-31');
    expect(scheduleFor('USA', 'unido-constitution', '1995-12-04')?.effective).toBe('1996-12-31');
  });

  it('the Indus Waters Treaty has no withdrawal clause; unchecked clauses compute nothing', () => {
    expect(scheduleFor('IND', 'indus-waters-treaty', '2025-04-23')).toBeNull();
    expect(noScheduleReason(treaty('indus-waters-treaty'), 'IND')).toMatch(/no withdrawal clause/);
    for (const id of ['caspian-convention', 'pacific-islands-forum-agreement', 'igad-agreement'])
      expect(scheduleFor('XXX', id, '2024-01-10'), id).toBeNull();
  });
});
