import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ArticleRejected,
  articleFingerprint,
  countWords,
  MIN_ARTICLE_WORDS,
  parseArticleFile,
  validateArticle,
} from '#core/article';

describe('article files', () => {
  it('reads the optional header lines and keeps the body whole', () => {
    const a = parseArticleFile(
      'Title: A vote\nOutlet: Test Wire\nPublished: 2025-06-26T10:00:00+02:00\n\nBody line one.\nBody line two.',
    );
    expect(a).toMatchObject({
      title: 'A vote',
      outlet: 'Test Wire',
      published: '2025-06-26T10:00:00+02:00',
      text: 'Body line one.\nBody line two.',
    });
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
    const story = Array.from({ length: MIN_ARTICLE_WORDS }, (_, i) => `word${i}`).join(' ');
    expect(validateArticle({ text: ` ${story} `, published: '2025-06-29' }).text).toBe(story);
  });

  it('a text under 25 words is not an article: a headline, a placeholder, one word', () => {
    expect(MIN_ARTICLE_WORDS).toBe(25);
    expect(() => validateArticle({ text: '…' })).toThrow('not an article: 0 words of text (at least 25 needed)');
    expect(() => validateArticle({ text: 'Ukraine' })).toThrow('not an article: 1 word of text (at least 25 needed)');
    expect(() => validateArticle({ text: 'Ukraine quits the Ottawa Convention on landmines' })).toThrow(/7 words/);
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(() => validateArticle({ text: words(24) })).toThrow(/24 words/);
    expect(validateArticle({ text: words(25) }).text).toBe(words(25));
    // A genuine wire brief is an article.
    const brief = parseArticleFile(
      readFileSync('tests/fixtures/challenge/holdout-5/articles/10-finland-ottawa-exit-reprint.txt', 'utf8'),
    );
    expect(countWords(brief.text)).toBe(27);
    expect(() => validateArticle(brief)).not.toThrow();
    // Scripts written without spaces are counted in words, not in runs of letters.
    const decree = '乌克兰总统签署法令，宣布退出禁止杀伤人员地雷公约。';
    expect(countWords(decree)).toBeGreaterThan(8);
    expect(countWords('Kyiv, 29 June — the decree')).toBe(5);
  });
});
