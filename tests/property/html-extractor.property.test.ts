// HTML extractor and byte decoding: any page, any bytes, any declared charset → text or a reason.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '#core/sources/charset';
import { extractMainText, MIN_ARTICLE_WORDS } from '#core/sources/html';
import { parseSourceFile } from '#core/sources/files';
import { htmlDocument } from './arbitraries';

let inputs = 0;
afterAll(() => console.log(`HTML extractor property inputs: ${inputs}`));

const wordCount = (t: string) => t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('HTML extractor (property)', () => {
  it('generated pages: enough main text, or "not an article" with a reason; never an exception', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        inputs++;
        const page = extractMainText(html);
        if (page.ok) {
          expect(wordCount(page.text)).toBeGreaterThanOrEqual(MIN_ARTICLE_WORDS);
          expect(page.text).not.toMatch(/<script|<style/i);
        } else expect(page.reason).toMatch(/\w/);
      }),
      { numRuns: 2500 },
    );
  });

  it('arbitrary bytes under any declared charset decode without throwing, then extract or give a reason', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom(
          undefined,
          'text/html',
          'text/html; charset=utf-8',
          'text/html; charset=iso-8859-1',
          'text/html; charset=shift_jis',
          'text/html; charset=utf-16',
          'text/html; charset=bogus',
          'text/html; charset=',
        ),
        (bytes, type) => {
          inputs++;
          const { text } = decodeBytes(bytes, type);
          expect(typeof text).toBe('string');
          const page = extractMainText(text);
          expect(page.ok || page.reason.length > 0).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('files of any name and content: each is an article input or a rejection with a reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.txt', 'a.html', 'a.json', 'a.md', 'a.pdf', 'noext', 'a.JSON'),
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          htmlDocument.map((h) => Buffer.from(h)),
          fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? '')),
        ),
        (name, bytes) => {
          inputs++;
          for (const input of parseSourceFile(name, bytes)) {
            expect(typeof input.text).toBe('string');
            if (input.rejection === undefined) expect(typeof input.text).toBe('string');
            else expect(input.rejection).toMatch(/\w/);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
