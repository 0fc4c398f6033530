// Ingest's wiring, in one place: the Lambda handler and the local driver both build the function's
// dependencies here, from a configuration object and the clients that differ between them.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IngestDeps } from '#core/ingest';
import type { Clock } from '#core/ports';
import { ArticleStore } from '#adapters/article-store';
import { systemClock } from '#adapters/clock';
import { readIngestConfig, type IngestConfig } from '#adapters/config';
import { makeDocumentClient } from '#adapters/dynamo-client';

export interface IngestClients {
  dynamo: DynamoDBDocumentClient;
  clock: Clock;
}

export function buildIngestDependencies(config: IngestConfig, clients: IngestClients): IngestDeps {
  return { articles: new ArticleStore(clients.dynamo, config.tableName), clock: clients.clock };
}

/** On Lambda: configuration from the environment, the SDK's DynamoDB client, the system clock. */
export function lambdaIngestDependencies(): IngestDeps {
  return buildIngestDependencies(readIngestConfig(), { dynamo: makeDocumentClient(), clock: systemClock });
}
