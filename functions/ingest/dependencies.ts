// Ingest's wiring, in one place: the Lambda handler and the local driver both build the function's
// dependencies here, from the clients that differ between them (ingest has no settings of its own).
import type { IngestDeps } from '#core/ingest';
import type { Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readIngestConfig } from '#adapters/config';
import { makeStores, type Stores } from '#adapters/stores';

export interface IngestClients {
  stores: Stores;
  clock: Clock;
}

export function buildIngestDependencies(clients: IngestClients): IngestDeps {
  return { articles: clients.stores.articles, clock: clients.clock };
}

/** On Lambda: the stores on the table the environment names, the system clock. */
export function lambdaIngestDependencies(): IngestDeps {
  return buildIngestDependencies({ stores: makeStores(readIngestConfig().tableName), clock: systemClock });
}
