// The HTTP endpoint (over a local node:http server, as `serve-ingest` runs it) and the S3 drop
// handler, on DynamoDB Local through the real handlers.
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeptArticle } from '#core/records';
import { sha256 } from '#functions/ingest-http/http-ingest';
import type { ObjectReader } from '#adapters/s3-reader';
import { startHttpEndpoint } from '#local/http-endpoint';
import { LocalPipeline } from '#local/pipeline';
import { makeHandler as makeHttp } from '#functions/ingest-http/handler';
import { makeHandler as makeS3, S3RecordsFailed } from '#functions/ingest-s3/handler';
import { COPY, FRENCH, OTHER, WIRE } from '#tests/unit/sources/texts';

const KEY = 'test-key-please-ignore';

interface Answer {
  error?: string;
  results: {
    index: number;
    status: string;
    articleId?: string;
    reason?: string;
    mirrorOf?: string;
    language?: string;
  }[];
  [count: string]: unknown;
}
const json = async (res: Response) => (await res.json()) as Answer;

describe('HTTP endpoint and S3 drop on the local store', () => {
  let pipeline: LocalPipeline;
  let endpoint: { url: string; stop(): Promise<void> };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${endpoint.url}/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const stored = () => pipeline.observed('article') as unknown as KeptArticle[];

  beforeAll(async () => {
    pipeline = await LocalPipeline.start();
    await pipeline.loadFacts('2025-06-29');
    const handler = makeHttp({
      articles: pipeline.stores.articles,
      clock: pipeline.clock,
      keyHash: async () => sha256(KEY),
    });
    endpoint = await startHttpEndpoint(async (event) => {
      const out = await handler(event);
      await pipeline.pumpUntilQuiet();
      return out;
    });
  });

  afterAll(async () => {
    await endpoint?.stop();
    await pipeline?.stop();
  });

  it('a batch answers item by item: stored, duplicate, copy, skipped and rejected with reasons (207)', async () => {
    const res = await post({
      articles: [
        {
          url: 'https://wire.example/latvia?utm_source=tw',
          title: 'Latvia votes to leave landmine treaty',
          outlet: 'Wire',
          published: '2025-06-27',
          text: WIRE,
        },
        { url: 'https://wire.example/latvia', title: 'Re-posted', text: `${WIRE}\n(updated)` },
        {
          url: 'https://courier.example/baltic',
          outlet: 'Courier',
          html:
            `<html><body><nav>Home</nav><article><p>${COPY.split('\n').join('</p><p>')}</p></article>` +
            '</body></html>',
        },
        { url: 'https://fr.example/lettonie', text: FRENCH },
        { url: 'https://x.example/1', text: 42 },
        'not an object',
      ],
    });
    expect(res.status).toBe(207);
    const body = await json(res);
    expect(body).toMatchObject({ stored: 2, duplicate: 1, skipped: 1, rejected: 2, failed: 0 });
    expect(body.results.map((r) => r.status)).toEqual([
      'stored',
      'duplicate',
      'stored',
      'skipped',
      'rejected',
      'rejected',
    ]);
    expect(body.results[2].mirrorOf).toBe(body.results[0].articleId);
    expect(body.results[3].language).toBe('fr');
    expect(body.results[4].reason).toBe('text must be a string, got a number');
    expect(body.results[5].reason).toBe('item is a string, not an article object');
    expect(stored().filter((a) => a.status === 'rejected')).toHaveLength(2);
  });

  it('one article alone, all stored: 200; the same again: 200 duplicate', async () => {
    const first = await post({ url: 'https://gazette.example/latvia', text: OTHER });
    expect(first.status).toBe(200);
    expect((await json(first)).results[0].status).toBe('stored');
    const again = await json(await post({ url: 'https://gazette.example/latvia/', text: OTHER }));
    expect(again.results[0]).toMatchObject({ status: 'duplicate' });
  });

  it.each([
    ['no key', { authorization: '' }, '{}', 401],
    ['a wrong key', { authorization: 'Bearer nope' }, '{}', 401],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1', 415],
    ['broken JSON', {}, '{"articles": [', 400],
    ['an array body', {}, '[]', 400],
    ['an oversized batch', {}, JSON.stringify({ articles: Array.from({ length: 101 }, () => ({ text: 'x' })) }), 413],
    ['an oversized body', {}, JSON.stringify({ text: 'x'.repeat(1_100_000) }), 413],
  ])('%s is refused with a clear message', async (_name, headers, body, status) => {
    const res = await post(body, headers);
    expect(res.status).toBe(status);
    expect((await json(res)).error).toMatch(/\w+/);
  });

  it(
    'S3: .txt, .html and .json files ingest; other types are rejected with a reason; an unreadable object fails the ' +
      'event and is retried',
    async () => {
      const objects: Record<string, string> = {
        'drop/estonia.txt':
          `Title: Estonia backs leaving\nOutlet: Wire\nPublished: ` +
          `2025-06-28\n\n${WIRE.replace(/Latvia/g, 'Estonia')}`,
        'drop/page.html': `<html><body><article><p>${OTHER.replace(/Latvian/g, 'Lithuanian')
          .split('\n')
          .join('</p><p>')}</p></article></body></html>`,
        'drop/batch.json': JSON.stringify({
          articles: [{ text: WIRE.replace(/Latvia/g, 'Finland'), url: 'https://s3.example/fin' }, { text: '' }],
        }),
        'drop/scan.pdf': '%PDF-1.4',
      };
      let flaky = true;
      const reader: ObjectReader = {
        async read(_bucket, key) {
          if (key === 'drop/late file.txt') {
            if (flaky) throw new Error('SlowDown: please reduce your request rate');
            return { kind: 'ok', bytes: Buffer.from(COPY.replace(/Latvia/g, 'Poland')) };
          }
          return { kind: 'ok', bytes: Buffer.from(objects[key]) };
        },
      };
      const handler = makeS3({ articles: pipeline.stores.articles, clock: pipeline.clock, objects: reader });
      const keys = [...Object.keys(objects), 'drop/late+file.txt'];
      const event = {
        Records: keys.map((key) => ({ s3: { bucket: { name: 'drop-bucket' }, object: { key } } })),
      } as unknown as S3Event;
      const error = await handler(event).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(S3RecordsFailed);
      expect((error as S3RecordsFailed).failures).toEqual([
        { object: 's3://drop-bucket/drop/late file.txt', reason: 'SlowDown: please reduce your request rate' },
      ]);
      await pipeline.pumpUntilQuiet();
      const bySource = (s: string) => stored().filter((a) => a.source === s);
      expect(bySource('s3://drop-bucket/drop/estonia.txt')[0]).toMatchObject({
        title: 'Estonia backs leaving',
        outlet: 'Wire',
        published: '2025-06-28',
      });
      expect(bySource('s3://drop-bucket/drop/page.html')).toHaveLength(1);
      expect(stored().filter((a) => a.url === 'https://s3.example/fin')).toHaveLength(1);
      expect(bySource('s3://drop-bucket/drop/scan.pdf')[0]).toMatchObject({
        status: 'rejected',
        reason: expect.stringMatching(/^unsupported file type/),
      });
      // Lambda retries the whole event: what was stored is a duplicate now, the failed object goes in.
      flaky = false;
      const retry = await handler(event);
      const statuses = Object.fromEntries(
        retry.objects.map((o) => [o.object.replace('s3://drop-bucket/', ''), o.outcomes.map((x) => x.status)]),
      );
      expect(statuses).toEqual({
        'drop/estonia.txt': ['duplicate'],
        'drop/page.html': ['duplicate'],
        'drop/batch.json': ['duplicate', 'rejected'],
        'drop/scan.pdf': ['rejected'],
        'drop/late file.txt': ['stored'],
      });
    },
  );
});
