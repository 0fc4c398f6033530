import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import type { Claim } from '#core/model';
import { applyClaims } from '#core/novelty';
import { timelinesFromFacts } from '#core/timeline';
import { noScheduleReason, scheduleWithdrawal } from '#core/schedule';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);

describe('withdrawal schedules from each treaty rule', () => {
  it('adds the notice period to the notification date', () => {
    expect(scheduleFor('LTU', 'ottawa-convention', '2025-06-27')?.effective).toBe('2025-12-27'); // art. 20: six months
    expect(scheduleFor('FIN', 'ottawa-convention', '2025-07-10')?.effective).toBe('2026-01-10');
    expect(scheduleFor('HUN', 'rome-statute', '2025-06-02')?.effective).toBe('2026-06-02'); // art. 127: one year
    expect(scheduleFor('USA', 'paris-agreement', '2025-01-27')?.effective).toBe('2026-01-27');
    expect(scheduleFor('RUS', 'cfe-treaty', '2023-06-10')?.effective).toBe('2023-11-07'); // 150 days
  });

  it('takes the Istanbul Convention effect to the first day of the month after three months', () => {
    expect(scheduleFor('TUR', 'istanbul-convention', '2021-03-22')?.effective).toBe('2021-07-01');
  });

  it('defers an Ottawa withdrawal by a state at war (art. 20(3)), but not a Rome Statute one', () => {
    expect(scheduleFor('UKR', 'ottawa-convention', '2025-07-01')).toMatchObject({
      effective: '2026-01-01',
      deferred: expect.stringMatching(/armed conflict/),
    });
    expect(scheduleFor('UKR', 'rome-statute', '2025-07-01')?.deferred).toBeUndefined();
    expect(scheduleFor('LTU', 'ottawa-convention', '2025-06-27')?.deferred).toBeUndefined();
  });

  it('gives no schedule for a notification dated only to the month', () => {
    expect(scheduleFor('LTU', 'ottawa-convention', '2025-06')).toBeNull();
  });
});

describe('reports that a withdrawal took effect, against the schedule', () => {
  const lithuania = timelinesFromFacts(
    {
      participation: { 'ottawa-convention': facts.participation['ottawa-convention'].filter((r) => r.iso3 === 'LTU') },
    },
    '2025-12-01',
    '2025-12-01T00:00:00Z',
  )[0];
  const claim = (date: string): Claim => ({
    state: 'LTU',
    treaty: 'ottawa-convention',
    action: 'withdrawal_effective',
    date,
    role: 'primary',
    evidence: 'The withdrawal took effect.',
  });
  const ctx = { now: '2025-12-28T09:00:00Z', published: '2025-12-28', scheduleFor };

  it('a report on the scheduled day is still news: an ADVANCE with an alert', () => {
    const out = applyClaims(lithuania, [claim('2025-12-27')], { articleId: 'a', label: 'a' }, ctx);
    expect(out.decisions[0]).toMatchObject({ novelty: 'ADVANCE', alert: true });
    expect(out.timeline.schedule?.effective).toBe('2025-12-27');
  });

  it('a report with another date is a CONFLICT with the schedule', () => {
    const out = applyClaims(
      lithuania,
      [claim('2025-12-20')],
      { articleId: 'b', label: 'b' },
      { ...ctx, published: '2025-12-20' },
    );
    expect(out.decisions[0].novelty).toBe('CONFLICT');
    expect(out.timeline.conflicts[0]).toMatchObject({
      claimed: '2025-12-20',
      record: '2025-12-27',
      recordOrigin: 'schedule',
    });
  });
});

