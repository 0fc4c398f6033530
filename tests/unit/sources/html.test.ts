import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMainText, MAX_HTML_CHARS } from '#core/sources/html';
import { parseSourceFile } from '#core/sources/files';

describe('main text from HTML', () => {
  it('keeps the article, drops navigation, cookie banner, sidebar and footer', () => {
    const page = extractMainText(readFileSync('tests/fixtures/feeds/articles/latvia-wire.html', 'utf8'));
    if (!page.ok) throw new Error(page.reason);
    expect(page.text).toMatch(/^RIGA, June 27 \(Wire\)/m);
    expect(page.text).toContain('Officials said Latvia had no plans to deploy landmines in peacetime');
    expect(page.text).not.toMatch(/cookies|Most read|Celebrity chef|Sign up for our newsletter|Sport/);
    expect(page.text.split('\n\n').length).toBeGreaterThanOrEqual(5); // paragraphs survive
    expect(page).toMatchObject({ published: '2025-06-27T10:00:00Z', lang: 'en', siteName: 'Wire Service' });
  });

  it.each([
    [
      'a section front',
      readFileSync('tests/fixtures/feeds/articles/section-front.html', 'utf8'),
      /^not an article: \d+ words/,
    ],
    ['an empty page', '', /empty/],
    ['a gigantic page', `<p>${'x '.repeat(MAX_HTML_CHARS / 2 + 10)}</p>`, /limit/],
  ])('%s is not an article, with a reason', (_name, html, reason) => {
    const page = extractMainText(html);
    expect(page.ok).toBe(false);
    expect(!page.ok && page.reason).toMatch(reason);
  });

  it('malformed HTML still yields its text', () => {
    const words = 'The parliament voted to leave the treaty after a long debate in which many members spoke. '.repeat(
      8,
    );
    const page = extractMainText(`<div><p>${words}<p><b>unclosed <i>tags</div></span>`);
    expect(page.ok && page.text).toContain('The parliament voted to leave the treaty');
  });
});

describe('files (CLI and S3 share one parser)', () => {
  it('a .txt file with a header keeps its fields', () => {
    const [a] = parseSourceFile(
      'a.txt',
      Buffer.from('Title: T\nOutlet: O\nPublished: 2025-06-28\nURL: https://o.test/a\n\nBody text.'),
    );
    expect(a).toMatchObject({
      title: 'T',
      outlet: 'O',
      published: '2025-06-28',
      url: 'https://o.test/a',
      text: 'Body text.',
      source: 'a.txt',
    });
  });

  it('malformed JSON, unsupported types and oversized files are rejections with reasons', () => {
    expect(parseSourceFile('b.json', Buffer.from('{"text": '))[0].rejection).toMatch(/^malformed JSON/);
    expect(parseSourceFile('c.pdf', Buffer.from('%PDF'))[0].rejection).toMatch(/^unsupported file type/);
    expect(parseSourceFile('d.txt', new Uint8Array(5_000_001))[0].rejection).toMatch(/limit is 5000000/);
    expect(parseSourceFile('e.txt', new Uint8Array())[0].rejection).toBe('the file is empty');
  });
});
