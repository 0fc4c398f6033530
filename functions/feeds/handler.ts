// Feeds: an EventBridge schedule → poll every configured feed → hand each new item to the pages
// function (fetch, extract, ingest once). A feed that fails is reported and tried again on the
// next schedule; it never stops the others. No HTML parsing here: that is the pages function's.
import { parseFeedList, type FeedConfig } from '#core/sources/feed';
import type { FeedStatePort, FetchPort, PagesPort } from '#core/ports';
import { feedReport, pollFeed, type FeedPollReport } from '#core/sources/poll';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaFeedsDependencies } from './dependencies';

export interface FeedsDeps {
  feeds: FeedConfig[];
  feedStates: FeedStatePort;
  fetcher: FetchPort;
  pages: PagesPort;
  clock: { now(): string };
  knownUrls?(canonicalUrls: string[]): Promise<Map<string, string>>;
}

/** The schedule's event is ignored, except `{ "feeds": [...] }` to poll a given list once. */
export function makeHandler(deps: FeedsDeps) {
  return async (event?: unknown): Promise<{ feeds: FeedPollReport[] }> => {
    const given =
      event && typeof event === 'object' && Array.isArray((event as { feeds?: unknown }).feeds)
        ? parseFeedList(JSON.stringify((event as { feeds: unknown[] }).feeds))
        : undefined;
    const reports: FeedPollReport[] = [];
    for (const feed of given ?? deps.feeds) {
      try {
        reports.push(await pollFeed(feed, deps));
      } catch (error) {
        // Storage trouble on the feed state: report it; the next schedule retries.
        reports.push(feedReport(feed.url, 'failed', (error as Error).message));
      }
      const r = reports[reports.length - 1];
      logger.info('feed polled', {
        feed: r.feed,
        status: r.status,
        reason: r.reason,
        entries: r.entries,
        fresh: r.fresh,
        retried: r.retried,
        pending: r.pending.length,
        dropped: r.dropped.length,
        outcomes: r.outcomes.map((o) => o.status),
      });
    }
    return { feeds: reports };
  };
}

export const handler = lazyHandler(() => makeHandler(lambdaFeedsDependencies()));
