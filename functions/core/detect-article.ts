// Detection for one stored article: extract, decide against stored timelines, commit once.
// Primary course: 1. extract claims, 2. read the touched timelines (one batched read),
// 3. plan (pure), 4. commit atomically; on a concurrent change, read again and re-plan.
import { AlreadyDetected, TimelineMoved } from './errors';
import { pairsOf, planDetection, type DetectionPlan } from './detection-plan';
import type { StoredArticle } from './records';
import type { Extraction } from './model';
import type { NoveltyContext } from './novelty';
import type { Clock, Names, TimelinePort } from './ports';

export interface DetectDeps {
  timelines: TimelinePort;
  extract(article: { body: string; title?: string; published?: string; url?: string }): Extraction;
  names: Names;
  clock: Clock;
  /** Effective dates by treaty rule; without it no schedule conflicts are found. */
  scheduleFor?: NoveltyContext['scheduleFor'];
}

export type DetectResult =
  | { status: 'detected'; articleId: string; extraction: Extraction; plan: DetectionPlan }
  | { status: 'skipped'; articleId: string; reason: string };

const MAX_ATTEMPTS = 5;

export async function detectArticle(article: StoredArticle, deps: DetectDeps): Promise<DetectResult> {
  if (article.status !== 'ingested')
    return { status: 'skipped', articleId: article.articleId, reason: `status is ${article.status}` };
  let extraction: Extraction;
  try {
    extraction = deps.extract({
      body: article.text,
      title: article.title,
      published: article.published,
      url: article.url,
    });
  } catch (error) {
    // An article the extractor cannot read must not block the stream behind it: keep it,
    // marked failed with the reason, so it can be retried after a fix.
    const reason = `extraction failed: ${(error as Error).message}`.slice(0, 500);
    await deps.timelines.markFailed(article.articleId, reason, deps.clock.now());
    return { status: 'skipped', articleId: article.articleId, reason };
  }
  const pairs = pairsOf(extraction.claims);
  for (let attempt = 1; ; attempt++) {
    const timelines = await deps.timelines.getMany(pairs);
    const now = deps.clock.now();
    const plan = planDetection(article, extraction, timelines, deps.names, now, deps.scheduleFor);
    try {
      await deps.timelines.commitDetection({
        articleId: article.articleId,
        summary: {
          published: extraction.published,
          publishedInferred: extraction.publishedInferred,
          claims: plan.decisions.map((d) => ({ ...d.claim, novelty: d.novelty, alert: d.alert, backfill: d.backfill })),
        },
        timelines: plan.outcomes.filter((o) => o.changed).map((o) => o.timeline),
        newAlerts: plan.alerts.filter((a) => !a.folded).map((a) => a.record),
        foldedAlerts: plan.alerts.filter((a) => a.folded).map((a) => a.record),
      });
      return { status: 'detected', articleId: article.articleId, extraction, plan };
    } catch (error) {
      if (error instanceof AlreadyDetected)
        return { status: 'skipped', articleId: article.articleId, reason: 'already detected' };
      if (error instanceof TimelineMoved && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}
