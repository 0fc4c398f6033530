// The poll use case on fakes: conditional requests, retries of failed pages, known URLs skipped.
import { describe, expect, it } from 'vitest';
import { ingestArticles } from '#core/ingest';
import { fetchPages } from '#core/sources/pages';
import { pollFeed } from '#core/sources/poll';
import type { FetchResult } from '#core/records';
import type { PagesPort } from '#core/ports';
import { MemoryArticles, MemoryFeedStates } from '#local/memory-articles';
import { WIRE } from './texts';

const FEED = 'https://feed.test/rss';
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>${items}</channel></rss>`;
const item = (n: number, description = '') =>
  `<item><title>Story ${n}</title><link>https://feed.test/${n}</link>` +
  `${description ? `<description>${description}</description>` : ''}</item>`;
const page = (text: string) =>
  `<html><body><article><p>${text.split('\n').join('</p><p>')}</p></article></body></html>`;

function setup(feedXml: string, pages: Record<string, () => FetchResult>, maxPages?: number, port?: PagesPort) {
  const articles = new MemoryArticles();
  const feedStates = new MemoryFeedStates();
  const clock = { now: () => '2025-06-29T00:00:00.000Z' };
  const requests: { url: string; etag?: string }[] = [];
  const fetcher = {
    async fetch(url: string, options: { etag?: string } = {}): Promise<FetchResult> {
      requests.push({ url, etag: options.etag });
      if (url === FEED)
        return options.etag === '"v1"'
          ? { kind: 'not-modified' }
          : { kind: 'ok', bytes: Buffer.from(feedXml), url, etag: '"v1"' };
      return pages[url]?.() ?? { kind: 'error', reason: 'HTTP 404', retryable: false, status: 404 };
    },
  };
  const poll = () =>
    pollFeed(
      { url: FEED },
      {
        maxPages,
        feedStates,
        fetcher,
        clock,
        pages:
          port ??
          ((jobs, feed) => fetchPages(jobs, feed, { fetcher, ingest: (i) => ingestArticles(i, { articles, clock }) })),
        knownUrls: async (urls) =>
          new Map(urls.flatMap((u) => (articles.urls.has(u) ? [[u, articles.urls.get(u)!] as const] : []))),
      },
    );
  return { articles, feedStates, requests, poll };
}

