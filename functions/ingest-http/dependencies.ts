// HTTP ingest's wiring, in one place: the Lambda handler and the local `serve-ingest` server both
// build the function's dependencies here.
import type { Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readHttpIngestConfig, type HttpIngestConfig } from '#adapters/config';
import { once } from '#adapters/lazy';
import { secretValue } from '#adapters/secrets';
import { makeStores, type Stores } from '#adapters/stores';
import type { HttpIngestHandlerDeps } from './handler';
import { sha256 } from './http-ingest.ts';

export interface HttpIngestClients {
  stores: Stores;
  clock: Clock;
}

/** What the builder reads; the table is the Lambda clients' (see lambdaHttpIngestDependencies). */
export type HttpIngestSettings = Omit<HttpIngestConfig, 'tableName'>;

export function buildHttpIngestDependencies(
  config: HttpIngestSettings,
  clients: HttpIngestClients,
): HttpIngestHandlerDeps {
  const key = config.ingestApiKey;
  return {
    articles: clients.stores.articles,
    clock: clients.clock,
    // Read once, on the first request. A key from Secrets Manager is trimmed (a pasted newline).
    keyHash: once(async () => sha256('value' in key ? key.value : (await secretValue(key)).trim())),
  };
}

/** On Lambda: configuration from the environment, the stores on its table, the system clock. */
export function lambdaHttpIngestDependencies(): HttpIngestHandlerDeps {
  const config = readHttpIngestConfig();
  return buildHttpIngestDependencies(config, { stores: makeStores(config.tableName), clock: systemClock });
}
