// S3 ingest's wiring, in one place (the Lambda handler's; the local driver has no drop bucket).
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '#core/ports';
import { ArticleStore } from '#adapters/article-store';
import { systemClock } from '#adapters/clock';
import { readS3IngestConfig, type S3IngestConfig } from '#adapters/config';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { S3ObjectReader, type ObjectReader } from '#adapters/s3-reader';
import type { S3IngestDeps } from './handler';

export interface S3IngestClients {
  dynamo: DynamoDBDocumentClient;
  clock: Clock;
  objects: ObjectReader;
}

export function buildS3IngestDependencies(config: S3IngestConfig, clients: S3IngestClients): S3IngestDeps {
  return { articles: new ArticleStore(clients.dynamo, config.tableName), clock: clients.clock, objects: clients.objects };
}

/** On Lambda: configuration from the environment, the SDK's DynamoDB and S3 clients, the system clock. */
export function lambdaS3IngestDependencies(): S3IngestDeps {
  return buildS3IngestDependencies(readS3IngestConfig(), { dynamo: makeDocumentClient(), clock: systemClock, objects: new S3ObjectReader() });
}
