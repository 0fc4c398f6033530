// Feed parser and poll: whatever a feed server sends, no crash, and every item ends up stored,
// reported as rejected/skipped/duplicate with a reason, pending, or dropped with a reason.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticles } from '#core/ingest';
import { parseFeedXml } from '#core/sources/feed';
import { fetchPages } from '#core/sources/pages';
import { pollFeed } from '#core/sources/poll';
import type { FetchResult } from '#core/records';
import { MemoryArticles, MemoryFeedStates } from '#local/memory-articles';
import { feedDocument, htmlDocument, nasty } from './arbitraries';

let inputs = 0;
afterAll(() => console.log(`feed parser property inputs: ${inputs}`));

describe('feed parser (property)', () => {
  it('any string: a parse or a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.string({ maxLength: 2000 })), (xml) => {
        inputs++;
        const out = parseFeedXml(xml, 'http://feed.test/rss');
        if (!out.ok) expect(out.reason).toMatch(/\w/);
      }),
      { numRuns: 2500 },
    );
  });

  it('generated RSS and Atom, cut short or corrupted: every listed item is an entry or dropped with a reason', () => {
    fc.assert(
      fc.property(feedDocument, ({ xml, items }) => {
        inputs++;
        const out = parseFeedXml(xml, 'http://feed.test/rss');
        if (!out.ok) return void expect(out.reason).toMatch(/^malformed feed/);
        expect(out.entries.length + out.dropped.length).toBeLessThanOrEqual(items);
        for (const e of out.entries) {
          expect(e.key.length).toBeGreaterThan(0);
          expect(e.link || e.content).toBeTruthy();
          if (e.published) expect(Number.isNaN(Date.parse(e.published))).toBe(false);
        }
        for (const d of out.dropped) expect(d.reason).toMatch(/\w/);
      }),
      { numRuns: 2500 },
    );
  });

  it(
    'a whole poll over generated feeds and pages: every entry is accounted for, with a reason unless ' + 'stored',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          feedDocument,
          fc.array(
            fc.oneof(
              htmlDocument.map((h) => ({ kind: 'html' as const, h })),
              fc.constantFrom({ kind: 'error' as const, h: '' }, { kind: 'fail' as const, h: '' }),
            ),
            { minLength: 1, maxLength: 8 },
          ),
          async ({ xml }, pages) => {
            inputs++;
            const articles = new MemoryArticles();
            const clock = { now: () => '2025-06-29T00:00:00.000Z' };
            let n = 0;
            const fetcher = {
              async fetch(url: string): Promise<FetchResult> {
                if (url === 'http://feed.test/rss')
                  return { kind: 'ok', bytes: Buffer.from(xml), url, contentType: 'application/xml' };
                const page = pages[n++ % pages.length];
                if (page.kind === 'fail') throw new Error('socket hang up');
                if (page.kind === 'error') return { kind: 'error', reason: 'HTTP 503', retryable: true };
                return { kind: 'ok', bytes: Buffer.from(page.h), url, contentType: 'text/html' };
              },
            };
            const report = await pollFeed(
              { url: 'http://feed.test/rss' },
              {
                feedStates: new MemoryFeedStates(),
                fetcher,
                clock,
                pages: (jobs, feed) =>
                  fetchPages(jobs, feed, { fetcher, ingest: (i) => ingestArticles(i, { articles, clock }) }),
              },
            );
            const parsed = parseFeedXml(xml, 'http://feed.test/rss');
            const entries = parsed.ok ? parsed.entries.length : 0;
            expect(report.outcomes.length + report.pending.length).toBe(entries);
            for (const o of report.outcomes) {
              expect(['stored', 'duplicate', 'rejected', 'skipped']).toContain(o.status);
              if (o.status !== 'stored') expect(o.reason).toMatch(/\w/);
              if (o.status === 'stored' || o.status === 'skipped' || o.status === 'rejected')
                expect(articles.articles.has(o.articleId)).toBe(true);
            }
            for (const p of report.pending) expect(p.reason).toMatch(/\w/);
          },
        ),
        { numRuns: 600 },
      );
    },
  );
});
