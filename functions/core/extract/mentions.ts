// What the gazetteer finds in a text (state and treaty mentions), the compiled matcher's shape, and the
// word scanning and name rules the state, treaty and unlisted-name readers share.
import type { NumberedProtocols } from './numbered-protocols';

export type StateKind = 'name' | 'demonym' | 'capital' | 'institution' | 'group';

export interface StateMention {
  start: number;
  end: number;
  states: string[]; // iso3 codes (several for a grouping or a list)
  kind: StateKind;
  legislature: boolean; // the mention names a parliament (Seimas, Sejm, ...)
  anaphor?: number; // "the three governments": resolve to the last group of this size
}

export interface TreatyMention {
  start: number;
  end: number;
  treaty: string | null; // null = an unnamed or sponsored instrument outside the list (blocks "the convention")
  /** A named instrument outside the catalogue: `treaty` is its provisional id, `name` the name as written. */
  name?: string;
  /** The name is an organisation standing for its constitution ("the WHO"), not an instrument's name. */
  org?: boolean;
}

export interface Gazetteer {
  stateIndex: Map<string, string[]>; // first word -> names starting with it (longest first)
  stateLookup: Map<string, { iso3: string; kind: StateKind; legislature: boolean }>;
  groupRe: RegExp;
  groupLookup: Map<string, string[]>;
  treatyIndex: Map<string, string[]>; // first word (normalized) -> normalized names
  treatyCsRe: RegExp; // case-sensitive acronyms and single words
  /** treatyCsRe's alternatives by first char code, in its order (longest first), for scanAlternatives. */
  treatyCsByFirst: Map<number, string[]>;
  treatyLookup: Map<string, string>;
  /** Names (lookup keys) that name an organisation rather than an instrument. */
  orgNames: Set<string>;
  /** Catalogued names as provisional ids, so a spelling the index misses still finds its record. */
  provisionalIndex: { words: string; id: string }[];
  /** treaty id -> the instrument nouns its names use ("charter", "convention"), for "the Charter". */
  treatyNouns: Map<string, Set<string>>;
  treatyPatterns: { re: RegExp; treaty: string; gate: string }[];
  unknownTreatyRe: RegExp;
  treatyIds: Set<string>;
  /** treaty id -> iso3 parties named in a bilateral treaty's official name */
  bilateral: Map<string, string[]>;
  /** Numbered protocols of catalogued conventions ("CCW Protocol IV"). */
  protocols: NumberedProtocols;
  /** Heads of state and government by the name news copy uses (recognition.json), for subjects.ts. */
  leaders: Leaders;
}

/** Leaders' names compiled once: one pattern over every name (longest first), and each name's state. */
export interface Leaders {
  re: RegExp;
  stateOf: Map<string, string>;
}

// Capitals and names inside compounds that are not the state ("the Paris Club", "the Ottawa Convention Centre").
export const NOT_A_STATE =
  /^(?:Paris Club|Ottawa (?:Convention )?Cent(?:re|er)|Washington Post|Moscow Times|Tehran Times|Beijing Olympics|Paris Saint-Germain|Paris Peace (?:Accords?|Agreements?|Conference))/;

export const ATTRIBUTIVE =
  /^\s+(?:member\s+(?:states?|countries|nations|governments)|members?|officials?|chief|head|director|secretariat|spokes\w+|staff|experts?|report|data|rules|budget|summit|meeting|session|headquarters|delegates?|delegation|ministers|observers?|envoys?|representatives?|inspectors?|judges?|prosecutors?|initiatives?|programmes?|programs?|polic(?:y|ies)|schemes?|projects?)\b/;
/** The name qualifies the noun after it ("WHO officials"); "the Eastern Partnership initiative" is the partnership. */
export const qualifiesNoun = (text: string, start: number, end: number): boolean =>
  ATTRIBUTIVE.test(text.slice(end, end + 40)) &&
  !(/Partnership$/.test(text.slice(start, end)) && /^\s+initiative\b/.test(text.slice(end, end + 12)));

