// Feeds end to end: a local feed server with new, repeated and broken items, polled through the
// real poll use case into DynamoDB Local (LocalPipeline), with detection running on the stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeptArticle } from '#core/records';
import type { FeedPollReport } from '#core/sources/poll';
import { FeedStore } from '#adapters/feed-store';
import { startFeedServer, type FeedServer } from '#local/feed-server';
import { LocalPipeline } from '#local/pipeline';
import { pollFeeds } from '#local/source-run';

describe('feeds: each new article exactly once, the rest reported with reasons', () => {
  let pipeline: LocalPipeline;
  let server: FeedServer;
  let first: FeedPollReport[];
  let second: FeedPollReport[];
  const feed = (name: string) => ({ url: `${server.base}/${name}` });
  const page = (path: string) => `${server.base}${path}`;
  const articles = () => pipeline.observed('article') as unknown as KeptArticle[];
  const byUrl = (path: string) => articles().filter((a) => a.url?.startsWith(page(path)));

  beforeAll(async () => {
    [pipeline, server] = await Promise.all([LocalPipeline.start(), startFeedServer('tests/fixtures/feeds')]);
    await pipeline.loadFacts('2025-06-29');
    const feeds = ['rss.xml', 'atom.xml', 'broken.xml', 'not-a-feed.xml', 'latin1-feed.xml'].map(feed);
    first = await pollFeeds(pipeline, feeds);
    second = await pollFeeds(pipeline, feeds);
  });

  afterAll(async () => {
    await Promise.all([pipeline?.stop(), server?.stop()]);
  });

  it('stores every new article once, with the feed item title, link and date', () => {
    const wire = byUrl('/articles/latvia-wire.html');
    expect(wire).toHaveLength(1);
    expect(wire[0]).toMatchObject({
      title: 'Latvia votes to leave landmine treaty',
      published: '2025-06-27T10:00:00.000Z',
      outlet: 'Baltic Wire',
      status: 'detected',
      language: 'en',
    });
    expect(wire[0].text).toContain('The Saeima approved the withdrawal by 68 votes to 24');
    expect(wire[0].text).not.toMatch(/cookies|Most read|newsletter/);
    for (const path of [
      '/articles/latvia-copy.html',
      '/articles/estonia.wrong-charset.html',
      '/flaky/lithuania.html',
      '/articles/finland.html',
    ])
      expect(byUrl(path)).toHaveLength(1);
  });

  it('the syndicated copy is stored and linked to the wire original', () => {
    const [wire] = byUrl('/articles/latvia-wire.html');
    const [copy] = byUrl('/articles/latvia-copy.html');
    expect(copy.mirrorOf).toBe(wire.articleId);
  });

  it('detection counts the syndicated copy as a mirror of the wire source, not as a second source', async () => {
    const [wire] = byUrl('/articles/latvia-wire.html');
    const [copy] = byUrl('/articles/latvia-copy.html');
    const timeline = await pipeline.stores.timelines.get('LVA', 'ottawa-convention');
    const counted = timeline!.stages.filter(
      (s) => s.origin === 'news' && s.sources.some((x) => x.articleId === wire.articleId),
    );
    expect(counted.length).toBeGreaterThan(0);
    for (const stage of counted) {
      expect(stage.sources.map((x) => x.articleId)).not.toContain(copy.articleId);
      expect(stage.sources.find((x) => x.articleId === wire.articleId)?.mirrors).toContain(copy.articleId);
    }
  });

  it('the same link repeated in the feed, or listed by another feed, is not stored again', () => {
    const rss = first[0];
    expect(rss.dropped).toContainEqual({ index: 2, reason: 'repeats item 1 (the same canonical link)' });
    const atom = first[1];
    expect(atom.outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'stored']);
  });

  it('the French page is stored with its language and skipped by detection', () => {
    const [fr] = byUrl('/articles/lettonie.html');
    expect(fr).toMatchObject({ status: 'skipped', language: 'fr' });
    expect(first[0].outcomes.find((o) => o.status === 'skipped')?.reason).toMatch(/not English \(language: fr\)/);
  });

  it('a page served as UTF-8 but written in windows-1252 is decoded correctly', () => {
    expect(byUrl('/articles/estonia.wrong-charset.html')[0].text).toContain('Estonia’s government approved a bill');
  });

  it('the gigantic page, the non-article page and the 404 are stored as rejected, each with its reason', () => {
    const reasons = first[0].outcomes
      .filter((o) => o.status === 'rejected')
      .map((o) => [o.source?.replace(server.base, ''), o.reason]);
    expect(reasons).toEqual([
      ['/big/live-blog.html', expect.stringMatching(/larger than 3000000 bytes \(the limit\)/)],
      ['/articles/section-front.html', expect.stringMatching(/^not an article: \d+ words of main text/)],
      ['/articles/does-not-exist.html', expect.stringMatching(/HTTP 404/)],
    ]);
    expect(articles().filter((a) => a.status === 'rejected')).toHaveLength(3);
    expect(byUrl('/articles/section-front.html')[0].raw).toContain('<ul class="headlines">'); // what the page was, kept
  });

  it('an item without a link is kept from its own description; an item with nothing is reported', () => {
    const brief = articles().find((a) => a.title === 'Brief: Poland sets date for leaving mine treaty');
    expect(brief?.text).toMatch(/^WARSAW, June 29/);
    expect(brief?.source).toBe(`${server.base}/rss.xml#brief-poland-1`);
    expect(first[0].dropped).toContainEqual({ index: 10, reason: 'item has neither a usable link nor an id' });
  });

  it('a broken feed and an XML document that is not a feed fail with a reason and change nothing else', () => {
    expect(first[2]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^malformed feed/) });
    expect(first[3]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^malformed feed/) });
    expect(first[4].outcomes.map((o) => o.status)).toEqual(['stored']); // the ISO-8859-1 feed
  });

  it('a page that failed to load is pending after the first poll and stored by the second', () => {
    expect(first[0].pending).toEqual([{ link: page('/flaky/lithuania.html'), attempts: 1, reason: 'HTTP 503' }]);
    expect(second[0].pending).toEqual([]);
    expect(second[0].outcomes.map((o) => [o.source, o.status])).toEqual([[page('/flaky/lithuania.html'), 'stored']]);
  });

  it('the second poll sends the ETag, gets 304 and fetches no page again', async () => {
    expect(second.slice(0, 2).map((r) => r.status)).toEqual(['not-modified', 'not-modified']);
    expect(server.notModified).toBeGreaterThanOrEqual(3);
    expect(server.hits.get('/articles/latvia-wire.html')).toBe(1);
    const state = await new FeedStore(pipeline.stores.doc, pipeline.stores.table).get(feed('rss.xml').url);
    expect(state?.etag).toMatch(/^"/);
    expect(state?.pending).toEqual({});
    expect(state?.seen.length).toBeGreaterThanOrEqual(9);
  });

  it('a feed that gains an item: only the new item is fetched and stored', async () => {
    const rss = await (await fetch(`${server.base}/rss.xml`)).text();
    server.override(
      '/rss.xml',
      rss.replace(
        '<item>',
        `<item><title>Finland, again</title><link>${server.base}/articles/finland.html?utm_source=x</link></item>` +
          '<item>',
      ),
    );
    const before = articles().length;
    const [report] = await pollFeeds(pipeline, [feed('rss.xml')]);
    expect(report.fresh).toBe(1);
    expect(report.outcomes).toMatchObject([{ status: 'duplicate' }]); // Finland came from the Atom feed already
    expect(articles()).toHaveLength(before);
    expect(server.hits.get('/articles/latvia-wire.html')).toBe(1);
  });

  it('nothing reached detection but English articles with status ingested', () => {
    const detected = articles().filter((a) => a.status === 'detected');
    expect(detected.every((a) => a.language === 'en')).toBe(true);
    expect(pipeline.deadLetters).toHaveLength(0);
  });
});
