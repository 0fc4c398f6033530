// When a notified withdrawal takes effect, by each treaty's rule (seeds/facts treaties.json):
// the notice period, and the armed-conflict clauses (Ottawa art. 20(3), CCM art. 20(3),
// TPNW art. 17) under which a state at war stays bound until the conflict ends.
// A computed date is a schedule, not a fact: the report that a withdrawal took effect is
// still news, and a report with another date is a conflict with the schedule.
import type { TreatyRecord } from './facts';

export interface ArmedConflict {
  iso3: string;
  since: string;
  until: string | null;
}

export interface Schedule {
  notified: string;
  /** The earliest effective date the rule allows. */
  effective: string;
  rule: string;
  /** Set when the armed-conflict clause defers the effect beyond `effective`. */
  deferred?: string;
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Treaties whose withdrawal article suspends the effect during an armed conflict. */
export function hasArmedConflictClause(treaty: TreatyRecord): boolean {
  return /armed conflict/i.test(treaty.withdrawal_rule?.conditions ?? '') && !/no armed-conflict clause/i.test(treaty.withdrawal_rule?.conditions ?? '');
}

export function engagedOn(conflicts: ArmedConflict[], iso3: string, day: string): ArmedConflict | undefined {
  return conflicts.find((c) => c.iso3 === iso3 && c.since <= day && (c.until === null || c.until >= day));
}

/** The effective date a full-date notification leads to, or null when the rule gives none. */
export function scheduleWithdrawal(treaty: TreatyRecord, state: string, notified: string, conflicts: ArmedConflict[]): Schedule | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(notified)) return null;
  const rule = treaty.withdrawal_rule as (TreatyRecord['withdrawal_rule'] & { notice_days?: number | null }) | undefined;
  if (!rule) return null;
  const article = rule.article ? `art. ${rule.article}` : 'the withdrawal rule';
  let effective: string;
  let wording: string;
  if (treaty.id === 'istanbul-convention' && rule.notice_months) {
    // Art. 80: the first day of the month following three months after receipt.
    const after = addMonths(notified, rule.notice_months);
    effective = addMonths(`${after.slice(0, 7)}-01`, 1);
    wording = `${article}: first day of the month after ${rule.notice_months} months' notice`;
  } else if (rule.notice_months) {
    effective = addMonths(notified, rule.notice_months);
    wording = `${article}: ${rule.notice_months} months after notification`;
  } else if (rule.notice_days) {
    effective = addDays(notified, rule.notice_days);
    wording = `${article}: ${rule.notice_days} days after notification`;
  } else {
    return null;
  }
  const schedule: Schedule = { notified, effective, rule: wording };
  if (hasArmedConflictClause(treaty) && engagedOn(conflicts, state, effective)) {
    schedule.deferred = `${article}: not before the end of the armed conflict the state is engaged in`;
  }
  return schedule;
}