describe('special withdrawal rules', () => {
  const treaty = (id: string) => facts.treaties.find((t) => t.id === id)!;

  it('ICSID: six months after the depositary (the World Bank) receives the notice, effective on their expiry', () => {
    // ICSID: effective 25 Aug 2024
    expect(scheduleFor('HND', 'icsid-convention', '2024-02-24')?.effective).toBe('2024-08-25');
    expect(scheduleFor('VEN', 'icsid-convention', '2012-01-24')?.effective).toBe('2012-07-25');
  });

  it('the Energy Charter Treaty: on the expiry of one year after receipt', () => {
    expect(scheduleFor('GBR', 'energy-charter-treaty', '2024-04-26')?.effective).toBe('2025-04-27');
  });

  it(
    'the Council of Europe Statute: the end of the financial year, or of the next one for a notice after ' +
      'September',
    () => {
      expect(scheduleFor('XXX', 'council-of-europe-statute', '2022-03-15')?.effective).toBe('2022-12-31');
      expect(scheduleFor('XXX', 'council-of-europe-statute', '2022-09-30')?.effective).toBe('2022-12-31');
      expect(scheduleFor('XXX', 'council-of-europe-statute', '2022-10-01')?.effective).toBe('2023-12-31');
    },
  );

  it('UNESCO: 31 December of the year after the notice', () => {
    expect(scheduleFor('USA', 'unesco-constitution', '2025-07-22')?.effective).toBe('2026-12-31');
    expect(scheduleFor('NIC', 'unesco-constitution', '2025-01-02')?.effective).toBe('2026-12-31');
  });

  it('OPEC: 1 January after the notice; the whaling convention: 30 June, for notice by 1 January', () => {
    expect(scheduleFor('QAT', 'opec-statute', '2018-12-03')?.effective).toBe('2019-01-01');
    expect(scheduleFor('GRC', 'icrw', '2012-12-19')?.effective).toBe('2013-06-30');
    expect(scheduleFor('JPN', 'icrw', '2019-01-01')?.effective).toBe('2019-06-30');
  });

  it('Council of Europe conventions: the first day of the month after the notice period', () => {
    expect(scheduleFor('BLR', 'bern-convention', '2023-09-05')?.effective).toBe('2024-04-01'); // record: 1 Apr 2024
    expect(scheduleFor('XXX', 'budapest-convention', '2025-01-15')?.effective).toBe('2025-05-01');
  });

  it('the Hague Child Abduction Convention: the end of the running five-year period, with six months notice', () => {
    expect(scheduleFor('XXX', 'hague-child-abduction-convention', '2025-03-01')?.effective).toBe('2028-12-01');
    expect(scheduleFor('XXX', 'hague-child-abduction-convention', '2028-07-01')?.effective).toBe('2033-12-01');
  });

  it('no withdrawal clause: nothing is computed, and the reason is said', () => {
    expect(scheduleFor('PRK', 'iccpr', '1997-08-23')).toBeNull();
    expect(noScheduleReason(treaty('iccpr'), 'PRK')).toMatch(/no withdrawal clause/);
    expect(noScheduleReason(treaty('kampala-amendments'), 'LIE')).toMatch(/no withdrawal clause/);
    // The WHO Constitution's one-year notice is a US reservation, not a clause for all.
    expect(scheduleFor('USA', 'who-constitution', '2025-01-22')?.effective).toBe('2026-01-22');
    expect(scheduleWithdrawal(treaty('who-constitution'), 'ARG', '2025-03-17', [])).toBeNull();
    expect(noScheduleReason(treaty('who-constitution'), 'ARG')).toMatch(/USA only/);
  });

  it('computes the effective date the record holds for 43 of its 47 notified withdrawals', () => {
    const mismatches: string[] = [];
    for (const t of facts.treaties)
      for (const r of facts.participation[t.id] ?? []) {
        if (!r.withdrawal_notified || !r.withdrawal_effective || !r.iso3) continue;
        if (scheduleWithdrawal(t, r.iso3, r.withdrawal_notified, [])?.effective !== r.withdrawal_effective)
          mismatches.push(`${t.id} ${r.iso3}`);
      }
    // Argentina/WHO (no clause), Russia/CoE (expelled first), UK/TEU (extended), Venezuela/OAS (sources differ by a
    // day).
    expect(mismatches.sort()).toEqual([
      'council-of-europe-statute RUS',
      'oas-charter VEN',
      'treaty-on-european-union GBR',
      'who-constitution ARG',
    ]);
  });
});
