// Web: the subscribe, confirm, preferences and unsubscribe pages and the subscribe API, and the
// public record (archive, treaty and state pages, feeds: record/routes.ts), answered first.
// Takes API Gateway HTTP API (payload 2.0) / Lambda function URL events — the same shape —
// turns them into a plain request, calls the web app, maps the answer back.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { handleWeb, type WebDeps } from '#web/app/app';
import { html, type WebRequest } from '#web/app/http';
import { messagePage } from '#web/app/pages';
import { once } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaWebDependencies } from './dependencies';
import { handleRecord, type RecordDeps } from './record/routes';

/** The API Gateway v2 / function URL event as a plain request. */
export function toWebRequest(event: APIGatewayProxyEventV2): WebRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) if (v !== undefined) headers[k.toLowerCase()] = v;
  // Behind CloudFront the API sees its own host: the viewer's arrives as x-forwarded-host (set by
  // the distribution's viewer-request function), which the Origin check compares against. A
  // browser cannot set it on a cross-site form post (custom headers need a CORS preflight).
  // x-viewer-address is the viewer's IP, set by the same function.
  if (headers['x-forwarded-host']) headers.host = headers['x-forwarded-host'];
  const viewer = headers['x-viewer-address'];
  const body = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  return {
    method: event.requestContext?.http?.method ?? 'GET',
    path: event.rawPath || '/',
    query: new URLSearchParams(event.rawQueryString ?? ''),
    headers,
    body,
    // The per-network subscribe limit counts viewers, not CloudFront's edge addresses.
    sourceIp: viewer || (event.requestContext?.http?.sourceIp ?? 'unknown'),
  };
}

export type WebFunctionDeps = WebDeps & { record?: RecordDeps };

export function makeHandler(deps: WebFunctionDeps | (() => Promise<WebFunctionDeps>)) {
  const ready = typeof deps === 'function' ? deps : async () => deps;
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const request = toWebRequest(event);
    try {
      const wired = await ready();
      const res = (wired.record && (await handleRecord(request, wired.record))) || (await handleWeb(request, wired));
      return { statusCode: res.status, headers: res.headers, body: res.body };
    } catch (error) {
      logger.error('web request failed', { path: request.path, error: error as Error });
      const res = html(
        500,
        messagePage(
          'Something went wrong',
          ['We could not handle this request. Please try again in a few minutes.'],
          [],
          'error',
        ),
      );
      return { statusCode: res.status, headers: res.headers, body: res.body };
    }
  };
}

// Built on the first request (an error there is answered with the error page, and retried).
export const handler = makeHandler(once(lambdaWebDependencies));
