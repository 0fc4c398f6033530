// HTTP ingest: API Gateway HTTP API (payload v2) or a function URL → one article or a batch,
// answered item by item (stored, duplicate, skipped, rejected, failed, with reasons).
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { ingestArticles, type IngestDeps } from '#core/ingest';
import { handleIngestRequest } from '#core/sources/http-ingest';
import { ingestKeyHash } from '#adapters/api-key';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { makeStores } from '#adapters/stores';

export interface HttpIngestHandlerDeps extends IngestDeps {
  keyHash(): Promise<Buffer>;
  /** Articles of a batch in flight at once (default BATCH_CONCURRENCY). */
  concurrency?: number;
}

/**
 * A batch of 100 one after the other is 100 × (a read and a write) in sequence; eight at a time
 * keeps it well inside API Gateway's 30 s (npm run bench -- ingest-http), and articles sharing
 * an identity key still go in order (ingestArticles).
 */
export const BATCH_CONCURRENCY = 8;

export function makeHandler(deps: HttpIngestHandlerDeps) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
    const response = await handleIngestRequest(
      { method: event.requestContext?.http?.method, headers: event.headers, body: event.body, isBase64Encoded: event.isBase64Encoded },
      {
        keyHash: await deps.keyHash(),
        ingest: (inputs) => ingestArticles(inputs, deps, { concurrency: deps.concurrency ?? BATCH_CONCURRENCY }),
      },
    );
    logger.info('http ingest', { status: response.statusCode });
    return response;
  };
}

export const handler = lazyHandler(() => makeHandler({ articles: makeStores(env.tableName()).articles, clock: systemClock, keyHash: () => ingestKeyHash() }));
