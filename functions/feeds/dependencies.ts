// Feeds' wiring, in one place: the Lambda handler and the local feed runs both build the
// function's dependencies here. On Lambda its items go to the pages function by invoke; locally
// the driver hands them to the pages handler in-process.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '#core/ports';
import type { FetchPort, PagesPort } from '#core/sources/poll';
import { ArticleStore } from '#adapters/article-store';
import { systemClock } from '#adapters/clock';
import { readFeedsConfig, type FeedsConfig } from '#adapters/config';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { FeedStore } from '#adapters/feed-store';
import { HttpFetcher } from '#adapters/http-fetch';
import { lambdaPages } from '#adapters/lambda-pages';
import type { FeedsDeps } from './handler';

export interface FeedsClients {
  dynamo: DynamoDBDocumentClient;
  clock: Clock;
  pages: PagesPort;
  /** Default: HTTP with the configured timeout; tests pass a stand-in web. */
  fetcher?: FetchPort;
}

/** The pages function's name is only the Lambda clients' (see lambdaFeedsDependencies). */
export function buildFeedsDependencies(config: Omit<FeedsConfig, 'pagesFunctionName'>, clients: FeedsClients): FeedsDeps {
  const articles = new ArticleStore(clients.dynamo, config.tableName);
  return {
    feeds: config.feeds,
    feedStates: new FeedStore(clients.dynamo, config.tableName),
    fetcher: clients.fetcher ?? new HttpFetcher({ timeoutMs: config.fetchTimeoutMs }),
    pages: clients.pages,
    knownUrls: (urls) => articles.knownUrls(urls),
    clock: clients.clock,
  };
}

/** On Lambda: configuration from the environment, the SDK's clients, the pages function by invoke. */
export function lambdaFeedsDependencies(): FeedsDeps {
  const config = readFeedsConfig();
  return buildFeedsDependencies(config, { dynamo: makeDocumentClient(), clock: systemClock, pages: lambdaPages(config.pagesFunctionName) });
}
