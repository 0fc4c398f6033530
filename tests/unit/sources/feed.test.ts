import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyFeedState, nextFeedState, parseFeedList, parseFeedXml, planPoll, SEEN_LIMIT } from '#core/sources/feed';

const fixture = (name: string) =>
  readFileSync(`tests/fixtures/feeds/${name}`, 'latin1').replaceAll('{{BASE}}', 'http://feeds.test');

describe('feed parsing', () => {
  it('RSS 2.0: title, absolute link, ISO date; repeats and empty items reported, not returned', () => {
    const parsed = parseFeedXml(fixture('rss.xml'), 'http://feeds.test/rss.xml');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.title).toBe('Baltic Wire');
    expect(parsed.entries[0]).toMatchObject({
      key: 'https://feeds.test/articles/latvia-wire.html',
      title: 'Latvia votes to leave landmine treaty',
      link: 'http://feeds.test/articles/latvia-wire.html?utm_source=rss&utm_medium=feed',
      published: '2025-06-27T10:00:00.000Z',
    });
    expect(parsed.entries.find((e) => e.link?.includes('/big/'))?.published).toBeUndefined();
    expect(parsed.dropped).toEqual([
      { index: 2, reason: 'repeats item 1 (the same canonical link)' },
      { index: 10, reason: 'item has neither a usable link nor an id' },
    ]);
    expect(parsed.entries.find((e) => e.key === 'guid:brief-poland-1')?.content).toMatch(/^<p>WARSAW/);
  });

  it('Atom: link from rel=alternate, published date', () => {
    const parsed = parseFeedXml(fixture('atom.xml'), 'http://feeds.test/atom.xml');
    expect(parsed.ok && parsed.entries.map((e) => [e.title, e.published])).toEqual([
      ['Finland approves leaving landmine ban treaty', '2025-06-19T14:00:00.000Z'],
      ['Latvia votes to leave landmine treaty (via Nordic Times)', '2025-06-27T12:00:00.000Z'],
    ]);
  });

  it.each([['broken.xml'], ['not-a-feed.xml']])('%s is a malformed feed with a reason', (name) => {
    const parsed = parseFeedXml(fixture(name), 'http://feeds.test/x');
    expect(parsed).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed feed: /) });
  });

  it('a truncated feed keeps the items before the cut, with a warning', () => {
    const xml = fixture('rss.xml');
    const parsed = parseFeedXml(
      xml.slice(0, xml.indexOf('<item>', xml.indexOf('lettonie'))),
      'http://feeds.test/rss.xml',
    );
    expect(parsed.ok && parsed.entries.length).toBeGreaterThanOrEqual(3);
    expect(parsed.ok && parsed.warning).toMatch(/truncated/);
  });
});

describe('feed state', () => {
  const entry = (n: number) => ({ key: `https://x.test/${n}`, link: `https://x.test/${n}` });

  it('new items are the ones neither seen nor pending; pending ones are retried', () => {
    const state = {
      ...emptyFeedState('f'),
      seen: ['https://x.test/1'],
      pending: { 'https://x.test/2': { entry: entry(2), attempts: 1, lastError: 'HTTP 503' } },
    };
    const plan = planPoll(state, [entry(1), entry(2), entry(3)]);
    expect(plan.fresh.map((e) => e.key)).toEqual(['https://x.test/3']);
    expect(plan.retries.map((r) => r.entry.key)).toEqual(['https://x.test/2']);
  });

  it('after a poll: handled items are seen (newest first, bounded), failures count attempts, the version moves', () => {
    const state = {
      ...emptyFeedState('f'),
      seen: Array.from({ length: SEEN_LIMIT }, (_, i) => `old-${i}`),
      pending: { 'https://x.test/2': { entry: entry(2), attempts: 1, lastError: 'x' } },
    };
    const next = nextFeedState(state, {
      at: 'T',
      status: 'polled',
      etag: '"e"',
      handled: ['https://x.test/3'],
      failed: [{ entry: entry(2), error: 'HTTP 502' }],
    });
    expect(next.seen[0]).toBe('https://x.test/3');
    expect(next.seen).toHaveLength(SEEN_LIMIT);
    expect(next.pending['https://x.test/2']).toMatchObject({ attempts: 2, lastError: 'HTTP 502' });
    expect(next).toMatchObject({ etag: '"e"', version: 1, lastPolledAt: 'T' });
  });

  it('FEEDS: URLs or {url, outlet}; anything else is a configuration error', () => {
    expect(parseFeedList('["https://a.test/rss", {"url": "https://b.test/atom", "outlet": "B"}]')).toEqual([
      { url: 'https://a.test/rss' },
      { url: 'https://b.test/atom', outlet: 'B' },
    ]);
    expect(parseFeedList(undefined)).toEqual([]);
    expect(() => parseFeedList('["ftp://x"]')).toThrow(/FEEDS\[0\]/);
    expect(() => parseFeedList('{"url": 1}')).toThrow(/JSON array/);
  });
});
