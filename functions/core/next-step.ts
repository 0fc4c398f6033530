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

type Rule = NonNullable<TreatyRecord['withdrawal_rule']> & { notice_days?: number | null; special_rule?: string };

function hasNoClause(rule: Rule | undefined): boolean {
  if (!rule) return true;
  if (/no withdrawal clause/i.test(rule.special_rule ?? '')) return true;
  return (
    !rule.notice_months &&
    !rule.notice_days &&
    !rule.special_rule &&
    /no (withdrawal|denunciation) clause/i.test(rule.conditions ?? '')
  );
}

/**
 * "It would take effect six months after notice reaches the UN Secretary-General — not before
 * the end of an armed conflict the state is engaged in, art. 20(3)." Undefined when the rule
 * gives no period.
 */
export function clauseEffect(treaty: TreatyRecord): string | undefined {
  const rule = treaty.withdrawal_rule as Rule | undefined;
  if (!rule || hasNoClause(rule)) return undefined;
  const article = rule.article ? `art. ${rule.article}` : undefined;
  const period = noticePeriod(rule);
  const receiver = noticeReceiver(treaty);
  const conditions = rule.conditions ?? '';
  if (!period) {
    const special = rule.special_rule ?? undefined;
    if (!special) return undefined;
    return article
      ? `Under ${article}, the effect follows a rule of its own: ${special}.`
      : `Its own rule: ${special}.`;
  }
  // "after receipt": the period runs from the day the notice arrives; otherwise from the notice.
  const onReceipt =
    /receipt|received|delivery|reaches/i.test(conditions) ||
    /depositary/i.test(receiver) ||
    /Secretary/i.test(receiver);
  const from = onReceipt ? `notice reaches ${receiver}` : `notice to ${receiver}`;
  const lead = article ? `Under ${article}, it` : 'It';
  let sentence = /first day of the month following/i.test(conditions)
    ? `${lead} would take effect on the first day of the month after ${period} have passed since ${from}`
    : `${lead} would take effect ${period} after ${from}`;
  if (/later date/i.test(conditions)) sentence += ', or on a later date the notice names';
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
  const noClause = hasNoClause(rule);
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
        effect: clauseEffect(treaty),
      };
    }
    return {
      step: `The withdrawal took effect${date ? ` on ${formatDate(date)}` : ''}: nothing further is due under it.`,
    };
  }
  if (action === 'withdrawal_notified') {
    const schedule = timeline.schedule;
    if (schedule) {
      const period = noticePeriod(rule ?? {}) ?? 'the notice period';
      const when = `${period} after notice reached ${receiver} on ${formatDate(schedule.notified)}`;
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
    return { step: 'Next: the withdrawal takes effect.', effect: noClause ? noClauseStep : clauseEffect(treaty) };
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
  return { step, effect: clauseEffect(treaty), condition: conflictCondition(input) };
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
