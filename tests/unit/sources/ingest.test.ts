// Ingest identity on an in-memory store with the DynamoDB store's semantics.
import { describe, expect, it } from 'vitest';
import { ingestArticles, type IngestDeps } from '#core/ingest';
import { MemoryArticles } from '#local/memory-articles';
import { COPY, FRENCH, OTHER, WIRE } from './texts';

const clock = { now: () => '2025-06-27T12:00:00.000Z' };
const setup = () => {
  const articles = new MemoryArticles();
  return { articles, deps: { articles, clock } satisfies IngestDeps };
};

describe('ingest: identity, copies, language, rejections', () => {
  it(
    'a re-fetched page with the same URL (tracking parameters aside) is a duplicate even when its text ' + 'changed',
    async () => {
      const { articles, deps } = setup();
      const [first] = await ingestArticles([{ text: WIRE, url: 'https://news.example/latvia?utm_source=rss' }], deps);
      const [again] = await ingestArticles(
        [{ text: `${WIRE}\nUpdated at 14:05.`, url: 'https://www.news.example/latvia#top' }],
        deps,
      );
      expect(first.status).toBe('stored');
      expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId });
      expect(articles.articles.size).toBe(1);
    },
  );

  it('the same text re-posted at another URL is a duplicate by fingerprint', async () => {
    const { deps } = setup();
    const [a, b] = await ingestArticles(
      [
        { text: WIRE, url: 'https://a.example/1' },
        { text: `  ${WIRE.toUpperCase()} `, url: 'https://b.example/2' },
      ],
      deps,
    );
    expect(b).toMatchObject({
      status: 'duplicate',
      duplicateOf: a.articleId,
      reason: 'the same text is already stored',
    });
  });

  it('a syndicated copy is stored and linked to its original; an independent report is not', async () => {
    const { articles, deps } = setup();
    const [wire, copy, other] = await ingestArticles(
      [
        { text: WIRE, outlet: 'Wire' },
        { text: COPY, outlet: 'Daily Courier' },
        { text: OTHER, outlet: 'Gazette' },
      ],
      deps,
    );
    expect(copy).toMatchObject({ status: 'stored', mirrorOf: wire.articleId });
    expect(articles.articles.get(copy.articleId)).toMatchObject({
      status: 'ingested',
      mirrorOf: wire.articleId,
      outlet: 'Daily Courier',
    });
    expect(other.status).toBe('stored');
    expect(other.mirrorOf).toBeUndefined();
  });

  it('a copy of a copy points at the first original', async () => {
    const { deps } = setup();
    const [wire, , third] = await ingestArticles(
      [{ text: WIRE }, { text: COPY }, { text: `${COPY}\nMore at 11.` }],
      deps,
    );
    expect(third.mirrorOf).toBe(wire.articleId);
  });

  it('a French article is stored with its language and status skipped, so detection never sees it', async () => {
    const { articles, deps } = setup();
    const [out] = await ingestArticles([{ text: FRENCH, url: 'https://fr.example/lettonie' }], deps);
    expect(out).toMatchObject({ status: 'skipped', language: 'fr' });
    expect(out.reason).toMatch(/not English/);
    expect(articles.articles.get(out.articleId)).toMatchObject({ status: 'skipped', language: 'fr' });
  });

  it('a rejected input is stored with its reason, and the rest of the batch goes on', async () => {
    const { articles, deps } = setup();
    const out = await ingestArticles(
      [
        { text: '' },
        { text: WIRE, published: 'last Tuesday' },
        { text: 'x', rejection: 'not an article: 3 words', raw: '<html>…</html>' },
        { text: OTHER },
      ],
      deps,
    );
    expect(out.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'stored']);
    expect(out.map((o) => o.reason)).toEqual([
      'text is empty',
      expect.stringMatching(/not an ISO 8601 date/),
      'not an article: 3 words',
      undefined,
    ]);
    expect(articles.articles.get(out[2].articleId)).toMatchObject({ status: 'rejected', raw: '<html>…</html>' });
  });

  it('a storage failure fails that article only, marked retryable', async () => {
    const { articles, deps } = setup();
    let calls = 0;
    const flaky = Object.assign(Object.create(articles), {
      lookup: (q: Parameters<MemoryArticles['lookup']>[0]) =>
        calls++ === 0 ? Promise.reject(new Error('throttled')) : articles.lookup(q),
    });
    const out = await ingestArticles([{ text: WIRE }, { text: OTHER }], { ...deps, articles: flaky });
    expect(out[0]).toMatchObject({ status: 'failed', retryable: true });
    expect(out[0].reason).toMatch(/throttled/);
    expect(out[1].status).toBe('stored');
    const retried = await ingestArticles([{ text: WIRE }], deps);
    expect(retried[0].status).toBe('stored');
  });

  it('per stored article: one read and one write', async () => {
    const { articles, deps } = setup();
    await ingestArticles(
      [
        { text: WIRE, url: 'https://a.example/1' },
        { text: OTHER, url: 'https://a.example/2' },
      ],
      deps,
    );
    expect(articles.requests).toEqual({ reads: 2, writes: 2 });
  });
});
