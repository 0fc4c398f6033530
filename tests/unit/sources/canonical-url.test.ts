import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '#core/canonical-url';

describe('canonical URLs', () => {
  it('strips tracking parameters, the fragment, www, default ports and a trailing slash', () => {
    expect(
      canonicalUrl(
        'HTTPS://WWW.Example.COM:443/news/story/' +
          '?utm_source=rss&utm_medium=feed&fbclid=abc&gclid=x&mc_cid=1&ref=home#comments',
      ),
    ).toBe('https://example.com/news/story');
  });

  it('keeps and sorts the parameters that select content', () => {
    expect(canonicalUrl('https://example.com/article?page=2&id=7&utm_campaign=x')).toBe(
      'https://example.com/article?id=7&page=2',
    );
  });

  it('http and https, with or without index.html, are the same page', () => {
    expect(canonicalUrl('http://example.com/a/index.html')).toBe(canonicalUrl('https://example.com/a/'));
  });

  it('keeps a non-default port and resolves relative links against a base', () => {
    expect(canonicalUrl('/items/1?utm_x=1', 'http://127.0.0.1:8080/feed.xml')).toBe('https://127.0.0.1:8080/items/1');
  });

  it.each(['', 'not a url', 'ftp://example.com/file', 'javascript:alert(1)', 'mailto:a@b.c'])(
    '%j has no canonical form',
    (raw) => {
      expect(canonicalUrl(raw)).toBeNull();
    },
  );
});
