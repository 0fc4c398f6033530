// Effective-date reminders: when the day a withdrawal takes effect arrives (the date reported,
// else the one computed from the treaty's clause), its followers are told once. Each timeline
// carries at most one reminder row, keyed by that date, written when the timeline changes, so
// the daily run finds the day's reminders by Query. A row is only a pointer: on the day, the
// timeline is read again and a withdrawal whose date has since moved reminds on its new date.
// A due reminder becomes an alert of kind "reminder" with an idempotent id, so the instant
// e-mail, the digests, the delivery ledger and the public feeds treat it like any alert.
import { pairKey } from './detection-plan';
import type { Names, ReminderPort } from './ports';
import type { AlertRecord, ReminderRow } from './records';
import type { SourceRef, Stage, Timeline } from './timeline';
import { formatDate } from './wording';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const latest = (stages: Stage[], action: Stage['action']) =>
  stages.filter((s) => s.action === action && s.date).sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];

/**
 * The day this timeline's withdrawal takes effect, as the record holds it now: a reported
 * date (a full date, not older than the notification), else the schedule computed from the
 * clause. None while an armed-conflict clause defers the effect, or with no full date.
 */
export function effectiveDateOf(
  timeline: Pick<Timeline, 'stages' | 'schedule'>,
): { date: string; basis: ReminderRow['basis'] } | undefined {
  const notified = latest(timeline.stages, 'withdrawal_notified');
  const reported = latest(timeline.stages, 'withdrawal_effective');
  if (reported?.date && FULL_DATE.test(reported.date) && (!notified?.date || reported.date >= notified.date)) {
    return { date: reported.date, basis: 'reported' };
  }
  const schedule = timeline.schedule;
  if (!schedule || schedule.deferred || !FULL_DATE.test(schedule.effective)) return undefined;
  if (notified?.date && notified.date !== schedule.notified) return undefined;
  return { date: schedule.effective, basis: 'computed' };
}

/** The reminder row a timeline calls for (none, or one). */
export function reminderRowsFor(timeline: Timeline): ReminderRow[] {
  const due = effectiveDateOf(timeline);
  return due ? [{ date: due.date, state: timeline.state, treaty: timeline.treaty, basis: due.basis }] : [];
}

/** Idempotent: one reminder per state × treaty × effective date. Hyphens keep it a valid SES tag. */
export const reminderAlertId = (state: string, treaty: string, date: string) => `reminder-${state}-${treaty}-${date}`;

/** Rows whose timeline still holds that date today (a moved date reminds on its new day). */
export function stillDue(
  rows: ReminderRow[],
  timelines: Map<string, Timeline>,
): { row: ReminderRow; timeline: Timeline }[] {
  const due: { row: ReminderRow; timeline: Timeline }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const timeline = timelines.get(pairKey(row.state, row.treaty));
    const now = timeline && effectiveDateOf(timeline);
    const id = reminderAlertId(row.state, row.treaty, row.date);
    if (!timeline || now?.date !== row.date || seen.has(id)) continue;
    seen.add(id);
    due.push({ row: { ...row, basis: now.basis }, timeline });
  }
  return due;
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** The alert a due reminder becomes: what the e-mails and feeds show. */
export function reminderAlert(timeline: Timeline, row: ReminderRow, names: Names, now: string): AlertRecord {
  const stateName = names.state(timeline.state);
  const treatyName = names.treaty(timeline.treaty);
  const the = /^the\s/i.test(treatyName) ? '' : 'the ';
  const notified = latest(timeline.stages, 'withdrawal_notified');
  const basisStage = row.basis === 'reported' ? latest(timeline.stages, 'withdrawal_effective') : notified;
  const sources: SourceRef[] = (basisStage?.sources ?? []).slice(0, 10);
  const notifiedOn = notified?.date ? ` (notified ${formatDate(notified.date)})` : '';
  const note =
    row.basis === 'reported'
      ? `The date reported for the withdrawal to take effect${notifiedOn}.`
      : `Computed from the treaty's clause (${timeline.schedule?.rule}), ` +
        `from the notification of ${formatDate(timeline.schedule?.notified ?? null)}.`;
  return {
    alertId: reminderAlertId(timeline.state, timeline.treaty, row.date),
    kind: 'reminder',
    state: timeline.state,
    stateName,
    treaty: timeline.treaty,
    treatyName,
    actions: ['withdrawal_effective'],
    date: row.date,
    // Not news: the record already held it. The kind, not the novelty, marks it a reminder.
    novelty: 'KNOWN',
    headline: `${possessive(stateName)} withdrawal from ${the}${treatyName} takes effect on ${formatDate(row.date)}`,
    evidence: '',
    effectiveNote: note,
    sources,
    conflicts: [],
    createdAt: now,
    articleId: 'reminder',
  };
}

/** Reminders due on `days`: rows by Query, checked against the timelines as they stand, created once. */
export async function remindersDue(
  days: string[],
  deps: {
    reminders: ReminderPort;
    timelines: { getMany(pairs: { state: string; treaty: string }[]): Promise<Map<string, Timeline>> };
    names: Names;
    clock: { now(): string };
  },
): Promise<AlertRecord[]> {
  const rows = await deps.reminders.forDays(days);
  if (rows.length === 0) return [];
  const timelines = await deps.timelines.getMany(rows.map((r) => ({ state: r.state, treaty: r.treaty })));
  const now = deps.clock.now();
  const alerts = stillDue(rows, timelines)
    .map(({ row, timeline }) => reminderAlert(timeline, row, deps.names, now))
    .sort((a, b) => String(a.date).localeCompare(String(b.date)) || a.stateName.localeCompare(b.stateName));
  await deps.reminders.createAlerts(alerts);
  return alerts;
}
