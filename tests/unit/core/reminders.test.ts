// Which day a withdrawal takes effect, as the record holds it, and which reminder rows are still due.
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { effectiveDateOf, reminderAlert, reminderRowsFor, stillDue } from '#core/reminders';
import type { Stage, Timeline } from '#core/timeline';

const facts = loadFactBase();
const schedule = schedulerFrom(facts.treaties, referenceConflicts);
const stage = (action: Stage['action'], date: string): Stage => ({
  action,
  date,
  origin: 'news',
  sources: [],
  firstSeen: `${date}T00:00:00Z`,
  novelty: 'NEW',
});
const timeline = (state: string, stages: Stage[], notified?: string): Timeline => ({
  state,
  treaty: 'ottawa-convention',
  stages,
  conflicts: [],
  alerts: [],
  version: 1,
  ...(notified ? { schedule: schedule(state, 'ottawa-convention', notified)! } : {}),
});
const names = {
  state: (s: string) => ({ LTU: 'Lithuania', UKR: 'Ukraine' })[s] ?? s,
  treaty: () => 'Ottawa Convention',
};

describe('effective-date reminders', () => {
  it('computes the date from the clause for a notified withdrawal', () => {
    const lithuania = timeline('LTU', [stage('withdrawal_notified', '2025-06-27')], '2025-06-27');
    expect(effectiveDateOf(lithuania)).toEqual({ date: '2025-12-27', basis: 'computed' });
    expect(reminderRowsFor(lithuania)).toEqual([
      { date: '2025-12-27', state: 'LTU', treaty: 'ottawa-convention', basis: 'computed' },
    ]);
  });

  it('prefers a reported date, and has none while the armed-conflict clause defers the effect', () => {
    expect(
      effectiveDateOf(
        timeline(
          'LTU',
          [stage('withdrawal_notified', '2025-06-27'), stage('withdrawal_effective', '2025-12-28')],
          '2025-06-27',
        ),
      ),
    ).toEqual({ date: '2025-12-28', basis: 'reported' });
    expect(
      effectiveDateOf(timeline('UKR', [stage('withdrawal_notified', '2025-07-01')], '2025-07-01')),
    ).toBeUndefined();
    expect(effectiveDateOf(timeline('LTU', [stage('withdrawal_decreed', '2025-06-01')]))).toBeUndefined();
  });

  it('a row whose date has moved is no longer due; the row for the new date is', () => {
    const moved = timeline(
      'LTU',
      [stage('withdrawal_notified', '2025-06-27'), stage('withdrawal_effective', '2025-12-29')],
      '2025-06-27',
    );
    const rows = [
      { date: '2025-12-27', state: 'LTU', treaty: 'ottawa-convention', basis: 'computed' as const },
      { date: '2025-12-29', state: 'LTU', treaty: 'ottawa-convention', basis: 'reported' as const },
    ];
    const timelines = new Map([['LTU#ottawa-convention', moved]]);
    expect(stillDue([rows[0]], timelines)).toEqual([]);
    expect(stillDue([rows[1], rows[1]], timelines).map((d) => d.row.date)).toEqual(['2025-12-29']);
  });

  it('becomes an alert of kind "reminder" with an idempotent id', () => {
    const lithuania = timeline('LTU', [stage('withdrawal_notified', '2025-06-27')], '2025-06-27');
    const alert = reminderAlert(lithuania, reminderRowsFor(lithuania)[0], names, '2025-12-27T07:00:00Z');
    expect(alert).toMatchObject({
      alertId: 'reminder-LTU-ottawa-convention-2025-12-27',
      kind: 'reminder',
      actions: ['withdrawal_effective'],
      date: '2025-12-27',
      headline: "Lithuania's withdrawal from the Ottawa Convention takes effect on 27 December 2025",
    });
  });
});
