// Pages' wiring, in one place: the Lambda handler and the local feed runs both build the
// function's dependencies here.
import type { Clock } from '#core/ports';
import type { FetchPort } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readPagesConfig, type PagesConfig } from '#adapters/config';
import { HttpFetcher } from '#adapters/http-fetch';
import { makeStores, type Stores } from '#adapters/stores';
import type { PagesFunctionDeps } from './handler';

export interface PagesClients {
  stores: Stores;
  clock: Clock;
  /** Default: HTTP with the configured timeout; tests pass a stand-in web. */
  fetcher?: FetchPort;
}

/** What the builder reads; the table is the Lambda clients' (see lambdaPagesDependencies). */
export type PagesSettings = Omit<PagesConfig, 'tableName'>;

export function buildPagesDependencies(config: PagesSettings, clients: PagesClients): PagesFunctionDeps {
  return {
    articles: clients.stores.articles,
    fetcher: clients.fetcher ?? new HttpFetcher({ timeoutMs: config.fetchTimeoutMs }),
    clock: clients.clock,
  };
}

/** On Lambda: configuration from the environment, the stores on its table, the system clock. */
export function lambdaPagesDependencies(): PagesFunctionDeps {
  const config = readPagesConfig();
  return buildPagesDependencies(config, { stores: makeStores(config.tableName), clock: systemClock });
}
