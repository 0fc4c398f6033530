// Web: the subscribe, confirm, preferences and unsubscribe pages and the subscribe API, and the
// public record (archive, treaty and state pages, feeds: record/routes.ts), answered first.
// Takes API Gateway HTTP API (payload 2.0) / Lambda function URL events — the same shape —
// turns them into a plain request, calls the web app, maps the answer back.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { confirmationMailer } from '#core/confirmation';
import { linkMaker } from '#core/links';
import { handleWeb, type WebDeps } from '#web/app/app';
import { html, type WebRequest } from '#web/app/http';
import { catalogueFrom } from '#web/app/groups';
import { messagePage, type Catalogue } from '#web/app/pages';
// Personalisation only: the confirmation was rendered at build time, so web carries no MJML.
import { personalise } from '#emails/personalise';
import { CONFIRMATION } from '#emails/prerendered/confirmation';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { logger } from '#adapters/logger';
import { RateLimitStore } from '#adapters/rate-limit-store';
import { RecordStore } from '#adapters/record-store';
import { referenceConflicts, referenceNames, referenceStates, referenceTreaties } from '#adapters/reference-data';
import { tokenSecret } from '#adapters/secrets';
import { SesSender } from '#adapters/ses-sender';
import { makeStores } from '#adapters/stores';
import { handleRecord, recordTreaties, type RecordDeps } from './record/routes';

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
  const body = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
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
      const res = html(500, messagePage('Something went wrong', ['We could not handle this request. Please try again in a few minutes.'], [], 'error'));
      return { statusCode: res.status, headers: res.headers, body: res.body };
    }
  };
}

export function referenceCatalogue(): Catalogue {
  return catalogueFrom(referenceTreaties, referenceStates, referenceNames.treaty);
}

let built: Promise<WebFunctionDeps> | undefined;
export const handler = makeHandler(() =>
  (built ??= (async () => {
    const stores = makeStores(env.tableName());
    const secret = await tokenSecret();
    const links = linkMaker(secret, env.publicBaseUrl(), env.unsubscribeMailbox(), () => Math.floor(Date.now() / 1000));
    return {
      accounts: stores.subscribers,
      limits: new RateLimitStore(stores.doc, stores.table),
      confirmations: confirmationMailer({ edition: CONFIRMATION, personalise, links, sender: new SesSender(undefined, env.configurationSet()), from: env.senderAddress(), names: referenceNames, clock: systemClock }),
      clock: systemClock,
      secret,
      catalogue: referenceCatalogue(),
      record: {
        record: new RecordStore(stores.doc, stores.table, stores.editions),
        treaties: recordTreaties(referenceTreaties, referenceNames),
        states: referenceCatalogue().states,
        names: referenceNames,
        conflicts: referenceConflicts,
        clock: systemClock,
        baseUrl: env.publicBaseUrl,
      },
    };
  })()),
);
