// Who acts when the sentence names no state: a head of state or government by name ("President Stubb signed a
// decree"), a description of the article's state ("the Baltic state", "the island nation"), and mentions that
// look like a state but are not one ("the Indian Ocean", "the South American country").
import leaderData from './leaders.json';
import { findStates } from './gazetteer';
import type { Gazetteer, StateMention } from './gazetteer';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEADERS = new Map<string, string>(
  (leaderData.leaders as [string, string][]).map(([n, iso]) => [n.toLowerCase(), iso]),
);
const LEADER_RE = new RegExp(
  // (?<![a-z]) first: under iu it matches letters only, so inside a word the inline class fails the position before
  // the large \p{L} class is called out for (same matches).
  `(?<![a-z])(?<![\\p{L}])(${[...LEADERS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})(?![\\p{L}])`,
  'giu',
);
// The name must read as a person: after a title, or as the subject right before a verb phrase.
const TITLE_BEFORE =
  /\b(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Minister|Emir|King|Leader|leader|Gen\.|General|Colonel|Capt\.|Captain|junta leader|strongman|counterpart)\s+(?:[\p{Lu}][\p{L}.'-]+\s+){0,2}$/u;

/** The state of a head of state or government named in `s` before `end` (the last such name), or null. */
export function leaderBefore(s: string, end: number): string | null {
  let found: string | null = null;
  // An exec loop on the pattern itself, which stops at end (matchAll would copy the pattern on every call).
  LEADER_RE.lastIndex = 0;
  for (let m = LEADER_RE.exec(s); m && m.index < end; m = LEADER_RE.exec(s)) {
    const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
    if (!TITLE_BEFORE.test(s.slice(Math.max(0, m.index! - 40), m.index!)) && !/^(?:'s|\s+[a-z])/.test(after)) continue;
    found = LEADERS.get(m[0].toLowerCase()) ?? found;
  }
  return found;
}

// "the Indian Ocean", "the Persian Gulf", "the South American country", "the Central Asian republic":
// a demonym inside a geographic description names no state.
const GEO_AFTER = /^\s*(?:Ocean|Sea|Gulf|Peninsula|Basin|Coast|Horn|Subcontinent|continent|region)\b/;
const COMPASS_BEFORE =
  /\b(?:South|North|East|West|Central|Southeast|Southern|Northern|Eastern|Western|Latin|Sub-Saharan)[\s-]$/;
export function isDescriptive(s: string, m: StateMention): boolean {
  if (m.kind !== 'demonym') return false;
  return GEO_AFTER.test(s.slice(m.end, m.end + 20)) || COMPASS_BEFORE.test(s.slice(Math.max(0, m.start - 14), m.start));
}

// Coordinated persons, each with a state ("French President A and German Chancellor B signed", "the Minister of
// Foreign Affairs of A, C, and Israeli Prime Minister D sign"): the gap between two state words is a title and a
// name, then "and" or a comma.
const TITLE = String.raw`(?:(?:Prime|Foreign|Defen[cs]e)\s+)?(?:President|Minister|Chancellor|Premier|King|Secretary)(?:\s+of\s+Foreign\s+Affairs)?`;
const OF_TITLE = new RegExp(`${TITLE}\\s+(?:of|for)\\s+(?:the\\s+)?$`);
const TITLED = new RegExp(`^(?:'s)?\\s+(?:${TITLE}|counterpart|presidents|leaders)\\b`);
const PERSON = new RegExp(
  String.raw`^(?:'s)?\s+(?:${TITLE}\s+)?(?:(?:\p{Lu}[\p{L}.'-]*|bin|al-\S+)\s+){0,4}\p{Lu}[\p{L}.'-]*\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|the)\s+)?(?:${TITLE}\s+(?:of|for)\s+(?:the\s+)?)?$`,
  'u',
);
/** `gap` (text between two state words) links two persons of those states; `pre` is the text before the first. */
export function personLink(pre: string, gap: string, post: string): boolean {
  if (/^\s+and\s+$/.test(gap)) return /^\s+(?:presidents|leaders)\b/.test(post);
  return PERSON.test(gap) && (OF_TITLE.test(pre) || TITLED.test(gap)) && (TITLED.test(post) || OF_TITLE.test(gap));
}

// A definite description standing for the article's state: "The Baltic state", "the Pacific island nation".
const DESCRIPTION =
  /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?(?:island\s+)?(?:state|nation|country|republic|kingdom|monarchy|emirate|archipelago)\s+(?:(?:has|had|have|on\s+\w+|formally|officially|also|then|now|last\s+\w+)\s+){0,3}$/u;
export function describedSubject(s: string, trigger: number): boolean {
  return DESCRIPTION.test(s.slice(Math.max(0, trigger - 70), trigger));
}

/** States named by an article's dateline ("VILNIUS, June 28 (Reuters) —"), by capital or name. */
export function datelineStates(first: string | undefined, dateline: RegExp, gz: Gazetteer): string[] {
  const m = first ? dateline.exec(first) : null;
  if (!m) return [];
  const place = m[0]
    .replace(/[—–-]\s*$/, '')
    .split(/,|\(/)[0]
    .trim();
  const tidy = place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  return [...new Set(findStates(tidy, gz, []).flatMap((x) => x.states))];
}

// The USSR has no ISO 3166-1 code and Russia is not labelled for its acts: in a sentence about the Soviet Union
// that does not itself name Russia, a claim for Russia (a bilateral party, the article's state) is the USSR's.
const SOVIET = /\b(?:Soviet|USSR|U\.S\.S\.R\.)\b/;
const RUSSIA_NAMED = /\b(?:Russia|Russian Federation|Moscow|Kremlin)\b/;
/** `subj` without Russia when `s` speaks of the Soviet Union and names no Russia. */
export function withoutSovietActor(s: string, subj: string[]): string[] {
  if (!subj.includes('RUS') || !(s.includes('Soviet') || s.includes('USSR') || s.includes('S.S.R'))) return subj;
  return SOVIET.test(s) && !RUSSIA_NAMED.test(s) ? subj.filter((c) => c !== 'RUS') : subj;
}
