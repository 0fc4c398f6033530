// Pages' wiring, in one place: the Lambda handler and the local feed runs both build the
// function's dependencies here.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '#core/ports';
import type { FetchPort } from '#core/sources/poll';
import { ArticleStore } from '#adapters/article-store';
import { systemClock } from '#adapters/clock';
import { readPagesConfig, type PagesConfig } from '#adapters/config';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { HttpFetcher } from '#adapters/http-fetch';
import type { PagesFunctionDeps } from './handler';

export interface PagesClients {
  dynamo: DynamoDBDocumentClient;
  clock: Clock;
  /** Default: HTTP with the configured timeout; tests pass a stand-in web. */
  fetcher?: FetchPort;
}

export function buildPagesDependencies(config: PagesConfig, clients: PagesClients): PagesFunctionDeps {
  return {
    articles: new ArticleStore(clients.dynamo, config.tableName),
    fetcher: clients.fetcher ?? new HttpFetcher({ timeoutMs: config.fetchTimeoutMs }),
    clock: clients.clock,
  };
}

/** On Lambda: configuration from the environment, the SDK's DynamoDB client, the system clock. */
export function lambdaPagesDependencies(): PagesFunctionDeps {
  return buildPagesDependencies(readPagesConfig(), { dynamo: makeDocumentClient(), clock: systemClock });
}
