// Over 300 lines: the DESIGN.md §2 novelty table is one decision; classify, apply and group read best side by side.
// Novelty: what one article's claims mean against a stored timeline (DESIGN.md §2 table).
// Primary course: 1. classify each claim against the timeline as it stood before the article,
// 2. apply the claims (new stages, extra sources, conflicts), 3. group the alerting ones into
// one alert per state × treaty, folding same-day neighbours into an alert already raised.
import { createHash } from 'node:crypto';
import { actionRank, WITHDRAWAL_STAGES, type Action, type Claim, type Novelty, type PartialDate } from './model';
import type { AlertRef, Conflict, SourceRef, Stage, Timeline } from './timeline';
import type { Schedule } from './schedule';
import { plainClone } from './plain-data';

export interface ClaimDecision {
  claim: Claim;
  novelty: Novelty;
  /** True when this claim earns an instant alert. */
  alert: boolean;
  /** True when a development the store lacked was stored quietly (old or background). */
  backfill: boolean;
  reason: string;
}

export interface AlertDraft extends AlertRef {
  state: string;
  treaty: string;
  /** True when the actions were folded into an alert raised earlier: nothing new to send. */
  folded: boolean;
}

export interface PairOutcome {
  timeline: Timeline;
  decisions: ClaimDecision[];
  alert?: AlertDraft;
  changed: boolean;
}

export interface NoveltyContext {
  now: string;
  /** The article's publication day (or inferred), the anchor of freshness. */
  published: PartialDate;
  /** A primary claim dated more than this many days before publication is old news. */
  freshnessDays?: number;
  /** Alerts raised within this many days, for a stage dated within a day, absorb neighbours. */
  foldWindowDays?: number;
  /** The treaty rule's effective date for a notification (core/schedule.ts), if known. */
  scheduleFor?: (state: string, treaty: string, notified: string) => Schedule | null;
}

const DAY_MS = 86_400_000;
/** A second proposal within this many days of an alerted one belongs to the same process. */
const REPEAT_WINDOW_DAYS = 120;
const FINISHED = new Set<Action>(['withdrawal_notified', 'withdrawal_effective']);
const PROCESS_ACTIONS = new Set<Action>([...WITHDRAWAL_STAGES, 'suspended', 'ratification_revoked']);
/** Dates of these stages are reported a day apart across time zones (corpus README, Baltic notices). */
const ONE_DAY_TOLERANT = new Set<Action>(['withdrawal_notified', 'withdrawal_effective', 'withdrawal_approved']);
/** Domestic ratification precedes the deposit the record holds by months; allow that much. */
const JOIN_LEAD_DAYS = 430;
/** An exit reported this long after the day a stored notice scheduled belongs to another withdrawal. */
const LATER_PROCESS_DAYS = 366;
/** Entry into force follows the deposit by up to six months (Ottawa art. 17). */
const JOIN_LAG_DAYS = 200;

/** A process can hold several proposals (cabinet decision, bill, referral, recommendation). */
const REPEATABLE = new Set<Action>(['withdrawal_proposed']);
/** A parliament votes more than once: readings, chambers. Named stages are separate votes. */
const VOTE_STAGE =
  /\b(preliminary|first|second|third|final|initial)\s+(vote|reading|ballot)|\b(upper|lower)\s+(house|chamber)|\bsenate\b|\bcommittee\b/i;

/**
 * Is a claim with another date a separate occurrence of its action rather than a contradiction?
 * Repeatable stages are; a named vote stage is; and a state can join again after a withdrawal
 * took effect (the record keeps the latest consent; an article may recall the first).
 */
function anotherOccurrence(claim: Claim, held: Stage[], timeline: Timeline, articleClaims: Claim[]): boolean {
  if (REPEATABLE.has(claim.action)) return true;
  if (claim.action === 'withdrawal_approved') return VOTE_STAGE.test(claim.evidence);
  if (claim.action !== 'joined' || !claim.date) return false;
  const exits = [
    ...timeline.stages.filter((s) => s.action === 'withdrawal_effective').map((s) => s.date),
    ...articleClaims.filter((c) => c.action === 'withdrawal_effective').map((c) => c.date),
  ].filter((d): d is string => Boolean(d));
  return held.some((h) => h.date && exits.some((exit) => between(exit, claim.date!, h.date!)));
}