describe('polling a feed', () => {
  it(
    'stores the page text with the item title, link and the feed title as outlet; the next poll is ' + 'conditional',
    async () => {
      const { articles, requests, poll } = setup(rss(item(1)), {
        'https://feed.test/1': () => ({
          kind: 'ok',
          bytes: Buffer.from(page(WIRE)),
          url: 'https://feed.test/1',
          contentType: 'text/html',
        }),
      });
      const first = await poll();
      expect(first.outcomes.map((o) => o.status)).toEqual(['stored']);
      expect([...articles.articles.values()][0]).toMatchObject({
        title: 'Story 1',
        url: 'https://feed.test/1',
        outlet: 'Test Wire',
      });
      const second = await poll();
      expect(second.status).toBe('not-modified');
      expect(requests.at(-1)).toEqual({ url: FEED, etag: '"v1"' });
    },
  );

  it(
    'a page that keeps failing is retried on each poll, then kept from the item content after 3 ' + 'attempts',
    async () => {
      // The item's own content must be an article too (at least MIN_ARTICLE_WORDS words).
      const summary = 'Summary from the feed about the vote. '.repeat(4).trim();
      const { articles, poll } = setup(rss(item(1, summary)), {
        'https://feed.test/1': () => ({ kind: 'error', reason: 'HTTP 503', retryable: true, status: 503 }),
      });
      expect((await poll()).pending).toMatchObject([{ attempts: 1, reason: 'HTTP 503' }]);
      expect((await poll()).pending).toMatchObject([{ attempts: 2 }]);
      const third = await poll();
      expect(third.pending).toEqual([]);
      expect(third.outcomes.map((o) => o.status)).toEqual(['stored']);
      expect([...articles.articles.values()][0].text).toBe(summary);
    },
  );

  it(
    'an item whose page keeps failing and whose content is a one-line teaser is rejected as not an ' + 'article',
    async () => {
      const { poll } = setup(rss(item(1, 'Short summary from the feed about the vote.')), {
        'https://feed.test/1': () => ({ kind: 'error', reason: 'HTTP 503', retryable: true, status: 503 }),
      });
      await poll();
      await poll();
      const third = await poll();
      expect(third.outcomes).toMatchObject([
        { status: 'rejected', reason: 'not an article: 8 words of text (at least 25 needed)' },
      ]);
    },
  );

  it('without item content, the third failure is stored as rejected with the reason', async () => {
    const { poll } = setup(rss(item(1)), {
      'https://feed.test/1': () => ({ kind: 'error', reason: 'no answer within 10000 ms', retryable: true }),
    });
    await poll();
    await poll();
    const third = await poll();
    expect(third.outcomes[0]).toMatchObject({
      status: 'rejected',
      reason:
        'the page could not be fetched after 3 attempts: no answer within 10000 ms; ' +
        'the feed item has no content to fall back on',
    });
  });

  it('a link already stored (e.g. from another feed) is reported as a duplicate and not fetched', async () => {
    const { articles, requests, poll } = setup(rss(item(1)), {});
    articles.urls.set('https://feed.test/1', 'abc');
    const report = await poll();
    expect(report.outcomes).toMatchObject([{ status: 'duplicate', duplicateOf: 'abc' }]);
    expect(requests.map((r) => r.url)).toEqual([FEED]);
  });

  it('items over the page budget wait for the next poll, even when the feed answers 304', async () => {
    const texts = [1, 2, 3, 4, 5].map((n) =>
      `${WIRE.replace(/Latvia/g, `Country${n}`)} Item ${n}.`.replace(/Saeima/g, `Parliament${n}`),
    );
    const pages = Object.fromEntries(
      texts.map((t, i) => [
        `https://feed.test/${i + 1}`,
        (): FetchResult => ({
          kind: 'ok',
          bytes: Buffer.from(page(`${t}\n${'Unique words here for story '.repeat(i + 1)}${i}`)),
          url: `https://feed.test/${i + 1}`,
          contentType: 'text/html',
        }),
      ]),
    );
    const { poll } = setup(rss([1, 2, 3, 4, 5].map((n) => item(n)).join('')), pages, 2);
    const reports = [await poll(), await poll(), await poll()];
    expect(reports.map((r) => r.status)).toEqual(['polled', 'not-modified', 'not-modified']);
    expect(reports.map((r) => r.outcomes.length)).toEqual([2, 2, 1]);
    expect(reports.map((r) => r.pending.length)).toEqual([3, 1, 0]);
    expect(reports.flatMap((r) => r.outcomes.map((o) => o.source))).toEqual(
      [1, 2, 3, 4, 5].map((n) => `https://feed.test/${n}`),
    );
  });

  it(
    'when the pages function fails or leaves an item unanswered, those items stay pending for the next ' + 'poll',
    async () => {
      const down: PagesPort = async () => {
        throw new Error('Task timed out after 240.00 seconds');
      };
      const failed = await setup(rss(item(1) + item(2)), {}, undefined, down).poll();
      expect(failed.pending).toMatchObject([
        {
          link: 'https://feed.test/1',
          attempts: 1,
          reason: 'the pages could not be fetched: Task timed out after 240.00 seconds',
        },
        { link: 'https://feed.test/2', attempts: 1 },
      ]);
      expect(failed.saved).toBe(true);
      const partial: PagesPort = async (jobs) => [
        { key: jobs[0].entry.key, outcome: { articleId: 'a1', status: 'stored' } },
      ];
      const half = await setup(rss(item(1) + item(2)), {}, undefined, partial).poll();
      expect(half.outcomes).toEqual([{ articleId: 'a1', status: 'stored' }]);
      expect(half.pending).toMatchObject([{ link: 'https://feed.test/2', reason: 'no answer for this page' }]);
    },
  );
});
