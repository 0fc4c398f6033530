// Round 12 (speed): matchesOf replaces String.prototype.matchAll (which builds a new RegExp on every call) and
// patternOf builds a pattern made from a word once. Same matches as matchAll, on invented sentences.
import { describe, expect, it } from 'vitest';
import { matchesOf, patternOf } from '#core/extract/match-all';

const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], { ...m.groups }]);

describe('matchesOf', () => {
  const cases: [RegExp, string][] = [
    [/\b(?<y>19|20)\d{2}\b/g, 'Signed in 1997, ratified in 2001 and left in 2023.'],
    [/x*/g, 'axxb xx'], // empty matches advance one place
    [/(?:)/gu, 'a😀b'], // with u, an empty match steps over a whole astral character
    [/(?:)/g, 'a😀b'], // without u, over one code unit
    [/\p{Lu}[\p{L}'’.-]+/gu, 'the Ottawa Convention and the Élysée Treaty'],
    [/\bNATO\b/gi, 'no match here'],
  ];
  it.each(cases)('gives what matchAll gives: %s', (re, s) => {
    expect(shape(matchesOf(s, re))).toEqual(shape([...s.matchAll(new RegExp(re.source, re.flags))]));
  });

  it('starts at lastIndex, as matchAll does, and leaves it as it was', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    expect(matchesOf('12 34 56', re).map((m) => m[0])).toEqual(['34', '56']);
    expect(re.lastIndex).toBe(3);
  });

  it('refuses a pattern without the g flag', () => {
    expect(() => matchesOf('a', /a/)).toThrow(TypeError);
  });
});

describe('patternOf', () => {
  it('builds a pattern once per source and flags', () => {
    expect(patternOf('\\bCTBT\\b', 'g')).toBe(patternOf('\\bCTBT\\b', 'g'));
    expect(patternOf('\\bCTBT\\b', 'g')).not.toBe(patternOf('\\bCTBT\\b', 'gi'));
    expect(patternOf('\\bctbt', 'i').test('the CTBT')).toBe(true);
  });
});
