// Ingest: an event carrying articles → stored once each (or rejected with a reason).
import { z } from 'zod';
import { ingestArticles, type IngestOutcome } from '#core/ingest';
import type { ArticlePort, Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { makeStores } from '#adapters/stores';

const articleSchema = z.object({
  text: z.string(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});
export const ingestEventSchema = z.object({ articles: z.array(articleSchema).min(1).max(500) });
export type IngestEvent = z.infer<typeof ingestEventSchema>;

export interface IngestDeps {
  articles: ArticlePort;
  clock: Clock;
}

export function makeHandler(deps: IngestDeps) {
  return async (event: unknown): Promise<{ outcomes: IngestOutcome[] }> => {
    const parsed = ingestEventSchema.safeParse(event);
    if (!parsed.success) throw new Error(`ingest event is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const outcomes = await ingestArticles(parsed.data.articles, deps);
    logger.info('ingested', { stored: outcomes.filter((o) => o.status === 'stored').length, duplicate: outcomes.filter((o) => o.status === 'duplicate').length, rejected: outcomes.filter((o) => o.status === 'rejected').length });
    return { outcomes };
  };
}

export const handler = lazyHandler(() => makeHandler({ articles: makeStores(env.tableName()).articles, clock: systemClock }));
