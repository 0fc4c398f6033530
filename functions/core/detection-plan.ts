// Detection use case, pure: an article and its claims in, timeline changes and alerts out.
// Primary course: 1. group claims by state × treaty, 2. apply each group to its timeline
// (novelty.ts), 3. describe every new alert so compose needs nothing else to render it.
import { actionRank, type Claim, type Extraction } from './model';
import { applyClaims, type ClaimDecision, type NoveltyContext, type PairOutcome } from './novelty';
import { alertSources, emptyTimeline, type SourceRef, type Timeline } from './timeline';
import type { Names } from './ports';
import type { AlertRecord, StoredArticle } from './records';
import { headline } from './wording';

export interface DetectionPlan {
  outcomes: PairOutcome[];
  /** Alerts to store; a folded alert is an update of one already stored (nothing to send). */
  alerts: { record: AlertRecord; folded: boolean }[];
  decisions: ClaimDecision[];
}

export const pairKey = (state: string, treaty: string) => `${state}#${treaty}`;

/** The state × treaty pairs an extraction touches, for one batched read. */
export function pairsOf(claims: Claim[]): { state: string; treaty: string }[] {
  const seen = new Map<string, { state: string; treaty: string }>();
  for (const c of claims) seen.set(pairKey(c.state, c.treaty), { state: c.state, treaty: c.treaty });
  return [...seen.values()];
}

export function sourceLabel(article: Pick<StoredArticle, 'source' | 'url' | 'outlet' | 'title' | 'articleId'>): string {
  return (
    article.source ?? article.url ?? [article.outlet, article.title].filter(Boolean).join(': ') ?? article.articleId
  );
}

export function planDetection(
  article: StoredArticle,
  extraction: Extraction,
  timelines: Map<string, Timeline>,
  names: Names,
  now: string,
  scheduleFor?: NoveltyContext['scheduleFor'],
): DetectionPlan {
  const source: Omit<SourceRef, 'role' | 'evidence'> = {
    articleId: article.articleId,
    label: sourceLabel(article),
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    published: extraction.published,
    ...(article.mirrorOf ? { mirrorOf: article.mirrorOf } : {}),
  };
  const outcomes: PairOutcome[] = [];
  const alerts: DetectionPlan['alerts'] = [];
  for (const { state, treaty } of pairsOf(extraction.claims)) {
    const key = pairKey(state, treaty);
    const before = timelines.get(key) ?? emptyTimeline(state, treaty);
    const claims = extraction.claims.filter((c) => c.state === state && c.treaty === treaty);
    const outcome = applyClaims(before, claims, source, { now, published: extraction.published, scheduleFor });
    outcomes.push(outcome);
    if (!outcome.alert) continue;
    const a = outcome.alert;
    // The evidence shown is the sentence behind the furthest stage (the decree, not the proposal).
    const lead = outcome.decisions
      .filter((d) => d.alert)
      .sort((x, y) => actionRank(y.claim.action) - actionRank(x.claim.action))[0];
    // An instrument outside the catalogue is named as the article names it.
    const uncatalogued = claims.find((c) => c.catalogued === false);
    const treatyName = uncatalogued?.treatyName ?? names.treaty(treaty);
    alerts.push({
      folded: a.folded,
      record: {
        alertId: a.alertId,
        state,
        stateName: names.state(state),
        treaty,
        treatyName,
        ...(uncatalogued ? { catalogued: false as const } : {}),
        actions: a.actions,
        date: a.date,
        novelty: a.novelty,
        headline: headline(names.state(state), treatyName, a.actions),
        evidence: lead?.claim.evidence ?? '',
        sources: alertSources(outcome.timeline, a.alertId),
        conflicts: outcome.timeline.conflicts
          .filter((c) => c.source.articleId === article.articleId)
          .map((c) => ({ action: c.action, claimed: c.claimed, record: c.record, source: c.source.label })),
        createdAt: a.createdAt,
        articleId: article.articleId,
      },
    });
  }
  return { outcomes, alerts, decisions: outcomes.flatMap((o) => o.decisions) };
}
