// Syndicated copies: the same wire story under another headline and boilerplate is a copy; an
// independent report of the same event is not.
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  findOriginal,
  isSyndicatedCopy,
  similarity,
  syndicationPrint,
} from '#core/syndication';
import { COPY, OTHER, TRIMMED, WIRE } from './texts';

const print = syndicationPrint;

describe('syndicated copies', () => {
  it('the same wire story with another headline, byline and newsletter boilerplate is a copy', () => {
    expect(isSyndicatedCopy(print(COPY), print(WIRE))).toBe(true);
    expect(similarity(print(COPY), print(WIRE)).jaccard).toBeGreaterThan(0.6);
  });

  it('a copy trimmed to its first paragraphs is a copy (containment), though resemblance is lower', () => {
    const s = similarity(print(TRIMMED), print(WIRE));
    expect(s.containment).toBeGreaterThan(0.7);
    expect(isSyndicatedCopy(print(TRIMMED), print(WIRE))).toBe(true);
  });

  it('two independent reports of the same vote are not copies', () => {
    expect(isSyndicatedCopy(print(OTHER), print(WIRE))).toBe(false);
    expect(similarity(print(OTHER), print(WIRE)).jaccard).toBeLessThan(0.2);
  });

  it('a copy shares band keys with its original, so one batched read finds it', () => {
    const a = new Set(bandKeys(print(WIRE)));
    expect(bandKeys(print(COPY)).some((k) => a.has(k))).toBe(true);
    expect(bandKeys(print(WIRE))).toHaveLength(20);
  });

  it('findOriginal picks the qualifying candidate, and none when nothing qualifies', () => {
    const found = findOriginal(print(COPY), [
      { articleId: 'other', print: print(OTHER) },
      { articleId: 'wire', print: print(WIRE) },
    ]);
    expect(found?.articleId).toBe('wire');
    expect(findOriginal(print(OTHER), [{ articleId: 'wire', print: print(WIRE) }])).toBeNull();
  });

  it('signatures survive the round trip through the table', () => {
    const p = print(WIRE);
    expect(Array.from(decodeSignature(encodeSignature(p.signature)))).toEqual(Array.from(p.signature));
  });

  it('empty text has no bands and copies nothing', () => {
    expect(bandKeys(print(''))).toEqual([]);
    expect(isSyndicatedCopy(print(''), print(WIRE))).toBe(false);
  });
});
