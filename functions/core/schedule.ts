// When a notified withdrawal takes effect, by each treaty's rule (seeds/facts treaties.json):
// the notice period, the special rules (withdrawal_rule.effect_rule: first of the month, end of
// the following or financial year, 1 January, 30 June, fixed periods; none without a clause), and the armed-conflict clauses (Ottawa art. 20(3), CCM art. 20(3),
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
  return (
    /armed conflict/i.test(treaty.withdrawal_rule?.conditions ?? '') &&
    !/no armed-conflict clause/i.test(treaty.withdrawal_rule?.conditions ?? '')
  );
}

export function engagedOn(conflicts: ArmedConflict[], iso3: string, day: string): ArmedConflict | undefined {
  return conflicts.find((c) => c.iso3 === iso3 && c.since <= day && (c.until === null || c.until >= day));
}

const lastDayOfYear = (year: number) => `${year}-12-31`;

/** Why no date is computed for this treaty (and state), or null when the rule gives one. */
export function noScheduleReason(treaty: TreatyRecord, state: string): string | null {
  const rule = treaty.withdrawal_rule;
  if (!rule) return 'no withdrawal rule on record';
  if (rule.effect_rule === 'none')
    return `no withdrawal clause${rule.conditions ? ` (${rule.conditions.split(/(?<=\.)\s/)[0]})` : ''}`;
  if (rule.notice_applies_to && !rule.notice_applies_to.includes(state)) {
    return `no withdrawal clause for this state (the notice period applies to ${rule.notice_applies_to.join(', ')} only)`;
  }
  const kind = rule.effect_rule ?? 'notice-period';
  if (kind === 'notice-period' || kind === 'first-of-month-after-notice' || kind === 'day-after-period') {
    if (!rule.notice_months && !rule.notice_days)
      return `no notice period on record (${rule.article ? `art. ${rule.article}` : 'rule'})`;
  }
  return null;
}

/** The effective date a full-date notification leads to, or null when the rule gives none. */
export function scheduleWithdrawal(
  treaty: TreatyRecord,
  state: string,
  notified: string,
  conflicts: ArmedConflict[],
): Schedule | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(notified)) return null;
  const rule = treaty.withdrawal_rule;
  if (!rule || noScheduleReason(treaty, state)) return null;
  const article = rule.article ? `art. ${rule.article}` : 'the withdrawal rule';
  const year = Number(notified.slice(0, 4));
  const period = rule.notice_months ? `${rule.notice_months} months` : `${rule.notice_days} days`;
  const afterPeriod = () =>
    rule.notice_months ? addMonths(notified, rule.notice_months) : addDays(notified, rule.notice_days!);
  let effective: string;
  let wording: string;
  switch (rule.effect_rule ?? 'notice-period') {
    case 'first-of-month-after-notice': {
      // Council of Europe conventions (Istanbul art. 80, Budapest art. 47): the first day of the month after the period.
      effective = addMonths(`${afterPeriod().slice(0, 7)}-01`, 1);
      wording = `${article}: first day of the month after ${period}' notice`;
      break;
    }
    case 'day-after-period':
      // "upon the expiry of one year after receipt" (ECT art. 47; ICSID art. 71 as its depositary counts): the next day.
      effective = addDays(afterPeriod(), 1);
      wording = `${article}: on the expiry of ${period} after receipt`;
      break;
    case 'end-of-following-year':
      // UNESCO art. II(6): 31 December of the year after the notice.
      effective = lastDayOfYear(year + 1);
      wording = `${article}: 31 December of the year after the notice`;
      break;
    case 'end-of-financial-year':
      // Council of Europe Statute art. 7: end of this financial (calendar) year if given in its first nine months, else of the next.
      effective = lastDayOfYear(Number(notified.slice(5, 7)) <= 9 ? year : year + 1);
      wording = `${article}: end of the financial year (notice in its first nine months), else of the next`;
      break;
    case 'start-of-next-year':
      // OPEC Statute art. 8: the beginning of the next calendar year after receipt.
      effective = `${year + 1}-01-01`;
      wording = `${article}: 1 January after the notice`;
      break;
    case 'end-of-june':
      // ICRW art. XI: 30 June of a year, for a notice given on or before 1 January of that year.
      effective = `${notified.slice(5) === '01-01' ? year : year + 1}-06-30`;
      wording = `${article}: 30 June, for notice given by 1 January`;
      break;
    case 'fixed-periods': {
      // Hague 1980 art. 44: five-year periods from entry into force; notice at least six months before a period ends.
      const start = rule.period_start!;
      const years = rule.period_years ?? 5;
      let end = start;
      while (end <= notified || addMonths(end, -(rule.min_notice_months ?? 0)) < notified)
        end = addMonths(end, years * 12);
      effective = end;
      wording = `${article}: end of the running ${years}-year period (notice ${rule.min_notice_months ?? 0} months before)`;
      break;
    }
    default:
      effective = afterPeriod();
      wording = `${article}: ${period} after notification`;
  }
  const schedule: Schedule = { notified, effective, rule: wording };
  if (hasArmedConflictClause(treaty) && engagedOn(conflicts, state, effective)) {
    schedule.deferred = `${article}: not before the end of the armed conflict the state is engaged in`;
  }
  return schedule;
}
