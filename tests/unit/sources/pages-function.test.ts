// The pages function and the feeds function's way of calling it on AWS (a synchronous invoke).
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import type { FetchResult, PageJob } from '#core/records';
import { lambdaPages } from '#adapters/lambda-pages';
import { MemoryArticles } from '#local/memory-articles';
import { makeHandler } from '#functions/pages/handler';
import { WIRE } from './texts';

const clock = { now: () => '2025-06-29T00:00:00.000Z' };
const job = (n: number, extra: Partial<PageJob['entry']> = {}): PageJob => ({
  entry: { key: `https://feed.test/${n}`, link: `https://feed.test/${n}`, title: `Story ${n}`, ...extra },
  attempts: 0,
});

describe('the pages function', () => {
  it('fetches, extracts and ingests each page, answering per item; a retryable failure is handed back', async () => {
    const articles = new MemoryArticles();
    const fetcher = {
      async fetch(url: string): Promise<FetchResult> {
        if (url.endsWith('/1'))
          return {
            kind: 'ok',
            bytes: Buffer.from(`<html><body><article><p>${WIRE}</p></article></body></html>`),
            url,
            contentType: 'text/html',
          };
        return { kind: 'error', reason: 'HTTP 503', retryable: true, status: 503 };
      },
    };
    const handler = makeHandler({ articles, fetcher, clock });
    const { results } = await handler({
      feed: { feedUrl: 'https://feed.test/rss', outlet: 'Test Wire' },
      jobs: [job(1), job(2)],
    });
    expect(results).toMatchObject([
      { key: 'https://feed.test/1', outcome: { status: 'stored' } },
      { key: 'https://feed.test/2', retry: 'HTTP 503' },
    ]);
    expect([...articles.articles.values()][0]).toMatchObject({
      title: 'Story 1',
      outlet: 'Test Wire',
      url: 'https://feed.test/1',
    });
  });

  it('refuses a malformed event with a message that says what is wrong', async () => {
    const handler = makeHandler({
      articles: new MemoryArticles(),
      fetcher: { fetch: async () => ({ kind: 'not-modified' }) },
      clock,
    });
    await expect(handler({ jobs: [] })).rejects.toThrow(/pages event is malformed.*feed/s);
    await expect(handler({ feed: { feedUrl: 'x' }, jobs: [{ entry: { key: '' }, attempts: -1 }] })).rejects.toThrow(
      /pages event is malformed/,
    );
  });
});

describe('lambdaPages (the pages port on AWS)', () => {
  const fakeLambda = (answer: (payload: { jobs: PageJob[] }) => { FunctionError?: string; body: unknown }) => {
    const calls: { jobs: PageJob[] }[] = [];
    const client = {
      async send(command: { input: { Payload: Uint8Array; InvocationType: string; FunctionName: string } }) {
        expect(command.input).toMatchObject({ InvocationType: 'RequestResponse', FunctionName: 'pages-fn' });
        const payload = JSON.parse(Buffer.from(command.input.Payload).toString('utf8'));
        calls.push(payload);
        const { FunctionError, body } = answer(payload);
        return { FunctionError, Payload: Buffer.from(JSON.stringify(body)) };
      },
    } as unknown as LambdaClient;
    return { client, calls };
  };

  it(
    'invokes the pages function synchronously and splits job lists that would pass the 6 MB payload ' + 'limit',
    async () => {
      const { client, calls } = fakeLambda(({ jobs }) => ({
        body: { results: jobs.map((j) => ({ key: j.entry.key, retry: 'x' })) },
      }));
      const big = 'x'.repeat(900_000);
      const jobs = Array.from({ length: 12 }, (_, i) => job(i, { content: big }));
      const results = await lambdaPages('pages-fn', client)(jobs, { feedUrl: 'https://feed.test/rss' });
      expect(results.map((r) => r.key)).toEqual(jobs.map((j) => j.entry.key));
      expect(calls.length).toBeGreaterThan(1);
      for (const call of calls) expect(JSON.stringify(call).length).toBeLessThanOrEqual(5_000_000);
    },
  );

  it('turns a function error or an answer without results into an error the poll keeps items pending for', async () => {
    const failing = fakeLambda(() => ({
      FunctionError: 'Unhandled',
      body: { errorMessage: 'pages event is malformed: …' },
    }));
    await expect(lambdaPages('pages-fn', failing.client)([job(1)], { feedUrl: 'f' })).rejects.toThrow(
      /the pages function failed: pages event is malformed/,
    );
    const odd = fakeLambda(() => ({ body: { nope: true } }));
    await expect(lambdaPages('pages-fn', odd.client)([job(1)], { feedUrl: 'f' })).rejects.toThrow(/without results/);
  });
});
