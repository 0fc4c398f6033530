// Over 300 lines: the wording of the next legal step and of "Also on this treaty" share the clause readers above them.
// "What happens next" and "Also on this treaty": what an alert adds to the news, worded from
// the treaty's withdrawal clause (seeds/facts) and the timelines the store holds. Pure: the
// e-mail layer only renders these strings. The wording follows the schedule (schedule.ts):
// a computed date is a schedule, so it says "would", and an armed-conflict clause is stated
// as the clause states it.
import { actionRank, WITHDRAWAL_STAGES, type Action } from './model';
import type { TreatyRecord } from './facts';
import { engagedOn, hasArmedConflictClause, type ArmedConflict } from './schedule';
import type { Stage, Timeline } from './timeline';
import { actionLabel, formatDate } from './wording';

/** What follows a development under the treaty, as plain sentences. */
export interface NextStep {
  /** The next legal step, e.g. "Notice of withdrawal to the UN Secretary-General, the depositary." */
  step: string;
  /** When it would take effect under the clause, e.g. "It would take effect six months after …". */
  effect?: string;
  /** What holds for this state now, e.g. Ukraine is engaged in an armed conflict. */
  condition?: string;
  /** The effective date the record or the rule gives (YYYY-MM-DD), when there is one. */
  effectiveDate?: string;
}

/** One other state's latest step on the same treaty. */
export interface TreatyStepLine {
  state: string;
  stateName: string;
  action: Action;
  date: string;
  /** "Finland — withdrawal approved by parliament, 19 June 2025". */
  line: string;
}

