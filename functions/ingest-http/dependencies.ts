// HTTP ingest's wiring, in one place: the Lambda handler and the local `serve-ingest` server both
// build the function's dependencies here.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '#core/ports';
import { ArticleStore } from '#adapters/article-store';
import { systemClock } from '#adapters/clock';
import { readHttpIngestConfig, type HttpIngestConfig } from '#adapters/config';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { once } from '#adapters/lazy';
import { secretValue } from '#adapters/secrets';
import type { HttpIngestHandlerDeps } from './handler';
import { sha256 } from './http-ingest.ts';

export interface HttpIngestClients {
  dynamo: DynamoDBDocumentClient;
  clock: Clock;
}

export function buildHttpIngestDependencies(config: HttpIngestConfig, clients: HttpIngestClients): HttpIngestHandlerDeps {
  const key = config.ingestApiKey;
  return {
    articles: new ArticleStore(clients.dynamo, config.tableName),
    clock: clients.clock,
    // Read once, on the first request. A key from Secrets Manager is trimmed (a pasted newline).
    keyHash: once(async () => sha256('value' in key ? key.value : (await secretValue(key)).trim())),
  };
}

/** On Lambda: configuration from the environment, the SDK's DynamoDB client, the system clock. */
export function lambdaHttpIngestDependencies(): HttpIngestHandlerDeps {
  return buildHttpIngestDependencies(readHttpIngestConfig(), { dynamo: makeDocumentClient(), clock: systemClock });
}
