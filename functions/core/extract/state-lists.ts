// Over 300 lines: every list form here shares items(), listFrom() and the clause bounds; split with care (the
// regexes use NOUN at load time, so a second module importing back from this one would not initialise).
// Lists of states acting on one treaty: "signed by A, B and C", "Nine states signed it: A, B, ...", "A, B and C are
// the latest countries to ratify it", "ratified by 21 (A, B, ...)", "all EU member states have signed".
// One cue, one enumeration: every listed state gets the cue's act (the caller builds one claim per state).
import { rosterWithoutActor } from './subject-before';
import { type CueHit, W } from './cues';
import type { StateMention } from './mentions';
import { matchesOf } from './match-all';

const NUM = String.raw`(?:\d+|a\s+dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|many|some|all|most)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?`;
export const NOUN = String.raw`(?:countries|states|nations|members|member\s+states|member\s+countries|economies|governments|signatories|parties)`;
// "Nine states", "more than 60 countries", "many of the other EU countries", "three more countries".
const COUNT = new RegExp(
  String.raw`\b(?:(?:more|fewer)\s+than\s+|over\s+|about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|at\s+least\s+|some\s+|another\s+|the\s+)?${NUM}\s+(?:of\s+(?:the\s+)?)?(?:(?:more|other|new|further|additional)\s+)*(?:[\p{L}-]+\s+){0,2}?${NOUN}\b`,
  'giu',
);
// Between two listed states: a comma, a semicolon, "and", "as well as", a slash, "&", "followed by" ("A, followed by
// B and C, deposited": an order among states doing one act).
const SEP = /^\s*(?:,|;|\/|&)?\s*(?:(?:and|as\s+well\s+as|plus|followed\s+by)\s+)?(?:the\s+)?$/i;
// "Lao People's Democratic Republic": a name the gazetteer knows only by its first word, inside a list.
const NAME_TAIL = /^(?:\s+\p{Lu}[\p{L}’'-]*){1,4}/u;
// "are the latest countries to ratify", "have become the 13th, 14th and 15th countries to ratify", "were among
// countries signing".
const COPULA = new RegExp(
  String.raw`^\s*,?\s*(?:are|were|is|was|have\s+become|has\s+become|became|become|remain|remained)\s+(?:now\s+|also\s+)?(?:among\s+)?[^.;:]{0,50}?\b${NOUN}\s+(?:that\s+|which\s+|who\s+|to\s+)?(?:have\s+|has\s+|had\s+)?(?:\p{Ll}+ly\s+|also\s+|now\s+)?$`,
  'iu',
);
// After the verb: "by" and the agent list, perhaps after a count ("by 21 (A, B, ...)", "by all EU member states").
const AGENT = new RegExp(
  String.raw`^[\p{L}-]+(?:\s+[^.;:()]{0,50}?)??\s+by\s+(?:(?:${NUM})\s+(?:(?:other|more)\s+)?(?:${NOUN})?\s*(?:\(|:|[—–]\s*)?\s*)?`,
  'iu',
);
// Any plural noun for states right before a list in apposition: a count ("Three more countries — A, B and C"), or
// a definite noun ("the member countries, A, B and C,", "its founding members (A, B and C)"), perhaps with "namely".
const PLURAL_NP = String.raw`(?:${COUNT.source}|\b(?:the|its|their|these|those|all|both)\s+(?:[\p{L}-]+\s+){0,3}?${NOUN}(?:\s+in\s+question|\s+concerned)?)`;
const COUNT_OPEN = new RegExp(
  String.raw`${PLURAL_NP}\s*(?:[—–(:]|,)\s*(?:(?:namely|that\s+is|i\.\s?e\.|viz\.?)\s*,?\s*)?(?:the\s+)?$`,
  'iu',
);
// After the verb phrase: the list the count subject announced ("...: A, B", "..., including A and B").
const LIST_OPEN =
  /^[^.;]{0,100}?(?::|\s[—–]\s|\s-\s|\(|,?\s+(?:including|among\s+them|namely|such\s+as)\b\s*:?)\s*(?:the\s+)?$/i;

// The subject of a pseudo-cleft, right before the cue: "The countries that have (so far) ...", "The other new
// countries to ...", "The countries that adopted and signed ..." (a coordinated verb before the cue's).
// "the list of those who have so far ratified it is: A, B, ..." names them by a pronoun.
const CLEFT_SUBJECT = new RegExp(
  String.raw`\b(?:(?:the|those|these)\s+(?:[\p{L}-]+\s+){0,3}?${NOUN}|(?:the\s+list\s+of\s+)?those)\s+(?:(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?` +
    String.raw`(?:\p{Ll}+ly\s+|so\s+far\s+|now\s+|already\s+|also\s+)*(?:\p{Ll}+ed\s+and\s+)?|to\s+(?:accede\s+to\s+)?)$`,
  'iu',
);
// After the act: the copula that names them ("... so far are", "... include:", "the list ... is:"), or a colon alone
// ("They join the list of countries that have ratified it: A, B and C").
const MORE = /^\s*;\s*(?:and\s+)?[^.;:]{1,60}:\s*/;
const CLEFT_COPULA =
  /^(?:[^.;]{0,140}?\s(?:are|were|include[sd]?|included|comprise[sd]?|is\s*:)\s*:?|[^.;:]{0,140}?:)\s*(?:the\s+)?$/i;

const EU_SINCE: [number, string[]][] = [
  [0, ['BEL', 'DEU', 'FRA', 'ITA', 'LUX', 'NLD', 'DNK', 'IRL', 'GRC', 'ESP', 'PRT']],
  [1995, ['AUT', 'FIN', 'SWE']],
  [2004, ['CYP', 'CZE', 'EST', 'HUN', 'LVA', 'LTU', 'MLT', 'POL', 'SVK', 'SVN']],
  [2007, ['BGR', 'ROU']],
  [2013, ['HRV']],
];
/** The EU's member states in a given year (the United Kingdom until 2020). */
export function euMembers(year: number | undefined): string[] {
  const y = year ?? 9999;
  const out = EU_SINCE.filter(([from]) => y >= from).flatMap(([, iso]) => iso);
  return y < 2020 ? [...out, 'GBR'] : out;
}
const ASEAN = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM'];
// A grouping only where the text names its members acting ("all EU member states", "the ten ASEAN members"),
// never the organisation itself ("the EU signed" is the Union as a party).
const EU_NAME = String.raw`(?:EU|European\s+Union)`;
const ASEAN_NAME = String.raw`(?:ASEAN|Asean|Association\s+of\s+South\s*-?\s*East\s+Asian\s+Nations)`;
const MEMBERS = String.raw`(?:member\s+states|member\s+countries|members|countries|nations|states)`;
const GROUPING = new RegExp(
  String.raw`\b(?:(?<all>all|each\s+of)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\d+|\w+\s+)?|the\s+(?:\d+|ten|10|27|28)\s+)` +
    String.raw`(?:(?<eu>${EU_NAME})\s+${MEMBERS}|(?<asean>${ASEAN_NAME})\s+${MEMBERS}|${MEMBERS}\s+of\s+(?:the\s+)?(?:(?<eu2>${EU_NAME})|(?<asean2>${ASEAN_NAME})))\b`,
  'gi',
);
// Hot path: every list below needs two named states, a grouping's members or a count noun ("nine countries").
const LIST_HINT = /\b(?:countries|states|nations|members|economies|governments|signatories|parties)\b/i;
// A modal, negation or plan before the verb: the list does not (yet) act (the month is no modal: "on 2 May are").
const IRREALIS =
  /n['’]t\b|\b(?:not|never|no\s+longer|will|would|could|should|(?<!\d\s{1,3}|\bin\s)may(?!\s+\d)|might|must|can|cannot|expected|set|due|plan\w*|intend\w*|hop\w*|refus\w*|declin\w*|fail\w*|yet|urg\w*|asked|called|want\w*|wish\w*|threat\w*|consider\w*|seek\w*|sought|if|unless)\b/i;

interface Item {
  start: number;
  end: number;
  states: string[];
  demonym?: boolean;
  grouping?: boolean;
}

export function items(s: string, states: StateMention[], year: number | undefined): Item[] {
  const groups: Item[] = [];
  for (const g of matchesOf(s, GROUPING)) {
    const x = g.groups!;
    const eu = x.eu || x.eu2;
    groups.push({ start: g.index!, end: g.index! + g[0].length, states: eu ? euMembers(year) : ASEAN, grouping: true });
  }
  // "Eswatini (former Swaziland), Mali": a bracketed other name of the state before is that entry's aside.
  const named = states
    .filter(
      (m, k) =>
        !m.anaphor &&
        !groups.some((g) => m.start < g.end && g.start < m.end) &&
        !(
          k &&
          states[k - 1].states.includes(m.states[0]) &&
          /^\s*\((?:\s*\p{L}+)?\s*$/u.test(s.slice(states[k - 1].end, m.start))
        ),
    )
    .map((m) => ({ start: m.start, end: m.end, states: m.states, demonym: m.kind === 'demonym' }));
  return [...named, ...groups].sort((a, b) => a.start - b.start);
}

/** The enumeration that starts at `from` (after optional "the"): its states and where it ends. */
export function listFrom(
  s: string,
  all: Item[],
  from: number,
): { states: string[]; end: number; n: number; grouping?: boolean } | null {
  const k = all.findIndex(
    (m) => (m.start < from && m.end > from) || (m.start >= from && /^\s*(?:the\s+)?$/i.test(s.slice(from, m.start))),
  );
  if (k < 0) return null;
  return chain(s, all, k, 1);
}

/** The enumeration that ends at `to` (before optional spaces). */
function listTo(
  s: string,
  all: Item[],
  to: number,
): { states: string[]; start: number; n: number; bridged: boolean; ordered: boolean } | null {
  let k = -1;
  for (let j = all.length - 1; j >= 0; j--)
    if (all[j].end <= to && /^\s*$/.test(s.slice(all[j].end, to))) {
      k = j;
      break;
    }
  if (k < 0) return null;
  const c = chain(s, all, k, -1);
  return { states: c.states, start: c.start, n: c.n, bridged: c.bridged, ordered: c.ordered };
}

// "A, the Narnian Republic, B": a name the gazetteer does not know, between two separators, is passed over; so is an
// aside in brackets after a name ("the ten ASEAN members (Asean) and China").
const UNKNOWN_ITEM =
  /^\s*[,;]\s*(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*){0,3}(?=\s*[,;]|\s+and\s)/u;
const ASIDE = /^\s*\([^()]{1,40}\)/;
const OWN_ASIDE = /^\s*\(\s*(?:which|who)\b/i;
/** 0: no separator between two items; 1: a separator; 2: one over a name the gazetteer does not know. */
function gapKind(s: string, a: Item, b: Item): 0 | 1 | 2 {
  let gap = s.slice(a.end, b.start);
  if (a.demonym) gap = gap.replace(NAME_TAIL, '');
  gap = gap.replace(ASIDE, '');
  if (SEP.test(gap)) return gap.trim() !== '' ? 1 : 0;
  gap = gap.replace(UNKNOWN_ITEM, '');
  return SEP.test(gap) && gap.trim() !== '' ? 2 : 0;
}
const gapOk = (s: string, a: Item, b: Item) => gapKind(s, a, b) > 0;

function chain(s: string, all: Item[], k: number, dir: 1 | -1) {
  let first = k;
  let last = k;
  if (dir === 1) while (last + 1 < all.length && gapOk(s, all[last], all[last + 1])) last++;
  else while (first - 1 >= 0 && gapOk(s, all[first - 1], all[first])) first--;
  const picked = all.slice(first, last + 1);
  // A lone demonym is an adjective ("Chilean officials"), not a listed state.
  if (picked.length === 1 && picked[0].demonym)
    return {
      states: [],
      start: picked[0].start,
      end: picked[0].end,
      n: 0,
      grouping: false,
      bridged: false,
      ordered: false,
    };
  let end = all[last].end;
  if (all[last].demonym) end += NAME_TAIL.exec(s.slice(end))?.[0].length ?? 0;
  const grouping = picked.some((m) => m.grouping);
  let bridged = false;
  for (let j = first; j < last && !bridged; j++) bridged = gapKind(s, all[j], all[j + 1]) === 2;
  // "A, followed by B and C, deposited": an ordered list is one subject, as "A and B" is to the ordinary rules.
  const ordered = last > first && /\bfollowed\s+by\s/i.test(s.slice(all[first].end, all[last].start));
  return {
    bridged,
    ordered,
    states: [...new Set(picked.flatMap((m) => m.states))],
    start: all[first].start,
    end,
    n: picked.length,
    grouping,
  };
}

// "producers such as A and B and smaller ones such as C": two "such as" lists of one subject.
const SUCH_AS_AND = /(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:(?!and\b)[\p{L}-]+\s+){1,4}?such\s+as\s+(?:the\s+)?$/iu;
const SUCH_AS = /\bsuch\s+as\s+(?:the\s+)?$/i;
function withSuchAs(s: string, all: Item[], states: string[], start: number): string[] {
  let out = states;
  while (SUCH_AS.test(s.slice(0, start))) {
    const m = SUCH_AS_AND.exec(s.slice(0, start));
    const p = m && listTo(s, all, m.index);
    if (!p?.states.length || !SUCH_AS.test(s.slice(0, p.start))) break;
    out = [...new Set([...p.states, ...out])];
    start = p.start;
  }
  return out;
}

/** States named after "except"/"apart from" right after a list end: they do not act. */
function withoutExceptions(s: string, all: Item[], states: string[], end: number): string[] {
  const m =
    /^\s*,?\s*(?:except(?:\s+for)?|apart\s+from|other\s+than|but\s+not|save|with\s+the\s+exception\s+of)\s+/i.exec(
      s.slice(end),
    );
  if (!m) return states;
  const out = listFrom(s, all, end + m[0].length);
  return out ? states.filter((x) => !out.states.includes(x)) : states;
}

/**
 * A neighbouring sentence and its states: k = 1 (the default) the next one ("Nine states signed it. They are A, B and
 * C"), 2 the one after, -1 the one before.
 */
export type Follow = (k?: number) => { s: string; states: () => StateMention[] } | null;
// "These include", "They are:", "The signatories are", "The countries were", "Participating countries include",
// "The countries in question—A, B and C—now ...": a dashed apposition to the noun names them too.
const CONT = new RegExp(
  String.raw`^\s*(?:These|They|Those|(?:The\s+|Its\s+|Their\s+)?(?:\p{L}+\s+){0,2}?${NOUN})\s*` +
    String.raw`(?:(?:countries\s+|states\s+|nations\s+)?(?:include[sd]?|are|were|comprise[sd]?)\s*(?::|[—–])?|(?:in\s+question|concerned)?\s*[—–(])\s*`,
  'u',
);
/**
 * A count acting with no list of its own ("was signed by ministers of its nine member countries", "Five states ratified
 * it"): the next sentence may name them ("These include A, B and C"). Only a list of two or more states counts.
 */
function nextList(s: string, hit: CueHit, all: Item[], next: number, year?: number, follow?: Follow): string[] | null {
  let f = follow?.();
  let m = f && CONT.exec(f.s);
  // "... by its five signatory countries. The deal aims at ... These include A, B": over one sentence with no state.
  // The skipped sentence's states are read only when the one after opens a list (they cost a gazetteer scan).
  if (f && !m) {
    const f2 = follow!(2);
    const m2 = f2 && CONT.exec(f2.s);
    if (!m2 || f.states().length) return null;
    f = f2;
    m = m2;
  }
  if (!f || !m || IRREALIS.test(s.slice(Math.max(0, hit.trigger - 30), hit.trigger))) return null;
  const clauseEnd = Math.min(next, s.length);
  const at = Math.min(hit.start, hit.trigger);
  const by = /\b(?:by|among|between)\s/i.exec(s.slice(hit.trigger, clauseEnd));
  const byAt = by ? hit.trigger + by.index : -1;
  const agent =
    by &&
    /(?:\b(?:was|were|been|is|are)|,)\s+(?:\p{Ll}+ly\s+)?$/u.test(s.slice(0, hit.trigger)) &&
    matchesOf(s.slice(byAt, clauseEnd), COUNT).length > 0 &&
    !all.some((x) => x.start >= byAt && x.start < clauseEnd);
  const pre = s.slice(0, at);
  const clauseStart = Math.max(pre.lastIndexOf(';'), pre.lastIndexOf(':')) + 1;
  const c = matchesOf(pre.slice(clauseStart), COUNT).pop();
  const cEnd = c ? clauseStart + c.index! + c[0].length : -1;
  const subject =
    c &&
    /^[^.;]{0,60}$/.test(s.slice(cEnd, at)) &&
    !IRREALIS.test(s.slice(cEnd, at)) &&
    !all.some((x) => x.start >= clauseStart && x.end <= at);
  if (!agent && !subject) return null;
  const items2 = items(f.s, f.states(), year); // the next sentence's states only now (the hot path)
  const l = listFrom(f.s, items2, m[0].length);
  return l && l.states.length >= 2 ? withoutExceptions(f.s, items2, l.states, l.end) : null;
}

// A plural subject for states opening its clause, naming none: "the states who form the forum have", "the members".
const DEF_SUBJECT = new RegExp(
  String.raw`(?:^\s*|[,;:]\s*)(?:the|these|those|both|all(?:\s+the)?)\s+(?:[\p{L}-]+\s+){0,2}?${NOUN}` +
    String.raw`(?:\s+(?:who|that|which)\s+(?:form|make\s+up|belong\s+to|compose)\s+[^,.;]{1,40}?|\s+of\s+(?:the\s+)?\p{Lu}[^,.;]{0,40}?)?` +
    String.raw`\s+(?:have\s+|has\s+|had\s+|also\s+|jointly\s+|all\s+|now\s+|together\s+)*$`,
  'iu',
);
// In the sentence before: the list that defines them ("Member countries (A, B and C) of X", "its members, A and B,").
const PREV_OPEN = new RegExp(
  String.raw`(?:^\s*|\b(?:the|its|their|these|those|all|both)\s+)(?:[\p{L}-]+\s+){0,3}?${NOUN}\s*(?:[—–(:]|,)\s*(?:namely\s*,?\s*)?(?:the\s+)?$`,
  'iu',
);
/**
 * "Member countries (A, B and C) of the forum have ... As a result, the states who form it have decided to withdraw":
 * a plural subject naming no state stands for the members the sentence before lists in apposition to such a noun.
 */
function prevList(s: string, hit: CueHit, states: StateMention[], year?: number, follow?: Follow): string[] | null {
  const at = Math.min(hit.start, hit.trigger);
  if (!follow || states.some((m) => m.start < at)) return null;
  const pre = s.slice(0, at);
  if (!DEF_SUBJECT.test(pre) || IRREALIS.test(pre.slice(-60))) return null;
  const f = follow(-1);
  if (!f) return null;
  const its = items(f.s, f.states(), year);
  for (const m of its) {
    if (!PREV_OPEN.test(f.s.slice(0, m.start))) continue;
    const l = listFrom(f.s, its, m.start);
    if (l && l.states.length >= 2) return l.states;
  }
  return null;
}

/**
 * The states of an enumeration that is the subject, agent or apposition of the cue's act, or null when the cue has
 * no such list (the ordinary subject rules then apply). `next` bounds the cue's clause.
 */
export function listedStates(
  s: string,
  hit: CueHit,
  states: StateMention[],
  next: number,
  year?: number,
  follow?: Follow,
): string[] | null {
  if (!hit.def.id.startsWith('L2') && !LIST_HINT.test(s) && states.flatMap((m) => m.states).length < 2) return null;
  // "A, B and C, most of which have left": an unnamed part acts; subjectOf (resolve.ts) then finds no actor either.
  const cueAt = Math.min(hit.start, hit.trigger);
  if (
    rosterWithoutActor(
      s,
      cueAt,
      states.filter((m) => m.end <= cueAt),
    )
  )
    return null;
  const all = items(s, states, year);
  if (!all.length) return nextList(s, hit, all, next, year, follow) ?? prevList(s, hit, states, year, follow);
  // "the fourth to ratify, following A, B and C": the listed states, whose act was earlier (see earlierCues).
  if (hit.def.id.startsWith('L2')) {
    const l = listFrom(s, all, hit.start);
    // "following A (which did so in 2001) and B (in 2010)": a relative aside states A's own act (the ordinary cues read it).
    const own = all.filter((m) => l && m.start >= hit.start && m.end <= l.end && OWN_ASIDE.test(s.slice(m.end)));
    return l ? l.states.filter((x) => !own.some((m) => m.states.includes(x))) : [];
  }
  const clauseEnd = Math.min(next, s.length);
  const at = Math.min(hit.start, hit.trigger);
  // 1. An agent: "was signed on Friday by A, B and C", "ratified by 21 (A, B, ...)", "by all EU member states".
  const agent = AGENT.exec(s.slice(hit.trigger, clauseEnd));
  // "Chile, joined by Peru and Ghana, said": "joined by" is company, not accession.
  if (
    agent &&
    !/^joined\b/i.test(s.slice(hit.trigger)) &&
    /(?:\b(?:was|were|been|is|are|and)|,)\s+(?:\p{Ll}+ly\s+)?$/u.test(s.slice(0, hit.trigger)) &&
    !IRREALIS.test(s.slice(Math.max(0, hit.trigger - 30), hit.trigger))
  ) {
    const l = listFrom(s, all, hit.trigger + agent[0].length);
    // "signed by Chile's foreign minister" names a person; one state is left to the ordinary subject rules.
    if (l && (l.states.length >= 2 || l.grouping) && !/^['’]s\b/.test(s.slice(l.end)))
      return withoutExceptions(s, all, l.states, l.end);
  }
  // 2. A list before the verb: "A, B and C are the latest countries to ratify", or a grouping that is the subject
  // ("All EU member states have signed").
  const pre = s.slice(0, at);
  const clauseStart = Math.max(pre.lastIndexOf(';'), pre.lastIndexOf(':')) + 1;
  for (let j = all.length - 1; j >= 0; j--) {
    const m = all[j];
    if (m.end > at || m.start < clauseStart) continue;
    const l = listTo(s, all, m.end);
    if (!l || !l.states.length) break;
    const rest = s.slice(m.end, at);
    if (IRREALIS.test(rest.replace(/\bto\s+$/, ''))) break;
    if (COPULA.test(rest) && l.states.length >= 2) return withSuchAs(s, all, l.states, l.start);
    // "Three more countries — A, B and C — ratified", "Nine states (A, B, ...) signed": a count noun right before.
    if (
      /^\s*[—–)]?\s*,?\s*(?:(?:that|which|who)\s+)?(?:have\s+|has\s+|had\s+|also\s+|now\s+|jointly\s+|all\s+)*$/.test(
        rest,
      ) &&
      COUNT_OPEN.test(s.slice(clauseStart, l.start))
    )
      return l.states;
    // A grouping directly before the verb is its subject; so is a list chained over a name the gazetteer does not
    // know ("A, B, the Narnian Republic, C and D acceded").
    if (/^\s*(?:have\s+|has\s+|had\s+|also\s+|now\s+|all\s+|jointly\s+)*$/.test(rest) && (m.grouping || l.bridged))
      return withoutExceptions(s, all, l.states, m.end);
    if (l.ordered && /^\s*,?\s*(?:have\s+|has\s+|had\s+|also\s+|now\s+|all\s+|jointly\s+)*$/.test(rest))
      return l.states;
    break;
  }
  // 3. A count subject and the list after the verb phrase: "Nine states signed it on Friday: A, B, ...",
  // "More than 60 countries signed, including A, B and C" (only those named).
  const subject = pre.slice(clauseStart);
  const counts = matchesOf(subject, COUNT);
  const c = counts[counts.length - 1];
  if (c) {
    const cEnd = clauseStart + c.index! + c[0].length;
    const between = all.some((m) => m.start >= cEnd && m.end <= at);
    if (!between && /^[^.;]{0,60}$/.test(s.slice(cEnd, at)) && !IRREALIS.test(s.slice(cEnd, at))) {
      const tail = s.slice(hit.end, clauseEnd === s.length ? s.length : clauseEnd);
      for (const m of all) {
        if (m.start < hit.end || m.start > hit.end + tail.length) continue;
        if (!LIST_OPEN.test(s.slice(hit.end, m.start))) continue;
        const l = listFrom(s, all, m.start);
        if (l?.states.length) return withoutExceptions(s, all, l.states, l.end);
        break;
      }
    }
  }
  // 4. A pseudo-cleft: "The countries that have ratified it so far are A, B and C", "The other new countries to sign
  // it are A and B" (the relative clause holds the act; a negation or plan there gives nothing).
  const cleft = CLEFT_SUBJECT.exec(subject);
  if (cleft && !IRREALIS.test(cleft[0]) && !all.some((m) => m.start >= clauseStart + cleft.index && m.end <= at)) {
    const m = all.find((x) => x.start >= hit.end && x.start < clauseEnd);
    if (m && CLEFT_COPULA.test(s.slice(hit.end, m.start)) && !IRREALIS.test(s.slice(hit.end, m.start))) {
      const l = listFrom(s, all, m.start);
      if (l && l.states.length >= 2) {
        // "...; observer states of the Council: D and E": further groups the same copula names.
        let out = withoutExceptions(s, all, l.states, l.end);
        for (let end = l.end, g = MORE.exec(s.slice(end)); g; g = MORE.exec(s.slice(end))) {
          const l2 = listFrom(s, all, end + g[0].length);
          if (!l2?.states.length) break;
          out = [...new Set([...out, ...withoutExceptions(s, all, l2.states, l2.end)])];
          end = l2.end;
        }
        return out;
      }
    }
  }
  return nextList(s, hit, all, next, year, follow) ?? prevList(s, hit, states, year, follow);
}

// "A, B and C are the only other countries that have ratified it": a standing, not the news of the day.
const STATUS = new RegExp(
  String.raw`\b(?:are|were|is|was|remain|remained)\s+(?:now\s+|also\s+)?(?:among\s+)?[^.;:]{0,50}?\b${NOUN}\s+(?:that|which|who)\s+(?:have|has|had)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+)?$`,
  'iu',
);
// "The countries that have so far ratified it are A and B", "the list of those who have ratified it is: A, B": a
// pseudo-cleft in the perfect tallies who has acted to date.
const TALLY = new RegExp(
  String.raw`\b(?:(?:the|those|these)\s+(?:[\p{L}-]+\s+){0,3}?${NOUN}|those)\s+(?:that|which|who)\s+(?:have|has)\s+(?:\p{Ll}+ly\s+|so\s+far\s+|to\s+date\s+|already\s+|now\s+)*$`,
  'iu',
);
/** The cue's act is a listed subject's standing ("are the only countries that have ratified"), not news. */
export function listStanding(s: string, hit: CueHit): boolean {
  const before = s.slice(Math.max(0, hit.trigger - 90), hit.trigger);
  return STATUS.test(before) || TALLY.test(before);
}

const W_RE = new RegExp(String.raw`\b${W}`, 'i');
/**
 * A cue the ordinary checks drop may stand for a list subject only where its own wording fits the sentence: not a
 * ratification-only cue in a withdrawal sentence or the reverse, nor one that needs a legislature.
 */
export function listRescues(s: string, hit: CueHit, states: StateMention[], year?: number, follow?: Follow): boolean {
  const d = hit.def;
  if (d.needLeg || (d.needW && !W_RE.test(s)) || (d.noW && W_RE.test(s))) return false;
  if (d.noRatif && /ratif|accession|acced/i.test(s) && !W_RE.test(s)) return false;
  return !!listedStates(s, hit, states, s.length, year, follow)?.length;
}
