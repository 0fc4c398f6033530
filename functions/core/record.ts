// The public record, read side: what the archive lists, where a state stands on a treaty (the
// stage reached, the next legal step, when a withdrawal takes or would take effect) and which
// alerts a feed carries. Plain data for the web function's pages and feeds; no HTML here.
import type { TreatyRecord } from './facts';
import { actionRank, WITHDRAWAL_STAGES, type Action } from './model';
import { clauseTiming } from './next-step';
import type { AlertRecord, ArchiveEntry, Edition } from './records';
import { engagedOn, hasArmedConflictClause, type ArmedConflict } from './schedule';
import type { Conflict, SourceRef, Stage, Timeline } from './timeline';

export function archiveEntryOf(edition: Edition): ArchiveEntry {
  const covers = edition.covers ?? (edition.about ? [edition.about] : []);
  return {
    editionId: edition.editionId,
    kind: edition.kind,
    subject: edition.subject,
    createdAt: edition.createdAt,
    covers,
    alertIds: edition.alertIds,
  };
}

/** Where an edition's web view lives, under the public base URL ("View in browser"). */
export const editionPath = (editionId: string) => `/archive/${encodeURIComponent(editionId)}`;

/** An archive cursor is `createdAt#editionId`; anything else is refused before it reaches a key. */
export const ARCHIVE_CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]{1,20}Z#[A-Za-z0-9_.:-]{1,120}$/;
/** Edition ids as compose makes them (instant-<alert id>, daily-<day>-<hash>, weekly-…). */
export const EDITION_ID = /^(instant|daily|weekly)-[A-Za-z0-9_.:-]{1,120}$/;

export type StandingStatus = 'signatory' | 'party' | 'withdrawing' | 'withdrawn' | 'suspended' | 'revoked';

export interface NextStep {
  action: Action;
  /** "Notification of withdrawal to the Secretary-General of the United Nations". */
  text: string;
}

export interface Effect {
  /** A day when the record or the schedule gives one. */
  date?: string;
  /** How the date comes about: the rule, "reported", or what would start the clock. */
  basis: string;
  /** The armed-conflict clause, when it defers the effect. */
  deferred?: string;
  /** true: computed from the treaty's clause (a schedule, not a fact). */
  computed: boolean;
  /** true: the date is in the past (or the record says it took effect). */
  past: boolean;
}

/** Where one state stands on one treaty, as a page shows it. */
export interface Standing {
  state: string;
  treaty: string;
  status: StandingStatus;
  /** Every stage held, in process order. */
  stages: Stage[];
  /** The furthest stage reached. */
  reached: Stage;
  next?: NextStep;
  effect?: Effect;
  /** Sources of every stage, news first, each once. */
  sources: SourceRef[];
  disputed: Conflict[];
  /** The latest thing that happened (stage date or first report), for "recent developments first". */
  latest: string;
  /** True when the store holds anything beyond the record's signature and consent. */
  developing: boolean;
  alertIds: string[];
}

export interface StandingContext {
  treaty(id: string): TreatyRecord | undefined;
  conflicts: ArmedConflict[];
  /** YYYY-MM-DD: "past" and the armed-conflict clause are judged on this day. */
  today: string;
}

const STATUS_OF: Partial<Record<Action, StandingStatus>> = {
  signed: 'signatory',
  joined: 'party',
  withdrawal_effective: 'withdrawn',
  suspended: 'suspended',
  ratification_revoked: 'revoked',
};

function depositary(treaty: TreatyRecord | undefined): string {
  return treaty?.depositary ?? treaty?.withdrawal_rule?.notice_to?.[0] ?? 'the depositary';
}

/** "six months after notice reaches the UN Secretary-General (art. 20)": next-step.ts words it. */
function noticeWording(treaty: TreatyRecord | undefined, state: string): string | undefined {
  const when = treaty && clauseTiming(treaty, state);
  if (!when) return undefined;
  return `${when}${treaty.withdrawal_rule?.article ? ` (art. ${treaty.withdrawal_rule.article})` : ''}`;
}

function deferral(
  treaty: TreatyRecord | undefined,
  state: string,
  day: string,
  conflicts: ArmedConflict[],
): string | undefined {
  if (!treaty || !hasArmedConflictClause(treaty) || !engagedOn(conflicts, state, day)) return undefined;
  const article = treaty.withdrawal_rule?.article ? `, art. ${treaty.withdrawal_rule.article}` : '';
  return `not before the end of the armed conflict the state is engaged in${article}`;
}

