// State mentions in a text: names, capitals, institutions and groupings from the gazetteer, adjacent names
// merged into lists, and counted anaphors ("the three governments").
import { type Gazetteer, NOT_A_STATE, overlaps, scanIndex, type StateMention } from './mentions';
import { matchesOf } from './match-all';

const LIST_SEP = /^(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|&|nor|or|as well as)\s+|\s*\/\s*)(?:the\s+)?$/;
// "Amid the rift with Russia, Armenia froze ...": a state closing a prepositional phrase, a comma, and a state that goes
// on with a verb (no further list item) — the phrase and the subject, not a list of two.
const PREP_BEFORE = /\b(?:with|amid|against|from|over|towards?|on|by|for)\s+(?:the\s+)?$/i;
const LIST_GOES_ON = /^\s*(?:,|and\b|or\b|&|nor\b|as well as\b|[).;:]|$)/;
const fronted = (text: string, prev: StateMention, m: StateMention) =>
  prev.states.length === 1 &&
  /^\s*,\s*(?:the\s+)?$/.test(text.slice(prev.end, m.start)) &&
  PREP_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start)) &&
  !LIST_GOES_ON.test(text.slice(m.end, m.end + 16));
const ANAPHOR =
  /\b(?:the|all|both|these|those)\s+(two|three|four|five|six|seven|both)\s+(?:\w+\s+){0,2}?(?:states|countries|governments|juntas|nations|members|capitals|neighbours|neighbors|ministries|foreign ministries|parliaments|allies)\b|\bboth countries\b/gi;
const NUM: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

const REGION_BEFORE = /\b(?:Central|South|Latin|North|Meso|Ibero|Afro|Anglo|Hispano)[\s-]$/;

/** The European Union as a party to treaties (the labels' code; not a state record). */
export const EU_PARTY = 'EUU';
// The Union is a party only where it can be the actor: not the place left or joined ("departure from the EU",
// "accession to the EU", "Britain left the EU"), not the whole of an "of" phrase ("Court of Justice of the EU"), not a
// qualifier of its members or organs ("EU member states", "EU countries", "the EU's 27 members"), nor a modifier of
// an act ("a coordinated EU withdrawal"), which would then pass for the subject of a later verb.
const EU_OBJECT_BEFORE =
  /\b(?:from|of|to|into|in|within|outside|across|inside|throughout|among|beyond|than|leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|(?:re)?join(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
const EU_QUALIFIER_AFTER =
  /^(?:['’]s)?[\s-]+(?:\d+|twenty[\s-]seven|27|28|other|fellow|own|remaining)?\s*(?:member(?:s|ship)?|countries|nations|states|governments|capitals|citizens|nationals|leaders|ministers|foreign|finance|officials?|diplomats?|envoys?|ambassadors?|law|laws|rules|regulations?|partners?|allies|institutions?|level|-level|court|courts|budget|funds?|summit|presidency|commission(?:er)?s?|parliament|council|agency|delegation|spokes\w+|chief|head|sanctions?|single|internal|market|bloc|withdrawal|exit|accession|ratification|signature)\b/i;
function euCanAct(text: string, s: { start: number; end: number }): boolean {
  if (EU_OBJECT_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start))) return false;
  return !EU_QUALIFIER_AFTER.test(text.slice(s.end, s.end + 40)) && !/^\d/.test(text.slice(s.end));
}

/** State mentions with adjacent names merged into lists ("Lithuania, Latvia and Estonia"). */
export function findStates(text: string, g: Gazetteer, masked: { start: number; end: number }[]): StateMention[] {
  const raw: StateMention[] = [];
  if (/Baltic|Sahel|AES|Nordic/.test(text))
    for (const m of matchesOf(text, g.groupRe)) {
      const key = Object.keys(m.groups!).find((k) => m.groups![k] !== undefined)!;
      raw.push({
        start: m.index!,
        end: m.index! + m[0].length,
        states: g.groupLookup.get(key)!,
        kind: 'group',
        legislature: false,
      });
    }
  const groups = raw.slice();
  for (const m of scanIndex(text, g.stateIndex)) {
    const s = { start: m.start, end: m.end };
    if (overlaps(s, masked) || overlaps(s, groups)) continue; // scanIndex itself never overlaps
    const info = g.stateLookup.get(m.key)!;
    // "Washington Post", "Paris Agreement"-like compounds are masked by treaties; skip "Moscow time".
    if (info.kind === 'capital' && /^\s+time\b/.test(text.slice(s.end, s.end + 6))) continue;
    if (NOT_A_STATE.test(text.slice(s.start, s.start + 40))) continue;
    // "the Central American nation", "Latin American states", "the Inter-American Court": a region's adjective.
    if (/^Americ/.test(m.key) && REGION_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) continue;
    if (
      text[s.start - 1] === '-' &&
      /(?:^|[^\p{L}])(?:Pan|Inter)-$/iu.test(text.slice(Math.max(0, s.start - 7), s.start))
    )
      continue;
    if (info.iso3 === EU_PARTY && !euCanAct(text, s)) continue;
    raw.push({ start: s.start, end: s.end, states: [info.iso3], kind: info.kind, legislature: info.legislature });
  }
  if (/\b(?:two|three|four|five|six|seven|both)\b/i.test(text))
    for (const m of matchesOf(text, ANAPHOR)) {
      const s = { start: m.index!, end: m.index! + m[0].length };
      if (overlaps(s, raw)) continue;
      const n = /both/i.test(m[0]) ? 2 : NUM[m[1].toLowerCase()];
      raw.push({ ...s, states: [], kind: 'group', legislature: false, anaphor: n });
    }
  raw.sort((a, b) => a.start - b.start);
  const merged: StateMention[] = [];
  for (const m of raw) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      !prev.anaphor &&
      !m.anaphor &&
      m.kind !== 'demonym' &&
      prev.kind !== 'demonym' &&
      m.kind !== 'institution' &&
      !m.states.every((x) => prev.states.includes(x)) &&
      (m.kind === 'capital') === (prev.kind === 'capital') &&
      LIST_SEP.test(text.slice(prev.end, m.start)) &&
      !/^'s/.test(text.slice(prev.end)) &&
      !fronted(text, prev, m)
    ) {
      prev.end = m.end;
      prev.states = [...new Set([...prev.states, ...m.states])];
      prev.kind = prev.kind === 'group' || m.kind === 'group' || prev.states.length > 1 ? 'group' : prev.kind;
      continue;
    }
    merged.push({ ...m, states: [...m.states] });
  }
  return merged;
}
