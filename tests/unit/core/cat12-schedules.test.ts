// Withdrawal clauses of the instruments promoted into the catalogue in round 10 (seeds/facts/treaties.json,
// SOURCES.md part 8). Every clause is written by hand and marked unverified; these tests pin what the records say.
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { noScheduleReason } from '#core/schedule';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);
const treaty = (id: string) => facts.treaties.find((t) => t.id === id)!;

describe('withdrawal schedules of the round-10 promoted instruments', () => {
  it('one year after notice: the Ballast Water Convention (art. 19), UNCAC (art. 70)', () => {
    expect(scheduleFor('XXX', 'ballast-water-convention', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(scheduleFor('XXX', 'uncac', '2024-03-04')?.effective).toBe('2025-03-04');
    expect(treaty('ballast-water-convention').withdrawal_rule?.conditions).toMatch(/two years/);
  });

  it('one year after registration: the ILO Forced Labour Protocol (art. 7), its windows in conditions only', () => {
    expect(scheduleFor('XXX', 'ilo-forced-labour-protocol', '2031-07-01')?.effective).toBe('2032-07-01');
    expect(treaty('ilo-forced-labour-protocol').withdrawal_rule?.conditions).toMatch(/windows/);
  });

  it('90 days after notice: the International Coffee Agreement 2007 (art. 45)', () => {
    // A notice of 5 March 2018 takes effect on 3 June 2018.
    expect(scheduleFor('USA', 'international-coffee-agreement', '2018-03-05')?.effective).toBe('2018-06-03');
  });

  it('first day of the month after three months: the Second Additional Protocol on cybercrime (art. 18)', () => {
    expect(scheduleFor('XXX', 'cybercrime-second-protocol', '2024-03-04')?.effective).toBe('2024-07-01');
  });

  it('computes nothing where there is no clause, or no period on record', () => {
    for (const id of [
      'southeast-asia-amity-treaty',
      'bucharest-espoo-agreement',
      'liptako-gourma-charter',
      'opec-plus-charter',
      'irena-statute',
      'nile-basin-cfa',
      'black-sea-grain-initiative',
    ])
      expect(scheduleFor('XXX', id, '2024-01-10'), id).toBeNull();
    expect(noScheduleReason(treaty('black-sea-grain-initiative'), 'RUS')).toMatch(/no withdrawal clause/);
    expect(noScheduleReason(treaty('liptako-gourma-charter'), 'NER')).toMatch(/no notice period/);
  });
});
