// HTTP endpoint handler on an in-memory article port: any request → a known status; for an
// accepted body, one result per item, and every item stored or rejected with a reason.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticles } from '#core/ingest';
import { handleIngestRequest, sha256 } from '#functions/ingest-http/http-ingest';
import { MemoryArticles } from '#local/memory-articles';
import { htmlDocument, nasty, paragraph } from './arbitraries';

let inputs = 0;
afterAll(() => console.log(`HTTP endpoint property inputs: ${inputs}`));

const KEY = sha256('key');
const deps = (articles: MemoryArticles) => ({
  keyHash: KEY,
  ingest: (i: Parameters<typeof ingestArticles>[0]) =>
    ingestArticles(i, { articles, clock: { now: () => '2025-06-29T00:00:00.000Z' } }),
});

const fieldValue = fc.oneof(
  nasty,
  fc.webUrl(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
);
const articleLike = fc.record(
  {
    text: fc.oneof(paragraph, nasty, fc.integer(), fc.constant('')),
    html: fc.oneof(htmlDocument, nasty),
    url: fieldValue,
    title: fieldValue,
    outlet: fieldValue,
    published: fieldValue,
    source: fieldValue,
  },
  { requiredKeys: [] },
);
const item = fc.oneof({ weight: 5, arbitrary: articleLike }, { weight: 1, arbitrary: fc.jsonValue() });

function checkAnswer(statusCode: number, body: string, items: number | undefined, articles: MemoryArticles) {
  expect([200, 207, 400, 401, 405, 413, 415]).toContain(statusCode);
  const json = JSON.parse(body);
  if (statusCode >= 400) return void expect(json.error).toMatch(/\w/);
  if (items !== undefined) expect(json.results).toHaveLength(items);
  for (const r of json.results) {
    expect(['stored', 'duplicate', 'skipped', 'rejected']).toContain(r.status);
    if (r.status !== 'stored') expect(r.reason).toMatch(/\w/);
    if (r.status !== 'duplicate')
      expect(articles.articles.get(r.articleId)?.status).toBe(r.status === 'stored' ? 'ingested' : r.status);
  }
  expect(statusCode).toBe(json.results.some((r: { status: string }) => r.status === 'rejected') ? 207 : 200);
}

describe('HTTP endpoint (property)', () => {
  it('batches of article-like items: one result each, stored or rejected with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          item.map((i) => ({ body: i, items: 1 })),
          fc.array(item, { minLength: 1, maxLength: 12 }).map((a) => ({ body: { articles: a }, items: a.length })),
        ),
        async ({ body, items }) => {
          inputs++;
          const articles = new MemoryArticles();
          const res = await handleIngestRequest(
            {
              method: 'POST',
              headers: { authorization: 'Bearer key', 'content-type': 'application/json' },
              body: JSON.stringify(body),
            },
            deps(articles),
          );
          const acceptsBody = body !== null && typeof body === 'object' && !Array.isArray(body);
          checkAnswer(res.statusCode, res.body, acceptsBody && res.statusCode < 400 ? items : undefined, articles);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('any method, headers and body bytes: a known status with a message, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'GET', 'PUT', 'post', undefined),
        fc.constantFrom('Bearer key', 'Bearer nope', 'bearer key', 'key', '', undefined),
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/ld+json',
          'text/plain',
          '',
          undefined,
        ),
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
          fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
        ),
        fc.boolean(),
        async (method, authorization, type, body, b64) => {
          inputs++;
          const articles = new MemoryArticles();
          const headers: Record<string, string | undefined> = { authorization, 'content-type': type };
          const res = await handleIngestRequest(
            { method, headers, body: b64 ? Buffer.from(body).toString('base64') : body, isBase64Encoded: b64 },
            deps(articles),
          );
          checkAnswer(res.statusCode, res.body, undefined, articles);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
