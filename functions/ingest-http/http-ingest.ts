// The HTTP ingest endpoint, as plain data: a request in, a status and a JSON answer out.
// 401 without the right key, 405 for anything but POST, 415 for a non-JSON body, 413 for a
// body or batch over the limits, 400 for a body that is not one article or {"articles": [...]};
// otherwise 200 (every item stored, duplicate or skipped) or 207 (some rejected or failed),
// with one result per item, in order.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SourceInput } from '#core/ingest';
import type { IngestOutcome } from '#core/records';
import { articlesFromJson, MAX_BATCH } from '#core/sources/json';

export const MAX_BODY_BYTES = 1_000_000;

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string | undefined>;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface HttpIngestDeps {
  /** SHA-256 of the API key (32 bytes). */
  keyHash: Buffer;
  ingest(inputs: SourceInput[]): Promise<IngestOutcome[]>;
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time check of a presented key against the stored hash. */
export function keyMatches(presented: string | undefined, keyHash: Buffer): boolean {
  if (!presented || keyHash.length !== 32) return false;
  return timingSafeEqual(sha256(presented), keyHash);
}

function answer(statusCode: number, body: unknown, extra: Record<string, string> = {}): HttpAnswer {
  // nosniff: a client must read the answer as the JSON it says it is, never as HTML.
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  };
  return { statusCode, headers, body: JSON.stringify(body) };
}

const error = (statusCode: number, message: string, extra?: Record<string, string>) =>
  answer(statusCode, { error: message }, extra);

function header(request: HttpRequest, name: string): string | undefined {
  for (const [k, v] of Object.entries(request.headers ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
}

function presentedKey(request: HttpRequest): string | undefined {
  const auth = header(request, 'authorization');
  const bearer = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
  return bearer ?? header(request, 'x-api-key');
}

export async function handleIngestRequest(request: HttpRequest, deps: HttpIngestDeps): Promise<HttpAnswer> {
  if (!keyMatches(presentedKey(request), deps.keyHash)) {
    return error(401, 'missing or wrong API key: send "Authorization: Bearer <key>"', { 'www-authenticate': 'Bearer' });
  }
  const method = (request.method ?? 'POST').toUpperCase();
  if (method !== 'POST') return error(405, `method ${method} is not allowed; POST JSON articles`, { allow: 'POST' });
  const type = header(request, 'content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim()))
    return error(415, `content-type must be application/json (got "${type.slice(0, 100) || 'none'}")`);
  const raw = request.body ?? '';
  const bytes = request.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.length > MAX_BODY_BYTES) return error(413, `body is ${bytes.length} bytes; the limit is ${MAX_BODY_BYTES}`);
  if (bytes.length === 0) return error(400, 'body is empty; send one article object or {"articles": [...]}');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    return error(400, `body is not valid JSON: ${(e as Error).message.slice(0, 200)}`);
  }
  const parsed = articlesFromJson(value, 'http', { maxBatch: MAX_BATCH });
  if (!parsed.ok) return error(parsed.tooLarge ? 413 : 400, parsed.reason);
  const outcomes = await deps.ingest(parsed.items);
  const results = outcomes.map((o, index) => ({
    index,
    status: o.status,
    ...(o.articleId ? { articleId: o.articleId } : {}),
    ...(o.reason ? { reason: o.reason } : {}),
    ...(o.duplicateOf ? { duplicateOf: o.duplicateOf } : {}),
    ...(o.mirrorOf ? { mirrorOf: o.mirrorOf } : {}),
    ...(o.language ? { language: o.language } : {}),
    ...(o.retryable ? { retryable: true } : {}),
  }));
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  const summary = {
    stored: count('stored'),
    duplicate: count('duplicate'),
    skipped: count('skipped'),
    rejected: count('rejected'),
    failed: count('failed'),
  };
  const partial = summary.rejected + summary.failed > 0;
  return answer(partial ? 207 : 200, { ...summary, results });
}
