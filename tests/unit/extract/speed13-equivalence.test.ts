// Round 13 speed changes (outputs unchanged): the inline prefilters put before V8's large Unicode classes, and
// scanAlternatives' first-char table, match exactly what they replace.
import { describe, expect, it } from 'vitest';
import { alternativesByFirst, scanAlternatives } from '#core/extract/mentions';

const allCodePoints = () => {
  const out: string[] = [];
  for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) out.push(String.fromCodePoint(c));
  return out;
};

describe('inline prefilters before \\p{Lu} and \\p{L}', () => {
  it('(?=[^\\0-@\\[-\\xbf])\\p{Lu} matches exactly the characters \\p{Lu} matches', () => {
    const plain = /^\p{Lu}$/u;
    const filtered = /^(?=[^\0-@\[-\xbf])\p{Lu}$/u;
    expect(allCodePoints().filter((c) => filtered.test(c) !== plain.test(c))).toEqual([]);
  });

  it('(?<![a-z])(?<![\\p{L}]) under iu is (?<![\\p{L}]) (a letter-initial name, not inside a word)', () => {
    const names = 'jane roe|émile zola|kwame|ſam|ngozi';
    const plain = new RegExp(`(?<![\\p{L}])(${names})(?![\\p{L}])`, 'giu');
    const filtered = new RegExp(`(?<![a-z])(?<![\\p{L}])(${names})(?![\\p{L}])`, 'giu');
    const texts = [
      'President Jane Roe met Kwame, then Ngozi; XJane Roe and Émile Zola’s visit.',
      'aKwame ÉKwame 1Kwame -kwame “Ngozi” Kwamé Sam ſam KWAME \u212Awame',
      ...allCodePoints()
        .filter((_, k) => k % 97 === 0)
        .map((c) => `${c}kwame ${c}ngozi${c}`),
    ];
    for (const t of texts)
      expect([...t.matchAll(filtered)].map((m) => m.index)).toEqual([...t.matchAll(plain)].map((m) => m.index));
  });
});

describe('scanAlternatives with its first-char table', () => {
  it('finds what the word-bounded alternation finds', () => {
    const alts = ['NPT', 'CTBT', 'UN', 'X', 'EU', 'ICC', 'T'];
    const by = alternativesByFirst([...alts].sort((a, b) => b.length - a.length));
    const re = new RegExp(`\\b(?:${[...alts].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
    const texts = [
      'The NPT and the CTBT, the UN said; X left the EU and the ICC.',
      'T-shirts, UNX, XUN, EU’s, ÉU, NPT2, _NPT, (ICC) and T.',
      'no alternative here at all',
      '',
    ];
    for (const t of texts)
      expect(scanAlternatives(t, by).map((m) => [m.index, m[0]])).toEqual(
        [...t.matchAll(re)].map((m) => [m.index, m[0]]),
      );
  });
});
