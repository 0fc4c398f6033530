import { describe, expect, it } from 'vitest';
import { ArticleRejected, articleFingerprint, parseArticleFile, validateArticle } from '#core/article';

describe('article files', () => {
  it('reads the optional header lines and keeps the body whole', () => {
    const a = parseArticleFile('Title: A vote\nOutlet: Test Wire\nPublished: 2025-06-26T10:00:00+02:00\n\nBody line one.\nBody line two.');
    expect(a).toMatchObject({ title: 'A vote', outlet: 'Test Wire', published: '2025-06-26T10:00:00+02:00', text: 'Body line one.\nBody line two.' });
  });

  it('treats a file without a header as all body, even if a later line looks like a header', () => {
    const a = parseArticleFile('President signed a decree.\nTitle: not a header here\n\nMore.');
    expect(a.title).toBeUndefined();
    expect(a.text).toContain('President signed a decree.');
    expect(a.text).toContain('Title: not a header here');
  });

  it('does not take header-like first lines without a blank line after them as a header', () => {
    const a = parseArticleFile('Title: Lone line\nstill body');
    expect(a.title).toBeUndefined();
  });

  it('gives the same fingerprint to copies that differ only in spacing, case and line ends', () => {
    expect(articleFingerprint('Kyiv  said\r\nthis.')).toBe(articleFingerprint('kyiv said\nthis.'));
    expect(articleFingerprint('Kyiv said this.')).not.toBe(articleFingerprint('Kyiv said that.'));
  });

  it('rejects empty, oversized or badly dated input with a readable reason', () => {
    expect(() => validateArticle({ text: '   ' })).toThrow(ArticleRejected);
    expect(() => validateArticle({ text: 'x'.repeat(200_001) })).toThrow(/limit/);
    expect(() => validateArticle({ text: 'ok', published: 'yesterday-ish' })).toThrow(/ISO 8601/);
    expect(() => validateArticle({ text: 'ok', url: 'javascript:alert(1)' })).toThrow(/http/);
    expect(validateArticle({ text: ' ok ', published: '2025-06-29' }).text).toBe('ok');
  });
});