// A depositary organisation named for its office ("handed the instrument to the IMO Secretary-General", "notified the
// Secretary General of the Council of Europe"): the office receives the instrument; the organisation is not the
// instrument acted on, unless the sentence speaks of the organisation itself ("its withdrawal from the organisation",
// "denounces the Charter of the body").
export const OFFICE_AFTER =
  /^(?:['’]s)?\s+(?:(?:Deputy|Assistant|Acting)\s+)?(?:Secretary[\s-]+General|Director[\s-]+General|General\s+Director|Executive\s+(?:Secretary|Director)|Secretariat|Depositary)\b/i;
export const OFFICE_BEFORE =
  /\b(?:Secretary[\s-]+General|Director[\s-]+General|General\s+Director|Executive\s+(?:Secretary|Director)|Secretariat|Depositary)\s+of\s+(?:the\s+)?$/i;
export const ORGANISATION_ITSELF =
  /\b(?:the|this|that|its)\s+(?:organi[sz]ation|body|bloc|Charter|Constitution|Statute)\b|\bmembership\b/i;

// Capitalised words of a name, joined by short function words ("Conservation of Migratory Species of Wild Animals").
export const NOT_NAME = String.raw`(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)`;

// Not instruments: "Convention Centre", a treaty's number ("Treaty 6"), words that end a capitalised run.
export const NOT_INSTRUMENT =
  /^(?:\s+(?:Cent(?:re|er)|Hall|Room|Park|Street|Road|Bureau|Office|Secretariat|Organi[sz]ation|Commission|Committee|Council)\b|\s+\d)/;

const LETTER = /[\p{L}\p{N}]/u;
export function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
  return LETTER.test(c);
}
/** Width of the letter or digit at `i` (2 for an astral one), 0 for any other code point. ASCII needs no regex. */
function wordWidth(text: string, i: number): number {
  const x = text.charCodeAt(i);
  if (x < 128) return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}
// Which (first character, length) pairs the index's first words have: a word that no key can start with is passed
// over without cutting it out of the text for a map lookup (most words of an article are not names).
const SHAPES = new WeakMap<Map<string, string[]>, Uint8Array>();
const shapeOf = (code: number, len: number) => Math.min(code, 127) * 64 + Math.min(len, 63);
function shapesOf(idx: Map<string, string[]>): Uint8Array {
  let shapes = SHAPES.get(idx);
  if (!shapes) {
    shapes = new Uint8Array(128 * 64);
    for (const k of idx.keys()) shapes[shapeOf(k.charCodeAt(0), k.length)] = 1;
    SHAPES.set(idx, shapes);
  }
  return shapes;
}
/** Longest name from the index starting at each word of `text` (case as given). */
export function scanIndex(text: string, idx: Map<string, string[]>): { start: number; end: number; key: string }[] {
  const out: { start: number; end: number; key: string }[] = [];
  let skipTo = 0;
  const shapes = shapesOf(idx);
  // Words are maximal runs of letters and digits (by code point), read without a regex match per word.
  for (let i = 0, n = text.length; i < n; ) {
    let w = wordWidth(text, i);
    if (!w) {
      i += text.charCodeAt(i) >= 0xd800 && text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const at = i;
    do i += w;
    while (i < n && (w = wordWidth(text, i)));
    if (at < skipTo || !shapes[shapeOf(text.charCodeAt(at), i - at)] || isWordChar(text[at - 1])) continue;
    const cands = idx.get(text.slice(at, i));
    if (!cands) continue;
    for (const c of cands) {
      if (!text.startsWith(c, at)) continue;
      const end = at + c.length;
      if (isWordChar(text[end]) && isWordChar(c[c.length - 1])) continue;
      if (text[end] === '.' && /[A-Z]/.test(text[end + 1] ?? '')) continue;
      out.push({ start: at, end, key: c });
      skipTo = end;
      break;
    }
  }
  return out;
}

// An ASCII word char as a regex without the u or i flag reads it for \b: [A-Za-z0-9_].
const asciiWord = (x: number) => (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || x === 95;
const asciiBoundary = (text: string, at: number) =>
  asciiWord(text.charCodeAt(at - 1)) !== asciiWord(text.charCodeAt(at));

/** Alternatives (regex order) by their first two char codes (a one-char one by its char alone, its own key). */
export function alternativesByFirst(alts: string[]): Map<number, string[]> {
  const by = new Map<number, string[]>();
  for (const a of alts) {
    const k = a.length > 1 ? a.charCodeAt(0) * 65536 + a.charCodeAt(1) : -1 - a.charCodeAt(0);
    if (!by.has(k)) by.set(k, []);
    by.get(k)!.push(a);
  }
  return by;
}

// For each char code, whether some alternative of `by` starts with it: 1 a longer one, 2 a one-char one.
const FIRSTS = new WeakMap<Map<number, string[]>, Uint8Array>();
function firstsOf(by: Map<number, string[]>): Uint8Array {
  let first = FIRSTS.get(by);
  if (!first) {
    first = new Uint8Array(65536);
    for (const k of by.keys())
      if (k >= 0) first[Math.floor(k / 65536)] |= 1;
      else first[-1 - k] |= 2;
    FIRSTS.set(by, first);
  }
  return first;
}

/**
 * The matches of `new RegExp(`\\b(?:${alts.map(esc).join('|')})\\b`, 'g')` over text (no u or i flag), alternatives
 * longest first, found by a table of their first two chars instead of trying a 170-way alternation at every word
 * boundary: same matches, same order (a one-char alternative, shortest, is tried last).
 */
export function scanAlternatives(text: string, by: Map<number, string[]>): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  const first = firstsOf(by);
  let prev = false; // the char before i is a word char
  for (let i = 0, n = text.length; i < n; ) {
    const c = text.charCodeAt(i);
    const word = asciiWord(c);
    let hit: string | undefined;
    // (most boundaries are at a char no alternative starts with: no map lookup there)
    if (word !== prev && first[c]) {
      const two = first[c] & 1 && i + 1 < n ? by.get(c * 65536 + text.charCodeAt(i + 1)) : undefined;
      if (two) hit = two.find((a) => text.startsWith(a, i) && asciiBoundary(text, i + a.length));
      if (!hit && first[c] & 2 && by.get(-1 - c) && asciiBoundary(text, i + 1)) hit = text[i];
    }
    if (hit) {
      out.push({ index: i, 0: hit });
      i += hit.length;
      prev = asciiWord(text.charCodeAt(i - 1));
    } else {
      prev = word;
      i++;
    }
  }
  return out;
}

/**
 * Catalogued treaties whose name, as a provisional id, is `pid` (or, with `prefix`, starts with it), in index order.
 * Called for every capitalised instrument-like name in an article: one pass, no string built per entry.
 */
export function cataloguedIds(g: Pick<Gazetteer, 'provisionalIndex'>, pid: string, prefix = false): string[] {
  const head = `${pid}-`;
  const ids = new Set<string>();
  for (const x of g.provisionalIndex) if (x.words === pid || (prefix && x.words.startsWith(head))) ids.add(x.id);
  return [...ids];
}

export function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}