const latestOf = (dates: (string | null | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? '';

/** The standing of one timeline; undefined for a timeline with no stage (nothing to show). */
export function standingOf(timeline: Timeline, ctx: StandingContext): Standing | undefined {
  if (timeline.stages.length === 0) return undefined;
  const stages = [...timeline.stages].sort(
    (a, b) => actionRank(a.action) - actionRank(b.action) || String(a.date).localeCompare(String(b.date)),
  );
  const reached = stages.at(-1)!;
  const treaty = ctx.treaty(timeline.treaty);
  const withdrawing = WITHDRAWAL_STAGES.includes(reached.action) && reached.action !== 'withdrawal_effective';
  const status: StandingStatus = withdrawing ? 'withdrawing' : (STATUS_OF[reached.action] ?? 'party');
  let next: NextStep | undefined;
  let effect: Effect | undefined;
  if (reached.action === 'signed') {
    next = { action: 'joined', text: 'ratification, acceptance or approval (consent to be bound)' };
  } else if (reached.action === 'withdrawal_proposed') {
    next = { action: 'withdrawal_approved', text: 'a decision to withdraw (by decree, or a vote in parliament)' };
  } else if (withdrawing && reached.action !== 'withdrawal_notified') {
    next = { action: 'withdrawal_notified', text: `notification of withdrawal to the ${depositary(treaty)}` };
  }
  if (withdrawing && reached.action !== 'withdrawal_notified') {
    const notice = noticeWording(treaty, timeline.state);
    if (notice)
      effect = {
        basis: `would take effect ${notice}`,
        deferred: deferral(treaty, timeline.state, ctx.today, ctx.conflicts),
        computed: true,
        past: false,
      };
  } else if (reached.action === 'withdrawal_notified') {
    const s = timeline.schedule;
    next = { action: 'withdrawal_effective', text: 'the withdrawal takes effect' };
    if (s) {
      const deferred = s.deferred
        ? (deferral(treaty, timeline.state, ctx.today, ctx.conflicts) ?? s.deferred.replace(/^art\. [^:]+: /, ''))
        : undefined;
      effect = {
        date: s.effective,
        basis: s.rule,
        deferred,
        computed: true,
        past: !deferred && s.effective <= ctx.today,
      };
    } else {
      const notice = noticeWording(treaty, timeline.state);
      if (notice) effect = { basis: `takes effect ${notice}`, computed: true, past: false };
    }
  } else if (reached.action === 'withdrawal_effective') {
    effect = {
      date: reached.date ?? undefined,
      basis: reached.origin === 'record' ? 'on the record' : 'reported',
      computed: false,
      past: true,
    };
  }
  const sources = new Map<string, SourceRef>();
  for (const stage of [...stages]
    .reverse()
    .sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'news' ? -1 : 1))) {
    for (const source of stage.sources) {
      const key = source.url ?? `${source.articleId}|${source.label}`;
      if (!sources.has(key)) sources.set(key, source);
    }
  }
  const latest = latestOf([
    ...stages.map((s) => s.date),
    ...stages.filter((s) => s.origin === 'news').map((s) => s.firstSeen.slice(0, 10)),
    ...timeline.conflicts.map((c) => c.detectedAt.slice(0, 10)),
  ]);
  const developing =
    stages.some((s) => s.origin === 'news' || !['signed', 'joined'].includes(s.action)) ||
    timeline.conflicts.length > 0;
  return {
    state: timeline.state,
    treaty: timeline.treaty,
    status,
    stages,
    reached,
    next,
    effect,
    sources: [...sources.values()],
    disputed: timeline.conflicts,
    latest,
    developing,
    alertIds: timeline.alerts.map((a) => a.alertId),
  };
}

/** Standings newest development first (then by state or treaty, for a stable order). */
export function standingsByRecency(timelines: Timeline[], ctx: StandingContext): Standing[] {
  return timelines
    .map((t) => standingOf(t, ctx))
    .filter((s): s is Standing => !!s)
    .sort(
      (a, b) =>
        Number(b.developing) - Number(a.developing) ||
        b.latest.localeCompare(a.latest) ||
        a.state.localeCompare(b.state) ||
        a.treaty.localeCompare(b.treaty),
    );
}

/** The alert ids of these timelines, newest first, at most `limit` (a feed's entries). */
export function alertIdsOf(timelines: Timeline[], limit: number): string[] {
  return timelines
    .flatMap((t) => t.alerts)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, limit)
    .map((a) => a.alertId);
}

export const newestFirst = (alerts: AlertRecord[]) =>
  [...alerts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** Themes of the catalogue, in the order pages show them; treaties without one go under "Other". */
export const THEMES: Record<string, string> = {
  'arms-control': 'Arms control and disarmament',
  'international-justice': 'International justice',
  'human-rights': 'Human rights',
  'climate-environment': 'Climate and environment',
  'trade-investment': 'Trade and investment',
  'international-organisations': 'International organisations',
  regional: 'Regional treaties',
};

export function groupByTheme<T extends { theme?: string }>(
  treaties: T[],
): { theme: string; label: string; treaties: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const t of treaties) {
    const theme = t.theme && THEMES[t.theme] ? t.theme : 'other';
    groups.set(theme, [...(groups.get(theme) ?? []), t]);
  }
  return [...Object.keys(THEMES), 'other']
    .filter((theme) => groups.has(theme))
    .map((theme) => ({ theme, label: THEMES[theme] ?? 'Other', treaties: groups.get(theme)! }));
}
