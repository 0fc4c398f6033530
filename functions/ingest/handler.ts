// Ingest: an event carrying articles → stored once each (or rejected with a reason). Items are
// read one by one, so one malformed item is rejected with its reason and the rest go on.
// zod/mini: the same validation without zod's locale bundle (keeps the function small).
import * as z from 'zod/mini';
import { ingestArticles, type IngestDeps } from '#core/ingest';
import type { IngestOutcome } from '#core/records';
import { articlesFromJson } from '#core/sources/json';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaIngestDependencies } from './dependencies';

const articleSchema = z.object({
  text: z.string(),
  title: z.optional(z.string()),
  outlet: z.optional(z.string()),
  published: z.optional(z.string()),
  url: z.optional(z.string()),
  source: z.optional(z.string()),
});
/** The well-formed event (documentation and callers' types); items are checked one by one. */
export const ingestEventSchema = z.object({ articles: z.array(articleSchema).check(z.minLength(1), z.maxLength(500)) });
export type IngestEvent = z.infer<typeof ingestEventSchema>;
export type { IngestDeps };

/** Counts by outcome status, for logs and summaries. */
export function countOutcomes(outcomes: IngestOutcome[]): Record<IngestOutcome['status'], number> {
  const counts = { stored: 0, duplicate: 0, skipped: 0, rejected: 0, failed: 0 };
  for (const o of outcomes) counts[o.status]++;
  return counts;
}

export function makeHandler(deps: IngestDeps) {
  return async (event: unknown): Promise<{ outcomes: IngestOutcome[] }> => {
    if (!event || typeof event !== 'object' || !('articles' in event))
      throw new Error('ingest event is malformed: expected {"articles": [...]}');
    const parsed = articlesFromJson(event, undefined, { trusted: true, maxBatch: 500 });
    if (!parsed.ok) throw new Error(`ingest event is malformed: ${parsed.reason}`);
    const outcomes = await ingestArticles(parsed.items, deps);
    logger.info('ingested', countOutcomes(outcomes));
    return { outcomes };
  };
}

export const handler = lazyHandler(() => makeHandler(lambdaIngestDependencies()));
