// The store's knowledge of one state × treaty: every stage with its date and sources,
// the conflicts seen, and the alerts raised. Facts from the record and developments from
// the news live in the same timeline, so novelty is decided against both.
import type { Action, Novelty, PartialDate, Role } from './model';
import type { FactBase, ParticipationRow } from './facts';
import type { Schedule } from './schedule';

/** Where a stage came from: the seed fact base (the record) or a news article. */
export type Origin = 'record' | 'news';

export interface SourceRef {
  articleId: string;
  /** What a person calls this source: file path, URL, or outlet + title. */
  label: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: PartialDate;
  role: Role;
  evidence?: string;
  /** Ids of syndicated copies of the same story, counted as one source. */
  mirrors?: string[];
  /** Set on the article being judged when it is a syndicated copy of that article id. */
  mirrorOf?: string;
}

export interface Stage {
  action: Action;
  date: PartialDate;
  origin: Origin;
  sources: SourceRef[];
  /** Sources beyond the ones kept in full (a stage keeps its first sixty). */
  moreSources?: number;
  /** When the store first learned of it (ISO timestamp). */
  firstSeen: string;
  /** How it was classified when first seen; 'RECORD' for seed facts. */
  novelty: Novelty | 'RECORD';
  /** True when it was stored quietly from a background mention (no alert). */
  backfill?: boolean;
  alertId?: string;
}

export interface Conflict {
  action: Action;
  claimed: PartialDate;
  record: PartialDate;
  /** What the claim contradicts: the record, an earlier report, or the treaty's schedule. */
  recordOrigin: Origin | 'schedule';
  source: SourceRef;
  detectedAt: string;
}

export interface AlertRef {
  alertId: string;
  actions: Action[];
  date: PartialDate;
  novelty: Novelty;
  createdAt: string;
  /** The date is the article's (no claim gave one): a later report with its own date replaces it. */
  dateFromArticle?: boolean;
}

export interface Timeline {
  state: string;
  treaty: string;
  stages: Stage[];
  conflicts: Conflict[];
  alerts: AlertRef[];
  /** When a notified withdrawal takes effect under the treaty's rule (a schedule, not a fact). */
  schedule?: Schedule;
  /** Optimistic-concurrency version; 0 for a timeline not yet stored. */
  version: number;
}

export function emptyTimeline(state: string, treaty: string): Timeline {
  return { state, treaty, stages: [], conflicts: [], alerts: [], version: 0 };
}

/** Is `date` strictly before the as-of day? Partial dates compare on their own precision. */
export function isBefore(date: string, asOf: string): boolean {
  return date < asOf.slice(0, date.length);
}

const RECORD_FIELDS: { field: keyof ParticipationRow; action: Action }[] = [
  { field: 'signature', action: 'signed' },
  { field: 'consent', action: 'joined' },
  { field: 'withdrawal_notified', action: 'withdrawal_notified' },
  { field: 'withdrawal_effective', action: 'withdrawal_effective' },
];

/**
 * Turns the participation tables into timelines holding only what was on the record
 * before `asOf` (YYYY-MM-DD): the world as the store knew it that morning.
 */
export function timelinesFromFacts(
  facts: Pick<FactBase, 'participation'>,
  asOf: string,
  loadedAt: string,
  scheduleFor?: (state: string, treaty: string, notified: string) => Schedule | null,
): Timeline[] {
  const timelines: Timeline[] = [];
  for (const [treaty, rows] of Object.entries(facts.participation)) {
    for (const row of rows) {
      if (!row.iso3) continue;
      const timeline = emptyTimeline(row.iso3, treaty);
      for (const { field, action } of RECORD_FIELDS) {
        const date = row[field];
        if (typeof date !== 'string' || !isBefore(date, asOf)) continue;
        timeline.stages.push({
          action,
          date,
          origin: 'record',
          sources: [
            {
              articleId: 'record',
              label: row.source_url ?? `fact base: ${treaty}`,
              url: row.source_url,
              role: 'background',
            },
          ],
          firstSeen: loadedAt,
          novelty: 'RECORD',
        });
      }
      const notified = timeline.stages.find((s) => s.action === 'withdrawal_notified')?.date;
      const schedule = notified && scheduleFor?.(row.iso3, treaty, notified);
      if (schedule) timeline.schedule = schedule;
      if (timeline.stages.length > 0) timelines.push(timeline);
    }
  }
  return timelines;
}

/** Sources of every stage an alert covers, without duplicates, in the order first seen. */
export function alertSources(timeline: Timeline, alertId: string): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const stage of timeline.stages) {
    if (stage.alertId !== alertId) continue;
    for (const source of stage.sources) if (!seen.has(source.articleId)) seen.set(source.articleId, source);
  }
  return [...seen.values()];
}
