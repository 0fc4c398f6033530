// What a run did, read from the driver's view of the store: developments (news stages with
// their novelty), alerts (with every source), corroborations and conflicts.
import type { AlertRef, Timeline } from '#core/timeline';
import { alertSources } from '#core/timeline';
import { isProvisionalTreaty } from '#core/provisional';
import type { Action, Novelty, PartialDate } from '#core/model';

export interface DevelopmentSummary {
  state: string;
  treaty: string;
  action: Action;
  date: PartialDate;
  novelty: Novelty;
  alerted: boolean;
  backfill: boolean;
  sources: string[];
  /** Present (false) only for an instrument outside the catalogue. */
  catalogued?: false;
}

export interface AlertSummary {
  state: string;
  treaty: string;
  actions: Action[];
  date: PartialDate;
  novelty: Novelty;
  sources: string[];
  /** Present (false) only for an instrument outside the catalogue. */
  catalogued?: false;
}

export interface ConflictSummary {
  state: string;
  treaty: string;
  action: Action;
  claimed: PartialDate;
  record: PartialDate;
  source: string;
}

export interface RunSummary {
  developments: DevelopmentSummary[];
  alerts: AlertSummary[];
  corroborations: number;
  conflicts: ConflictSummary[];
}

/** `timelines`: latest images; `articles`: latest article images (with their detection summaries). */
export function summarise(
  timelines: Timeline[],
  articles: { detection?: { claims?: { novelty: string }[] } }[],
): RunSummary {
  const developments: DevelopmentSummary[] = [];
  const alerts: (AlertSummary & { createdAt: string })[] = [];
  const conflicts: ConflictSummary[] = [];
  for (const t of timelines) {
    for (const s of t.stages) {
      if (s.origin !== 'news' || s.novelty === 'RECORD') continue;
      developments.push({
        state: t.state,
        treaty: t.treaty,
        action: s.action,
        date: s.date,
        novelty: s.novelty,
        alerted: Boolean(s.alertId),
        backfill: Boolean(s.backfill),
        sources: s.sources.map((x) => x.label),
        ...(isProvisionalTreaty(t.treaty) ? { catalogued: false as const } : {}),
      });
    }
    for (const a of t.alerts ?? []) alerts.push(toAlert(t, a));
    for (const c of t.conflicts ?? []) {
      conflicts.push({
        state: t.state,
        treaty: t.treaty,
        action: c.action,
        claimed: c.claimed,
        record: c.record,
        source: c.source.label,
      });
    }
  }
  const corroborations = articles.reduce(
    (n, a) => n + (a.detection?.claims ?? []).filter((c) => c.novelty === 'CORROBORATION').length,
    0,
  );
  alerts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { developments, alerts: alerts.map(({ createdAt: _c, ...a }) => a), corroborations, conflicts };
}

function toAlert(t: Timeline, a: AlertRef): AlertSummary & { createdAt: string } {
  return {
    state: t.state,
    treaty: t.treaty,
    actions: a.actions,
    date: a.date,
    novelty: a.novelty,
    sources: alertSources(t, a.alertId).map((s) => s.label),
    ...(isProvisionalTreaty(t.treaty) ? { catalogued: false as const } : {}),
    createdAt: a.createdAt,
  };
}
