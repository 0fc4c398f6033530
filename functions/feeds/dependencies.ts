// Feeds' wiring, in one place: the Lambda handler and the local feed runs both build the
// function's dependencies here. On Lambda its items go to the pages function by invoke; locally
// the driver hands them to the pages handler in-process.
import type { Clock } from '#core/ports';
import type { FetchPort, PagesPort } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readFeedsConfig, type FeedsConfig } from '#adapters/config';
import { FeedStore } from '#adapters/feed-store';
import { HttpFetcher } from '#adapters/http-fetch';
import { lambdaPages } from '#adapters/lambda-pages';
import { makeStores, type Stores } from '#adapters/stores';
import type { FeedsDeps } from './handler';

export interface FeedsClients {
  stores: Stores;
  clock: Clock;
  pages: PagesPort;
  /** Default: HTTP with the configured timeout; tests pass a stand-in web. */
  fetcher?: FetchPort;
}

/** What the builder reads; the table and the pages function are the Lambda clients' (see lambdaFeedsDependencies). */
export type FeedsSettings = Omit<FeedsConfig, 'tableName' | 'pagesFunctionName'>;

export function buildFeedsDependencies(config: FeedsSettings, clients: FeedsClients): FeedsDeps {
  const { articles, doc, table } = clients.stores;
  return {
    feeds: config.feeds,
    feedStates: new FeedStore(doc, table),
    fetcher: clients.fetcher ?? new HttpFetcher({ timeoutMs: config.fetchTimeoutMs }),
    pages: clients.pages,
    knownUrls: (urls) => articles.knownUrls(urls),
    clock: clients.clock,
  };
}

/** On Lambda: configuration from the environment, the stores on its table, the pages function by invoke. */
export function lambdaFeedsDependencies(): FeedsDeps {
  const config = readFeedsConfig();
  return buildFeedsDependencies(config, {
    stores: makeStores(config.tableName),
    clock: systemClock,
    pages: lambdaPages(config.pagesFunctionName),
  });
}
