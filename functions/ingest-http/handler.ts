// HTTP ingest: API Gateway HTTP API (payload v2) or a function URL → one article or a batch,
// answered item by item (stored, duplicate, skipped, rejected, failed, with reasons).
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { ingestArticles, type IngestDeps } from '#core/ingest';
import { handleIngestRequest } from './http-ingest.ts';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaHttpIngestDependencies } from './dependencies';

export interface HttpIngestHandlerDeps extends IngestDeps {
  keyHash(): Promise<Buffer>;
}

export function makeHandler(deps: HttpIngestHandlerDeps) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
    const response = await handleIngestRequest(
      {
        method: event.requestContext?.http?.method,
        headers: event.headers,
        body: event.body,
        isBase64Encoded: event.isBase64Encoded,
      },
      { keyHash: await deps.keyHash(), ingest: (inputs) => ingestArticles(inputs, deps) },
    );
    logger.info('http ingest', { status: response.statusCode });
    return response;
  };
}

export const handler = lazyHandler(() => makeHandler(lambdaHttpIngestDependencies()));