export interface NextStepInput {
  state: string;
  stateName: string;
  treaty: TreatyRecord;
  timeline: Pick<Timeline, 'stages' | 'schedule'>;
  conflicts: ArmedConflict[];
  /** The day the e-mail speaks from (YYYY-MM-DD). */
  asOf: string;
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** "six months", "one year", "90 days". */
export function noticePeriod(rule: { notice_months?: number | null; notice_days?: number | null }): string | undefined {
  const months = rule.notice_months ?? undefined;
  if (months) {
    if (months % 12 === 0) return months === 12 ? 'one year' : `${NUMBER_WORDS[months / 12] ?? months / 12} years`;
    return `${NUMBER_WORDS[months] ?? months} month${months === 1 ? '' : 's'}`;
  }
  const days = rule.notice_days ?? undefined;
  return days ? `${days} days` : undefined;
}

/** Who receives the notice: "the UN Secretary-General", "the depositary, the …", "the other parties". */
export function noticeReceiver(treaty: Pick<TreatyRecord, 'depositary'>): string {
  const d = treaty.depositary?.trim();
  if (!d) return 'the other parties';
  if (/^Secretary[- ]General of the United Nations$/i.test(d)) return 'the UN Secretary-General';
  if (/^Secretary[- ]General of /i.test(d)) return `the ${d}`;
  return `the depositary, ${/^the\s/i.test(d) ? d : `the ${d}`}`;
}

/** The article of the armed-conflict paragraph: "art. 20(3)" when the rule names it, else the article. */
export function armedConflictArticle(treaty: TreatyRecord): string {
  const conditions = treaty.withdrawal_rule?.conditions ?? '';
  const named = /armed conflict[^()]*\((art\.\s*[\w.]+(?:\(\d+\))?)\)/i.exec(conditions);
  if (named) return named[1].replace(/\s+/g, ' ');
  return treaty.withdrawal_rule?.article ? `art. ${treaty.withdrawal_rule.article}` : 'the withdrawal clause';
}

type Rule = NonNullable<TreatyRecord['withdrawal_rule']>;

/**
 * No clause to word: the schedule's `effect_rule: 'none'`, a notice period that is only some
 * states' reservation (the WHO Constitution), or, in records without an effect rule, the words.
 */
function hasNoClause(rule: Rule | undefined, state?: string): boolean {
  if (!rule || rule.effect_rule === 'none') return true;
  if (state && rule.notice_applies_to && !rule.notice_applies_to.includes(state)) return true;
  if (rule.effect_rule) return false;
  if (/no withdrawal clause/i.test(rule.special_rule ?? '')) return true;
  return (
    !rule.notice_months &&
    !rule.notice_days &&
    !rule.special_rule &&
    /no (withdrawal|denunciation) clause/i.test(rule.conditions ?? '')
  );
}

/**
 * When the withdrawal would take effect under the schedule's rule (schedule.ts `effect_rule`),
 * after "would take effect": "six months after notice reaches …", "on 1 January after …".
 * Undefined when the rule needs a period the record does not give.
 */
function effectWhen(rule: Rule, period: string | undefined, from: string): string | undefined {
  switch (rule.effect_rule ?? 'notice-period') {
    case 'first-of-month-after-notice':
      return period && `on the first day of the month after ${period} have passed since ${from}`;
    case 'day-after-period':
      return period && `on the expiry of ${period} after ${from}`;
    case 'end-of-following-year':
      return `on 31 December of the year after the one in which ${from}`;
    case 'end-of-financial-year':
      return (
        `at the end of the financial year in which ${from}, if in its first nine months, ` +
        'else at the end of the next'
      );
    case 'start-of-next-year':
      return `on 1 January of the year after ${from}`;
    case 'end-of-june':
      return `on 30 June of a year, if ${from} by 1 January of that year (else of the next)`;
    case 'fixed-periods': {
      const years = rule.period_years ?? 5;
      const before = noticePeriod({ notice_months: rule.min_notice_months ?? null });
      return (
        `at the end of the running ${NUMBER_WORDS[years] ?? years}-year period` +
        `${before ? `, if ${from} at least ${before} before it ends (else of the next)` : ''}`
      );
    }
    case 'none':
      return undefined;
    default:
      return period && `${period} after ${from}`;
  }
}

/**
 * When a withdrawal would take effect, after "would take effect": "six months after notice
 * reaches the UN Secretary-General", "on 1 January of the year after …", with ", or on a later
 * date the notice names" where the clause allows one. Undefined when the rule gives no date
 * (for `state`, when given). The record's pages (record.ts) word their effect with it too.
 */
export function clauseTiming(treaty: TreatyRecord, state?: string): string | undefined {
  const rule = treaty.withdrawal_rule;
  if (!rule || hasNoClause(rule, state)) return undefined;
  const period = noticePeriod(rule);
  const receiver = noticeReceiver(treaty);
  const conditions = rule.conditions ?? '';
  // "after receipt": the period runs from the day the notice arrives; otherwise from the notice.
  const onReceipt =
    /receipt|received|delivery|reaches/i.test(conditions) ||
    /depositary/i.test(receiver) ||
    /Secretary/i.test(receiver);
  const from = onReceipt ? `notice reaches ${receiver}` : `notice to ${receiver}`;
  // Records without an effect rule: the Council of Europe wording, else a plain period.
  const when =
    !rule.effect_rule && /first day of the month following/i.test(conditions) && period
      ? effectWhen({ ...rule, effect_rule: 'first-of-month-after-notice' }, period, from)
      : effectWhen(rule, period, from);
  if (!when) return undefined;
  return /later date/i.test(conditions) ? `${when}, or on a later date the notice names` : when;
}

/**
 * "It would take effect six months after notice reaches the UN Secretary-General — not before
 * the end of an armed conflict the state is engaged in, art. 20(3)." Worded from the same
 * effect rule the schedule computes with (schedule.ts). Undefined when the rule gives no date
 * (for `state`, when given: a reservation's notice period applies to its states only).
 */
export function clauseEffect(treaty: TreatyRecord, state?: string): string | undefined {
  const rule = treaty.withdrawal_rule;
  if (!rule || hasNoClause(rule, state)) return undefined;
  const article = rule.article ? `art. ${rule.article}` : undefined;
  const when = clauseTiming(treaty, state);
  if (!when) {
    const special = rule.special_rule ?? undefined;
    if (!special) return undefined;
    return article
      ? `Under ${article}, the effect follows a rule of its own: ${special}.`
      : `Its own rule: ${special}.`;
  }
  const lead = article ? `Under ${article}, it` : 'It';
  let sentence = `${lead} would take effect ${when}`;
  if (hasArmedConflictClause(treaty)) {
    sentence += ` — not before the end of an armed conflict the state is engaged in, ${armedConflictArticle(treaty)}`;
  }
  return `${sentence}.`;
}

/** The stage that says where the state stands: the furthest withdrawal stage, else the latest join. */
function standing(stages: Stage[]): Stage | undefined {
  const withdrawal = stages
    .filter(
      (s) => WITHDRAWAL_STAGES.includes(s.action) || s.action === 'suspended' || s.action === 'ratification_revoked',
    )
    .sort((a, b) => actionRank(b.action) - actionRank(a.action) || String(b.date).localeCompare(String(a.date)))[0];
  const joined = stages
    .filter((s) => s.action === 'joined' || s.action === 'signed')
    .sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];
  // A state that joined again after its withdrawal took effect stands as a party.
  if (
    withdrawal &&
    joined?.date &&
    withdrawal.date &&
    withdrawal.action === 'withdrawal_effective' &&
    joined.date > withdrawal.date
  )
    return joined;
  return withdrawal ?? joined;
}

function conflictCondition(input: NextStepInput): string | undefined {
  if (!hasArmedConflictClause(input.treaty)) return undefined;
  const conflict = engagedOn(input.conflicts, input.state, input.asOf);
  if (!conflict) return undefined;
  return (
    `${input.stateName} is engaged in an armed conflict (since ${formatDate(conflict.since)}): while it lasts, ` +
    `the withdrawal would not take effect (${armedConflictArticle(input.treaty)}).`
  );
}

