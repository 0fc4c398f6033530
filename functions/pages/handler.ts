// Pages: invoked by the feeds function with the items a poll found → each page fetched, its main
// text extracted (Readability over linkedom) and ingested; answers per item. Kept apart from
// feeds so the feed parser and the HTML stack never share a bundle (each stays under 250 KB).
// zod/mini: the same validation without zod's locale bundle (keeps the function small).
import * as z from 'zod/mini';
import { ingestArticles, type IngestDeps } from '#core/ingest';
import { MAX_PAGES_PER_POLL } from '#core/sources/feed-limits';
import { fetchPages } from '#core/sources/pages';
import type { FetchPort } from '#core/ports';
import type { PageResult } from '#core/records';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaPagesDependencies } from './dependencies';

// No length limits on the texts: an item too long for one event would otherwise fail its whole
// batch on every poll (Lambda's 6 MB payload limit is the bound, kept by adapters/lambda-pages).
const text = z.string();
export const pagesEventSchema = z.object({
  feed: z.object({ feedUrl: z.string().check(z.minLength(1), z.maxLength(2048)), outlet: z.optional(text) }),
  jobs: z
    .array(
      z.object({
        entry: z.object({
          key: z.string().check(z.minLength(1)),
          title: z.optional(text),
          link: z.optional(text),
          published: z.optional(text),
          content: z.optional(text),
        }),
        attempts: z.number().check(z.int(), z.minimum(0)),
      }),
    )
    .check(z.maxLength(MAX_PAGES_PER_POLL)),
});
export type PagesEvent = z.infer<typeof pagesEventSchema>;

export interface PagesFunctionDeps extends IngestDeps {
  fetcher: FetchPort;
  concurrency?: number;
}

export function makeHandler(deps: PagesFunctionDeps) {
  return async (event: unknown): Promise<{ results: PageResult[] }> => {
    const parsed = pagesEventSchema.safeParse(event);
    if (!parsed.success) throw new Error(`pages event is malformed: ${parsed.error.message}`);
    const { feed, jobs } = parsed.data;
    const results = await fetchPages(jobs, feed, {
      fetcher: deps.fetcher,
      concurrency: deps.concurrency,
      ingest: (inputs) => ingestArticles(inputs, deps),
    });
    logger.info('pages', {
      feed: feed.feedUrl,
      jobs: jobs.length,
      retry: results.filter((r) => 'retry' in r).length,
      outcomes: results.flatMap((r) => ('outcome' in r ? [r.outcome.status] : [])),
    });
    return { results };
  };
}

export const handler = lazyHandler(() => makeHandler(lambdaPagesDependencies()));