/** Is `x` strictly between two partial dates (in either order)? */
function between(x: string, a: string, b: string): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return x.slice(0, lo.length) > lo && x.slice(0, hi.length) < hi;
}

const MAX_EVIDENCE_CHARS = 400;
const MAX_SOURCES_PER_STAGE = 60;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Last and first day a partial date can mean. */
function bounds(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (d) {
    const t = Date.UTC(y, m - 1, d);
    return [t, t];
  }
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/** Days between the nearest ends of two partial dates (0 when they overlap). */
export function gapDays(a: string, b: string): number {
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  if (a1 < b0) return (b0 - a1) / DAY_MS;
  if (b1 < a0) return (a0 - b1) / DAY_MS;
  return 0;
}

/** Do a claimed date and a held date describe the same event, given the action's tolerance? */
export function datesCompatible(action: Action, claimed: PartialDate, held: PartialDate): boolean {
  if (!claimed || !held) return true;
  const n = Math.min(claimed.length, held.length);
  if (claimed.slice(0, n) === held.slice(0, n)) return true;
  if (ONE_DAY_TOLERANT.has(action) && gapDays(claimed, held) <= 1) return true;
  if (action === 'joined') {
    // The record holds the deposit; a text may give the domestic vote (months before) or the
    // entry into force for that state (up to six months after, under the Ottawa Convention).
    // A stage learnt from the news is any of those steps of the same consent ("the Rada ratified on
    // 20 June" stored, then "ratified in July" for the deposit): the same window holds.
    const [claimedStart, claimedEnd] = bounds(claimed);
    const [heldStart, heldEnd] = bounds(held);
    if (claimedEnd <= heldStart) return (heldStart - claimedEnd) / DAY_MS <= JOIN_LEAD_DAYS;
    return (claimedStart - heldEnd) / DAY_MS <= JOIN_LAG_DAYS;
  }
  return false;
}

function isFresh(claim: Claim, ctx: NoveltyContext): boolean {
  if (claim.role !== 'primary') return false;
  if (!claim.date || !ctx.published) return true;
  return gapDays(claim.date, ctx.published) <= (ctx.freshnessDays ?? 45);
}

/** The more precise of two compatible dates. */
function preciser(a: PartialDate, b: PartialDate): PartialDate {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

function byRoleThenRank(a: Claim, b: Claim): number {
  if (a.role !== b.role) return a.role === 'primary' ? -1 : 1;
  return actionRank(a.action) - actionRank(b.action);
}

/** Deterministic alert id: the same development always gets the same id. */
export function alertIdFor(state: string, treaty: string, date: PartialDate, actions: Action[]): string {
  const basis = [state, treaty, date ?? 'undated', ...actions].join('|');
  return `${state}-${treaty}-${createHash('sha256').update(basis).digest('hex').slice(0, 12)}`;
}

/**
 * Applies one article's claims about one state × treaty to its timeline.
 * `source` describes the article; each claim adds its own role and evidence.
 */
export function applyClaims(
  before: Timeline,
  claims: Claim[],
  source: Omit<SourceRef, 'role' | 'evidence'>,
  ctx: NoveltyContext,
): PairOutcome {
  const timeline: Timeline = plainClone(before);
  const noticed = ctx.scheduleFor ? latestNotice(timeline)?.date : undefined;
  if (ctx.scheduleFor) timeline.schedule = scheduleOf(timeline, ctx.scheduleFor) ?? timeline.schedule;
  // Set by every write below that grows the timeline (a source, a mirror, a conflict, a stage: nothing is ever
  // removed), so it is exactly whether the timeline's JSON changed, without comparing the whole of it.
  let touched = false;
  const decisions: ClaimDecision[] = [];
  // The furthest stage of a leaving process the store holds; only a later one is an ADVANCE.
  const furthest = Math.max(
    -1,
    ...before.stages.filter((s) => PROCESS_ACTIONS.has(s.action)).map((s) => actionRank(s.action)),
  );
  const newOrAdvance = (action: Action): Novelty =>
    furthest >= 0 && PROCESS_ACTIONS.has(action) && actionRank(action) > furthest ? 'ADVANCE' : 'NEW';

  for (const claim of [...claims].sort(byRoleThenRank)) {
    // "Hungary quits the ICC" over a story of the government's decision to leave: an undated exit reported in the
    // same article as the proposal that starts it is the headline's word for that proposal (a withdrawal takes
    // effect after its notice, never on the day it is proposed). Neither stored nor alerted.
    if (claim.action === 'withdrawal_effective' && startsHere(claim, claims)) {
      decisions.push({
        claim,
        novelty: 'KNOWN',
        alert: false,
        backfill: false,
        reason: 'an exit reported with its own proposal: the announcement, not the effect',
      });
      continue;
    }
    const ref: SourceRef = { ...source, role: claim.role, evidence: clip(claim.evidence, MAX_EVIDENCE_CHARS) };
    const held = timeline.stages.filter((s) => s.action === claim.action);
    const match = held.find((s) => datesCompatible(claim.action, claim.date, s.date));
    const decide = (novelty: Novelty, reason: string, alert = false, backfill = false) =>
      decisions.push({ claim, novelty, alert, backfill, reason });
    // One conflict per article and action: a claim that contradicts what the timeline holds (or its schedule).
    const conflict = (record: PartialDate, recordOrigin: Conflict['recordOrigin'], reason: string) => {
      if (!timeline.conflicts.some((c) => c.source.articleId === source.articleId && c.action === claim.action)) {
        timeline.conflicts.push({
          action: claim.action,
          claimed: claim.date,
          record,
          recordOrigin,
          source: ref,
          detectedAt: ctx.now,
        });
        touched = true;
      }
      decide('CONFLICT', reason);
    };

    if (match) {
      const original = source.mirrorOf ? match.sources.find((s) => s.articleId === source.mirrorOf) : undefined;
      if (match.sources.some((s) => s.articleId === source.articleId || s.mirrors?.includes(source.articleId))) {
        decide('KNOWN', 'this article already counted for this stage');
      } else if (original) {
        // A syndicated copy of a story already counted: one source with a mirror, not a new source.
        original.mirrors = [...(original.mirrors ?? []), source.articleId];
        touched = true;
        decide('KNOWN', `syndicated copy of ${original.label}`);
      } else if (match.origin === 'record') {
        decide('KNOWN', `on the record (${match.date ?? 'undated'})`);
      } else if (
        claim.role === 'primary' &&
        match.backfill &&
        !match.alertId &&
        isFresh({ ...claim, date: preciser(match.date, claim.date) }, ctx)
      ) {
        // A stage first stored quietly as a side mention ("Angola is leaving OPEC, after a quota row this year"
        // read as background) and now the news of a report of its own: the first primary report alerts.
        match.sources.push(ref);
        touched = true;
        match.date = preciser(match.date, claim.date);
        delete match.backfill;
        decisions.push({
          claim: { ...claim, date: match.date },
          novelty: newOrAdvance(claim.action),
          alert: true,
          backfill: false,
          reason: 'first primary report of a stage stored quietly',
        });
      } else {
        // A stage keeps its first sources in full and counts the rest (items stay far below 400 KB).
        if (match.sources.length < MAX_SOURCES_PER_STAGE) match.sources.push(ref);
        else match.moreSources = (match.moreSources ?? 0) + 1;
        touched = true;
        match.date = preciser(match.date, claim.date);
        // A later report can pin the date of an alert raised on a vaguer one.
        const raised = timeline.alerts.find((a) => a.alertId === match.alertId);
        if (
          raised &&
          match.date &&
          claim.date &&
          (!raised.date ||
            raised.dateFromArticle ||
            (raised.date.length < match.date.length && match.date.startsWith(raised.date)))
        ) {
          raised.date = match.date;
          delete raised.dateFromArticle;
        }
        decide(claim.role === 'primary' ? 'CORROBORATION' : 'KNOWN', `held since ${match.firstSeen.slice(0, 10)}`);
      }
      continue;
    }
    const scheduleClash =
      claim.action === 'withdrawal_effective' && held.length === 0
        ? againstSchedule(claim, timeline.schedule)
        : undefined;
    if (scheduleClash) {
      conflict(scheduleClash, 'schedule', `the treaty's rule schedules the effect for ${scheduleClash}`);
      continue;
    }
    if (held.length > 0 && !anotherOccurrence(claim, held, timeline, claims)) {
      const record = held[0];
      conflict(record.date, record.origin, `store holds ${claim.action} on ${record.date} (${record.origin})`);
      continue;
    }
    // An earlier stage of a withdrawal the store already holds further along (notified, effective) is history:
    // stored quietly, never alerted ("Estonia's cabinet proposed leaving" after Estonia's notice is on the record).
    const later = historyOf(claim, timeline, ctx.published);
    if (later) {
      timeline.stages.push(newsStage(claim, ref, ctx.now, 'KNOWN', true));
      touched = true;
      decide(
        'KNOWN',
        `an earlier stage of a withdrawal already at ${later.action} (${later.date ?? 'undated'})`,
        false,
        true,
      );
      continue;
    }
    const novelty = newOrAdvance(claim.action);
    // A further proposal in a process whose proposal was alerted weeks ago (the cabinet's decision, then the bill;
    // or the same announcement dated by a later statement) is stored, not alerted again: one alert per stage.
    const repeated =
      claim.action === 'withdrawal_proposed'
        ? held.find((h) => {
            const a = h.date ?? ctx.published,
              b = claim.date ?? ctx.published;
            return !!h.alertId && h.origin === 'news' && (!a || !b || gapDays(a, b) <= REPEAT_WINDOW_DAYS);
          })
        : undefined;
    const alert = isFresh(claim, ctx) && !repeated;
    timeline.stages.push({
      ...newsStage(claim, ref, ctx.now, novelty, !alert || undefined),
      // The repeat belongs to the alert already raised: a later report of it corroborates, and is not promoted
      // to an alert of its own as a stage first stored as a side mention would be.
      ...(repeated ? { alertId: repeated.alertId } : {}),
    });
    touched = true;
    decide(novelty, alert ? 'fresh primary report' : 'old or background fact, stored quietly', alert, !alert);
  }

  // The schedule follows the latest full-date notice: the same notice gives the same schedule, set above.
  if (ctx.scheduleFor && latestNotice(timeline)?.date !== noticed)
    timeline.schedule = scheduleOf(timeline, ctx.scheduleFor) ?? timeline.schedule;
  // (raiseAlert writes only when a claim alerted, and an alerting claim has added a stage or a source.)
  const alert = raiseAlert(timeline, decisions, ctx);
  // A schedule computed for the first time is derived data, not a change worth a write.
  const changed = touched;
  return { timeline, decisions, alert, changed };
}

/** A stage first learnt from this article's claim. */
function newsStage(claim: Claim, ref: SourceRef, now: string, novelty: Novelty, backfill: true | undefined): Stage {
  return { action: claim.action, date: claim.date, origin: 'news', sources: [ref], firstSeen: now, novelty, backfill };
}

/**
 * Does the article report the start of this withdrawal (a primary proposal) beside an undated exit, with no notice?
 * A dated exit ("has become effective today, 29 January") is the text's own statement and stands.
 */
function startsHere(claim: Claim, claims: Claim[]): boolean {
  return (
    claim.date === null &&
    claims.some((c) => c.action === 'withdrawal_proposed' && c.role === 'primary') &&
    !claims.some((c) => c.action === 'withdrawal_notified')
  );
}

/**
 * The stage that makes a claim history: a later stage of the same withdrawal (no joining since), dated on or after
 * the claim (an undated claim is dated from its article: it happened on or before the publication day).
 */
function historyOf(claim: Claim, timeline: Timeline, published: PartialDate): Stage | undefined {
  if (!WITHDRAWAL_STAGES.includes(claim.action)) return undefined;
  const when = claim.date ?? published;
  const rejoined = timeline.stages.filter((s) => s.action === 'joined' && s.date).map((s) => s.date!);
  return timeline.stages.find((s) => {
    if (!WITHDRAWAL_STAGES.includes(s.action) || actionRank(s.action) <= actionRank(claim.action)) return false;
    const at = s.date ?? when; // an undated stage: the claim's own time stands in
    // A stage dated after the article was learnt from a misdated text or a forecast: the store cannot yet know
    // that the process went past what this article reports.
    if (s.date && published && gapDays(s.date, published) > 1 && s.date > published) return false;
    if (at && rejoined.some((j) => j > at)) return false;
    // A finished step (notice deposited, exit effective) closes everything before it; other stages close only
    // what happened days before them (a same-day proposal and decree are one development: they fold).
    // An undated early stage read after the process finished is a retelling of it (a new process would follow a
    // rejoining, checked above, and be reported with its date).
    if (FINISHED.has(s.action))
      return !claim.date || !s.date || claim.date.slice(0, s.date.length) <= s.date.slice(0, claim.date.length);
    return !!claim.date && !!s.date && claim.date < s.date && gapDays(claim.date, s.date) > 1;
  });
}

/** The schedule of the latest full-date notification on the timeline. */
function scheduleOf(timeline: Timeline, scheduleFor: NonNullable<NoveltyContext['scheduleFor']>): Schedule | undefined {
  const notified = latestNotice(timeline);
  return (notified && scheduleFor(timeline.state, timeline.treaty, notified.date!)) || undefined;
}

/** The latest full-date notification on the timeline. */
function latestNotice(timeline: Timeline): Stage | undefined {
  return timeline.stages
    .filter((s) => s.action === 'withdrawal_notified' && s.date && s.date.length === 10)
    .sort((a, b) => (a.date! < b.date! ? 1 : -1))[0];
}

/** A report that a withdrawal took effect on a date the rule does not allow: the scheduled date, else undefined. */
function againstSchedule(claim: Claim, schedule: Schedule | undefined): string | undefined {
  if (!schedule || !claim.date) return undefined;
  // Years after the scheduled day: another withdrawal (the first was revoked, or the state rejoined unseen), not
  // this notice's effect.
  if (claim.date > schedule.effective && gapDays(claim.date, schedule.effective) > LATER_PROCESS_DAYS) return undefined;
  if (schedule.deferred) return `${schedule.effective} at the earliest, deferred: ${schedule.deferred}`;
  return gapDays(claim.date, schedule.effective) > 1 ? schedule.effective : undefined;
}

/** One alert per state × treaty per article; same-day neighbours fold into a recent alert. */
function raiseAlert(timeline: Timeline, decisions: ClaimDecision[], ctx: NoveltyContext): AlertDraft | undefined {
  const alerting = decisions.filter((d) => d.alert);
  if (alerting.length === 0) return undefined;
  const actions = [...new Set(alerting.map((d) => d.claim.action))].sort((a, b) => actionRank(a) - actionRank(b));
  const dated = alerting
    .filter((d) => d.claim.date)
    .sort((a, b) => actionRank(b.claim.action) - actionRank(a.claim.action));
  // An undated report is dated from its article (the publication day, or its lower bound), never from the clock.
  const date = dated[0]?.claim.date ?? ctx.published ?? null;
  const novelty: Novelty = alerting.some((d) => d.novelty === 'ADVANCE') ? 'ADVANCE' : 'NEW';
  const windowMs = (ctx.foldWindowDays ?? 3) * DAY_MS;

  // A stage dated (or published) months after an alert is news of its own even when a replay processes both in
  // one minute: only same-day neighbours fold.
  const recent = timeline.alerts.find(
    (a) =>
      Date.parse(ctx.now) - Date.parse(a.createdAt) <= windowMs &&
      (a.date === null || date === null || gapDays(a.date, date) <= 1),
  );
  const fromArticle = !dated.length && date !== null;
  const ref: AlertRef = recent ?? {
    alertId: alertIdFor(timeline.state, timeline.treaty, date, actions),
    actions: [],
    date,
    novelty,
    createdAt: ctx.now,
    ...(fromArticle ? { dateFromArticle: true } : {}),
  };
  ref.actions = [...new Set([...ref.actions, ...actions])].sort((a, b) => actionRank(a) - actionRank(b));
  if (recent?.dateFromArticle && dated.length) {
    ref.date = date;
    delete ref.dateFromArticle;
  }
  ref.date = ref.date ?? date;
  if (!recent) timeline.alerts.push(ref);
  for (const stage of timeline.stages) {
    if (actions.includes(stage.action) && !stage.alertId && stage.origin === 'news') stage.alertId = ref.alertId;
  }
  return { ...ref, state: timeline.state, treaty: timeline.treaty, folded: Boolean(recent) };
}
