// S3 ingest's wiring, in one place (the Lambda handler's; the local driver has no drop bucket).
import type { Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readS3IngestConfig } from '#adapters/config';
import { S3ObjectReader, type ObjectReader } from '#adapters/s3-reader';
import { makeStores, type Stores } from '#adapters/stores';
import type { S3IngestDeps } from './handler';

export interface S3IngestClients {
  stores: Stores;
  clock: Clock;
  objects: ObjectReader;
}

export function buildS3IngestDependencies(clients: S3IngestClients): S3IngestDeps {
  return { articles: clients.stores.articles, clock: clients.clock, objects: clients.objects };
}

/** On Lambda: the stores on the table the environment names, the SDK's S3 client, the system clock. */
export function lambdaS3IngestDependencies(): S3IngestDeps {
  return buildS3IngestDependencies({
    stores: makeStores(readS3IngestConfig().tableName),
    clock: systemClock,
    objects: new S3ObjectReader(),
  });
}
