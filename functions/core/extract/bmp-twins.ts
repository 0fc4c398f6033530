// Cue patterns for sentences outside ASCII (an em dash, an accented name) without the u flag. With i and u together
// V8 reads \b and \p{L} through a slow path (cues.ts: asciiTwin); on a sentence of the characters below only, the
// same pattern without u matches alike once \p{L} and \p{Lu} are spelt as the explicit classes of the characters
// they match under iu. Those classes are read from the engine itself, once, and checked character by character; a
// character whose reading differs (and ſ, which folds to an ASCII letter only under u) keeps its sentence on the
// original pattern.

interface Tables {
  L: string;
  Lu: string;
  /** A sentence holding one of these is read with the original pattern. */
  unsafe: RegExp;
}
let tables: Tables | null | undefined;
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

// The characters of news text outside ASCII this reads: Latin (with its accents), Greek and Cyrillic letters, the
// general punctuation (dashes, quotes, ellipsis) and currency signs. A sentence with any other character (another
// script, a letter-like symbol, an astral character) keeps the original pattern; so the classes stay small (a few
// dozen ranges) and cheap to build and compile on a cold start.
const REPERTOIRE: [number, number][] = [
  [0x0000, 0x052f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];
let codes: number[] | undefined;
let allChars = '';
function repertoire(): number[] {
  if (codes === undefined) {
    codes = REPERTOIRE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k));
    allChars = String.fromCharCode(...codes);
  }
  return codes;
}
/** The repertoire with each character a one-character pattern (flag g) matches replaced by U+FFFF (matched by none). */
function matched(re: RegExp): string {
  repertoire();
  return allChars.replace(re, '\uffff');
}

/** The class body matching exactly the repertoire characters marked in `hit`. */
function classOf(hit: string): string {
  const cs = repertoire();
  let out = '';
  let from = -1;
  for (let k = 0; k <= cs.length; k++) {
    const inside = k < cs.length && hit.charCodeAt(k) === 0xffff;
    if (from >= 0 && (!inside || cs[k] !== cs[k - 1] + 1)) {
      out += from === k - 1 ? hex(cs[from]) : `${hex(cs[from])}-${hex(cs[k - 1])}`;
      from = -1;
    }
    if (inside && from < 0) from = k;
  }
  return out;
}

function build(): Tables | null {
  try {
    const cs = repertoire();
    const L = matched(/\p{L}/giu);
    const Lu = matched(/\p{Lu}/giu);
    const cL = classOf(L);
    const cLu = classOf(Lu);
    const tL = matched(new RegExp(`[${cL}]`, 'gi'));
    const tLu = matched(new RegExp(`[${cLu}]`, 'gi'));
    const unsafe = [0x17f];
    if (tL !== L || tLu !== Lu)
      for (let k = 0; k < cs.length; k++) if (tL[k] !== L[k] || tLu[k] !== Lu[k]) unsafe.push(cs[k]);
    const outside = REPERTOIRE.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('');
    return { L: cL, Lu: cLu, unsafe: new RegExp(`[^${outside}]|[${unsafe.map(hex).join('')}]`) };
  } catch {
    return null;
  }
}

/** Whether a sentence can be read with the BMP twins (computing the classes on first use). */
export function bmpSafe(sentence: string): boolean {
  if (tables === undefined) tables = build();
  return tables !== null && !tables.unsafe.test(sentence);
}

const literalOk = new Map<number, boolean>();
/** A non-ASCII literal reads alike with and without u (i on) for every BMP character. */
function sameLiteral(c: number): boolean {
  let ok = literalOk.get(c);
  if (ok !== undefined) return ok;
  try {
    const u = matched(new RegExp(hex(c), 'giu'));
    const plain = matched(new RegExp(hex(c), 'gi'));
    ok = u === plain;
  } catch {
    ok = false;
  }
  literalOk.set(c, ok);
  return ok;
}

/**
 * A pattern's twin without the u flag, spelt once per pattern by `spell` and cached; null when the pattern is not
 * both i and u, or uses a construct with no such spelling. Shared by the ASCII twins (cues.ts) and the BMP twins.
 */
export function twinWithoutU(
  cache: Map<RegExp, RegExp | null>,
  re: RegExp,
  spell: (source: string) => string | null,
): RegExp | null {
  let twin = cache.get(re);
  if (twin !== undefined) return twin;
  twin = null;
  const src = re.unicode && re.ignoreCase ? spell(re.source) : null;
  if (src !== null) {
    try {
      twin = new RegExp(src, re.flags.replace('u', ''));
    } catch {
      twin = null;
    }
  }
  cache.set(re, twin);
  return twin;
}

const twins = new Map<RegExp, RegExp | null>();
/** `re` (flags i and u) without u, for BMP-safe sentences; null when it uses a construct with no such spelling. */
export function bmpTwin(re: RegExp): RegExp | null {
  return twinWithoutU(twins, re, (src) => (tables ? bmpSource(src, tables) : null));
}

function bmpSource(src: string, t: Tables): string | null {
  return spellWithoutU(src, {
    L: t.L,
    Lu: t.Lu,
    // Other property escapes, code point escapes, and \x or \c forms: no twin.
    noTwin: /^\\(?:[pPxc]|u\{)/,
    readsEscapes: true,
    keeps: (code, at, w, inClass) =>
      !(w === 1 && code >= 0xd800 && code <= 0xdfff) && !(inClass && nearRange(src, at, w)) && sameLiteral(code),
  });
}

/** How a twin spells what the u flag reads: the letter classes, the escapes it cannot spell, the characters it keeps. */
export interface Spelling {
  L: string;
  Lu: string;
  noTwin: RegExp; // an escape (tested on its first three characters) with no spelling without u
  readsEscapes: boolean; // \uXXXX escapes are judged by `keeps` like literals (else copied as they are)
  /** A character above U+007F at `at` (written `w` characters wide) may stay as it is. */
  keeps(code: number, at: number, w: number, inClass: boolean): boolean;
}

/** `src` spelt for a pattern without the u flag, or null when it uses a construct the spelling cannot render. */
export function spellWithoutU(src: string, sp: Spelling): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const prop = /^\\p\{(Lu?)\}/.exec(src.slice(i, i + 6));
      if (prop) {
        const set = prop[1] === 'L' ? sp.L : sp.Lu;
        out += inClass ? set : `[${set}]`;
        i += prop[0].length - 1;
        continue;
      }
      const esc = sp.readsEscapes ? /^\\u([0-9a-fA-F]{4})/.exec(src.slice(i, i + 6)) : null;
      if (esc) {
        const code = Number.parseInt(esc[1], 16);
        if (code > 0x7f && !sp.keeps(code, i, 6, inClass)) return null;
        out += esc[0];
        i += 5;
        continue;
      }
      if (sp.noTwin.test(src.slice(i, i + 3))) return null;
      out += src.slice(i, i + 2);
      i++;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code > 0x7f && !sp.keeps(code, i, 1, inClass)) return null;
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}
/** A class member at `i` (of width `w`) that is an end of a range ("a-z"): its case folding is not checked. */
function nearRange(src: string, i: number, w: number): boolean {
  return (src[i + w] === '-' && src[i + w + 1] !== ']') || (src[i - 1] === '-' && src[i - 2] !== '[');
}