/** What happens next for this state × treaty, from the furthest stage the timeline holds. */
export function whatHappensNext(input: NextStepInput): NextStep {
  const { treaty, stateName, timeline } = input;
  const rule = treaty.withdrawal_rule as Rule | undefined;
  const receiver = noticeReceiver(treaty);
  const treatyName = treaty.aliases?.[0] ?? treaty.official_name;
  const noClause = hasNoClause(rule, input.state);
  const noClauseStep =
    `${treatyName} has no withdrawal clause: a withdrawal would rest on general treaty law, ` +
    'and no date follows from the treaty itself.';
  const stage = standing(timeline.stages);
  const action = stage?.action;

  if (!action || action === 'signed') {
    return { step: `Next step: ratification (or accession) by ${stateName}, deposited with ${receiver}.` };
  }
  if (action === 'joined') {
    return {
      step:
        `Next step: entry into force for ${stateName} under the treaty's entry-into-force clause; ` +
        'we hold no rule to date it.',
    };
  }
  if (action === 'withdrawal_effective') {
    const date = stage?.date ?? undefined;
    if (date && date.length === 10 && date > input.asOf) {
      return {
        step: `The withdrawal is reported to take effect on ${formatDate(date)}.`,
        effectiveDate: date,
        effect: clauseEffect(treaty, input.state),
      };
    }
    return {
      step: `The withdrawal took effect${date ? ` on ${formatDate(date)}` : ''}: nothing further is due under it.`,
    };
  }
  if (action === 'withdrawal_notified') {
    const schedule = timeline.schedule;
    if (schedule) {
      // A plain period reads as one; a special rule (first of the month, 31 December, …) as the schedule states it.
      const period = noticePeriod(rule ?? {});
      const plain = (rule?.effect_rule ?? 'notice-period') === 'notice-period' && period;
      const reached = `notice reached ${receiver} on ${formatDate(schedule.notified)}`;
      const when = plain ? `${period} after ${reached}` : `under ${schedule.rule}; ${reached}`;
      if (schedule.deferred) {
        return {
          step: 'Next: the withdrawal takes effect, unless the armed-conflict clause defers it.',
          effect:
            `The notice period ends on ${formatDate(schedule.effective)} (${when}) — ` +
            'not before the end of an armed conflict ' +
            `the state is engaged in, ${armedConflictArticle(treaty)}.`,
          condition: conflictCondition(input),
        };
      }
      return {
        step: 'Next: the withdrawal takes effect.',
        effect: `It would take effect on ${formatDate(schedule.effective)}, ${when}.`,
        effectiveDate: schedule.effective,
      };
    }
    return {
      step: 'Next: the withdrawal takes effect.',
      effect: noClause ? noClauseStep : clauseEffect(treaty, input.state),
    };
  }
  if (noClause) return { step: noClauseStep };
  const notice = `notice of withdrawal to ${receiver}`;
  const domestic =
    action === 'withdrawal_proposed' || action === 'withdrawal_decreed'
      ? ' (domestic steps, such as a vote in parliament, may come first)'
      : '';
  const step =
    action === 'suspended' || action === 'ratification_revoked'
      ? `A ${actionLabel(action)} is not a withdrawal under the treaty; that would take ${notice}.`
      : `Next legal step under the treaty: ${notice}${domestic}.`;
  return { step, effect: clauseEffect(treaty, input.state), condition: conflictCondition(input) };
}

function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

/** Is a partial date within [from, to] on its own precision? */
function within(date: string, from: string, to: string): boolean {
  return date >= from.slice(0, date.length) && date <= to.slice(0, date.length);
}

/**
 * Other states' latest step on the same treaty within the last `months` before `asOf`, one
 * line each, newest first. Signatures and joins count as steps too.
 */
export function recentTreatySteps(
  timelines: Pick<Timeline, 'state' | 'stages'>[],
  options: { exceptState: string; asOf: string; stateName(iso3: string): string; months?: number; limit?: number },
): TreatyStepLine[] {
  const from = monthsBefore(options.asOf, options.months ?? 12);
  const lines: TreatyStepLine[] = [];
  for (const t of timelines) {
    if (t.state === options.exceptState) continue;
    const recent = t.stages.filter(
      (s): s is Stage & { date: string } => typeof s.date === 'string' && within(s.date, from, options.asOf),
    );
    const latest = recent.sort(
      (a, b) => b.date.localeCompare(a.date) || actionRank(b.action) - actionRank(a.action),
    )[0];
    if (!latest) continue;
    const stateName = options.stateName(t.state);
    lines.push({
      state: t.state,
      stateName,
      action: latest.action,
      date: latest.date,
      line: `${stateName} — ${actionLabel(latest.action)}, ${formatDate(latest.date)}`,
    });
  }
  lines.sort((a, b) => b.date.localeCompare(a.date) || a.stateName.localeCompare(b.stateName));
  return lines.slice(0, options.limit ?? 12);
}
