// Over 300 lines: resolving a cue (asserted? who? which treaty? when?) is one decision read top to bottom.
// Resolving a cue: is it asserted, who acts, on which treaty, and when.
import { attributiveOrg, framingOrg, pluralInstruments, venueOrg } from './org-roles';
import type { StateMention, TreatyMention } from './gazetteer';
import type { Leaders } from './mentions';
import { type DateHit, dayNumber, fmtDay, type Ymd } from './dates';
import { inIrrealisScope, LEG, ON_DAY, W } from './cues';
import type { CueHit } from './cues';
import { objectInClause } from './structure';
import { nonStateSubject, rosterWithoutActor } from './subject-before';
import { matchesOf } from './match-all';
import { personLink } from './subjects';

const SPONSOR_POSSESSIVE =
  /^\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|of|for|on)\s+){0,4}?\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+)?$/u;
const SPONSOR_PREFIX = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+(?:of\s+|for\s+|on\s+)?){1,4}$/u;
const W_RE = new RegExp(`\\b${W}`, 'i');
const LEG_RE = new RegExp(`\\b${LEG}\\b`, 'i');
// "the treaty", "a controversial international energy treaty", "the UN's scientific, educational and cultural
// organization": a description headed by an instrument noun (its modifiers in lower case) refers to the one in context.
const TREATY_WORD =
  /^\s+(?:to\s+)?(?:it|them|(?:the|its|their|this|that)\s+(?:\d{4}\s+)?(?:(?:landmark|same|whole|original|international|humanitarian|global|mine|landmine|mine-ban|climate|nuclear|arms|test-ban|founding)\s+)?(?:treaty|convention|agreement|accord|pact|statute|text|document|protocol|court|organi[sz]ation))\b/iu;
const DESCRIBED =
  /^\s+(?:to\s+)?(?:the|its|their|this|that|a|an)\s+(?:(?:UN|U\.N\.)['’]s\s+)?(?:(?!(?:the|a|an|of|on|to|from|for|with|by|in|its|their|that|which|laws?|bills?|decrees?|orders?|letters?|notices?|notifications?|instruments?)\b)\p{Ll}[\p{Ll}-]*,?\s+(?:and\s+)?){1,5}(?:treaty|convention|agreement|accord|pact|statute|protocol|court|organi[sz]ation)\b/u;
const ORG_BY_SIZE =
  /^\s+(?:to\s+)?the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)[\s-](?:member|nation|country|state)\s+(?:bloc|group(?:ing)?|organi[sz]ation|alliance|body|union|club|forum|community|cartel)\b/i;
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const INTRANSITIVE = new RegExp(
  `^\\s*(?:[,.;)]|$|but\\b|and\\b|or\\b|by\\b|on\\s+behalf\\s+of\\b|(?:in|on|since|at|back in)\\s+(?:\\d|${MONTH_WORD}|(?:early|late|mid)\\b|[A-Z][\\p{L}]+\\s+(?:on|in)\\s+(?:\\d|${MONTH_WORD}))|(?:that|the same) (?:very )?(?:day|year|month|${MONTH_WORD}))`,
  'u',
);
const RECORD_NOUN =
  /\b(?:decree|order|law|bill|letter|communiqu\w*|statement|resolution)s?\b(?:\s+[\p{Lu}][\p{L}.]*){0,4}\s*$/u;

export const DATELINE = /^[A-Z][A-Z\/ .,'-]{2,60}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[—–-]\s*/;
export const ANCHOR_NEED =
  /\b(?:earlier|later|same day|(?:that|very) day|day before|that (?:year|January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
// "a year after", "six months to the day after"; "On 19 May, two years have passed since ..." counts to the day too.
export const SUBORDINATE =
  /\b(?:(more than|over|almost|nearly|about|roughly|some|less than|at least)\s+)?(a|an|one|two|three|four|five|six|several|some|\d+|months|weeks|days|years|decades)\s*(year|month|week|day|decade)?s?\s+((?:have|has|had)\s+(?:passed|elapsed)\s+|to the day\s+)?(?:after|since)\s+(?:[\p{L}'’]+\s+){0,4}$/iu;
/** Shift a date back by "a year", "two months", "weeks"...; vague amounts give null. */
export function shiftBack(date: string | null, n: string, unit: string | undefined, approx?: string): string | null {
  const k: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
  let count = k[n.toLowerCase()] ?? (/^\d+$/.test(n) ? +n : NaN);
  const exact = !!unit?.endsWith('!'); // "six months to the day after"
  if (exact) unit = unit!.slice(0, -1);
  if (unit === 'decade') {
    unit = 'year';
    count *= 10;
  }
  if (!date || !unit || Number.isNaN(count) || approx) return null;
  const y = +date.slice(0, 4),
    m = date.length >= 7 ? +date.slice(5, 7) : 1,
    d = date.length === 10 ? +date.slice(8, 10) : 1;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (unit === 'year') t.setUTCFullYear(y - count);
  else if (unit === 'month') t.setUTCMonth(t.getUTCMonth() - count);
  else t.setUTCDate(t.getUTCDate() - count * (unit === 'week' ? 7 : 1));
  const iso = t.toISOString();
  return unit === 'year' && date.length === 4
    ? iso.slice(0, 4)
    : (exact || unit === 'day') && date.length === 10
      ? iso.slice(0, 10)
      : date.length >= 7
        ? iso.slice(0, 7)
        : iso.slice(0, 4);
}
const NOUN_FIRST = new Set(['F1', 'F2', 'F3', 'N3', 'N5', 'A3']);
// After the verb, a state in an oblique phrase ("criticism from Moscow"; but "a proposal from Ukraine's ministry"
// names its institution) or a demonym naming a person's nationality ("a visit by Israeli Prime Minister") is not the actor.
const OBLIQUE =
  /\b(?:from|during|despite|with|against|over|than|like|unlike|between|amid|toward|towards|of)\s+(?:the\s+)?$/i;
const PERSON_TITLE =
  /^\s+(?:(?:Prime|Foreign|Defence|Defense)\s+Minister|President|Minister|leader|officials?|diplomats?|troops|forces|media|envoy|ambassador)\b/;
// "a member of the Russia-led bloc became ...": a state in a compound adjective qualifies a noun; it does not act.
const ATTRIBUTIVE_LED = /^-(?:led|backed|brokered|sponsored|dominated|based|run|allied|aligned)\b/;
const LOCATIVE = /\b(?:in|at|near|into|across|outside|inside|to|visit to)\s+(?:the\s+)?$/i;
// "signed the agreement in Entebbe, Uganda, by ...": the country after a place's name is where, not who.
const CITY_COUNTRY = /\b(?:in|at|near) \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}, $/u;
const place = (s: string, m: StateMention) =>
  m.kind !== 'institution' &&
  (LOCATIVE.test(s.slice(Math.max(0, m.start - 14), m.start)) ||
    (!m.anaphor && s[m.start - 2] === ',' && CITY_COUNTRY.test(s.slice(Math.max(0, m.start - 40), m.start))));
const SIGNED_DOC =
  /\b((?:decree|law|bill|order|document|declaration|notice|notification|letter|memorandum)s?)(?:\s*(?:\.\.\.|…))?\s+(?:(?:was|were|is|are|ha(?:s|ve|d) been) )?$/i;
// "before Ukraine, several other states also withdrew": a prepositional phrase, not the subject ("after Croatia signed" is).
// "Citing a new relationship with Russia and the need for defences, President Bush withdrew": a state inside a phrase
// opening the sentence (a participle or a preposition, up to its comma) is not the subject after the comma.
const FRONTED_PHRASE =
  /^\s*(?!According\b)(?:\p{Lu}\p{Ll}+ing|Despite|Amid|Given|Unlike)\b(?![^,;:]*\bbehalf\b)[^,;:]*$/u;
const PREP_PHRASE = /\b(?:before|after|like|unlike|besides|except)\s+(?:the\s+)?$/i;

export interface Ctx {
  lastAction?: string;
  /** The last main-clause act and its sentence: what "followed suit" repeats (follow-suit.ts). */
  followed?: { action: string; at: number };
  lastProcess?: string;
  anchor: string | null;
  lastTreaty: string | null | undefined;
  /** The last instrument named (not an organisation): what "the treaty" or "the convention" refers back to. */
  lastInstrument?: string | null;
  lastTreatyIsOrg?: boolean;
  /** "the Charter", "the Convention": the last instrument named with that noun in one of its names. */
  byNoun?: (noun: string) => string | null | undefined;
  /** "left the grouping": the object is an organisation described by a common noun (described-org.ts). */
  describedOrg?: (after: string) => boolean;
  groups: string[][];
  lastStates: string[] | null;
  topic: string | null;
  /** Heads of state and government by name (the gazetteer's): a person before the verb is the subject. */
  leaders: Leaders;
}

// "the statute's Instrument of Accession", "the convention's instrument of ratification": a document of the treaty.
const INSTRUMENT_OF = /^['’]s\s+instruments?\s+of\b/i;
const LEAD_DAY = new RegExp(String.raw`^\s+${ON_DAY}`, 'iu');
const OBJECT_START = /^\s*(?:the|a|an|its|their|his|her)\b/i;
// "The instrument of withdrawal from the treaty, signed by the minister": the document is signed, not the treaty.
const DOCUMENT_BEFORE =
  /\b(?:instrument|notice|notification|letter|decree|law|bill|order|document|declaration|memorandum|MoU)s?\b[^,;.]{0,80},\s*(?:(?:which|that)\s+(?:is|was|were|are|has\s+been|had\s+been)\s+)?$/i;
const NO_OBJECT =
  /^\s*(?:[,.;)(]|$|(?:in|at|by|and|but|with|during|as|after|before|alongside|along|together|when|while)\b)/i;

/** The cue's object is a treaty (explicit, generic noun or pronoun), or the verb is used without an object. */
function objectOk(s: string, hit: CueHit, treaties: TreatyMention[], ctx: Ctx): boolean {
  // "signed and ratified the Convention": a verb coordinated with another takes the second verb's object.
  const co = COORDINATED_VERB.exec(s.slice(hit.end, hit.end + 40));
  if (co) return objectOk(s, { ...hit, end: hit.end + co[0].length }, treaties, ctx);
  // "The instrument of withdrawal from the treaty, signed by the foreign minister, was ...": the document is signed, not the treaty.
  // "The document signed by the head of state", "a decree... signed by", "the notice has been signed by", "The Declaration
  // was signed by": the document is signed, not the treaty (unless the noun closes the treaty's own name).
  if (hit.def.id === 'S1' && /^\s+by\b/i.test(s.slice(hit.end))) {
    const base = Math.max(0, hit.trigger - 45);
    const doc = SIGNED_DOC.exec(s.slice(base, hit.trigger));
    const at = doc ? base + doc.index + doc[1].length : -1;
    if (doc && !treaties.some((m) => m.start < at && m.end >= at)) return false;
  }
  // "signed on Thursday the Agreement": a date adverbial between the verb and its object is read past; with no
  // object after it ("signed on Friday in Geneva") the verb is used without one.
  const day = LEAD_DAY.exec(s.slice(hit.end))?.[0].length ?? 0;
  const near = (at: number) => treaties.find((m) => m.start >= at && m.start - at <= 30);
  const lead = day && (near(hit.end + day) || OBJECT_START.test(s.slice(hit.end + day))) ? day : 0;
  if (day && !lead && NO_OBJECT.test(s.slice(hit.end + day))) return ctx.lastTreaty !== null;
  const from = hit.end + lead;
  const after = lead ? ` ${s.slice(from).trimStart()}` : s.slice(hit.end);
  const t = near(from);
  // "signed the statute's Instrument of Accession": the document is signed, not the treaty (round 9).
  if (t && hit.def.action === 'signed' && INSTRUMENT_OF.test(s.slice(t.end, t.end + 30))) return false;
  if (
    t &&
    /^\s*(?:to\s+)?(?:(?:the|its|their|this|that|a)\s+)?(?:\d{4}\s+)?(?:[\p{L}-]+\s+)?$/iu.test(s.slice(from, t.start))
  )
    return t.treaty !== null;
  // "signed the Council of Europe's Framework Convention": a sponsor's possessive before the name.
  if (t && SPONSOR_POSSESSIVE.test(s.slice(from, t.start))) return t.treaty !== null;
  // "signed the Council of Europe Framework Convention on ...": the sponsor's name as a prefix of the title.
  if (t && SPONSOR_PREFIX.test(s.slice(from, t.start))) return t.treaty !== null;
  const word = TREATY_WORD.exec(after); // "signed the convention's instrument of ratification": the document
  if (word && hit.def.action === 'signed' && INSTRUMENT_OF.test(after.slice(word[0].length))) return false;
  if (word || DESCRIBED.test(after)) return true;
  // "It re-joined the 18-member bloc": an organisation in context described by its size.
  if (ctx.lastTreatyIsOrg && ORG_BY_SIZE.test(after)) return true;
  if (ctx.describedOrg?.(after)) return true;
  if (hit.def.id === 'S1' && RECORD_NOUN.test(s.slice(Math.max(0, hit.trigger - 60), hit.trigger))) return false;
  // "The document signed by the head of state", "a decree... signed by": the document is signed, not the treaty (the
  // comma form, "The instrument ..., signed by the minister", is DOCUMENT_BEFORE's, below).
  if (
    hit.def.id === 'S1' &&
    /\b(?:decree|law|bill|order|document|declaration)s?(?:\s*\.\.\.|\s*…)?\s+$/i.test(
      s.slice(Math.max(0, hit.trigger - 30), hit.trigger),
    ) &&
    /^\s+by\b/i.test(s.slice(hit.end))
  )
    return false;
  if (hit.def.id === 'S1') {
    const from = Math.max(0, hit.trigger - 100);
    const doc = DOCUMENT_BEFORE.exec(s.slice(from, hit.trigger));
    // "the Criminal Law Convention, signed by A", "the Convention on the Law of the Sea, signed ...": a noun inside a
    // treaty's name is no document.
    const at = doc ? from + doc.index : -1;
    if (doc && !treaties.some((m) => m.treaty !== null && m.start <= at && at < m.end)) return false;
  }
  if (INTRANSITIVE.test(after) && ctx.lastTreaty !== null) return true;
  // Further than the window, with adverbials between: ask the sentence's structure. A determiner right after the
  // verb starts its object, which is then not the treaty further on (no need to read the structure).
  if (/^\s+(?:the|a|an|its|their|this|that|his|her)\b/i.test(after)) return false;
  const far = treaties.find((m) => m.start >= hit.end && m.treaty !== null);
  return !!far && /^,/.test(after.trimStart()) === false && objectInClause(s, hit.trigger, far.start);
}

/** States acting in the cue; [] = none named (caller falls back), null = named but unresolvable. */
export function subjectOf(s: string, hit: CueHit, states: StateMention[], ctx: Ctx): string[] | null {
  const resolve = (m: StateMention) => (m.anaphor ? (ctx.groups.find((g) => g.length === m.anaphor) ?? []) : m.states);
  // "A, B and C, most of which have left", "all EU states with the exception of Poland have ratified": no actor named.
  const at = Math.min(hit.start, hit.trigger);
  if (
    rosterWithoutActor(
      s,
      at,
      states.filter((m) => m.end <= at),
    )
  )
    return null;
  if (hit.def.byAgent) {
    const inside = states.filter((m) => m.start > hit.trigger && m.end <= hit.end && !m.anaphor).flatMap(resolve);
    return inside.length ? [...new Set(inside)] : null;
  }
  if (hit.def.joint) {
    const all = states.filter((m) => m.end <= hit.trigger).flatMap(resolve);
    if (all.length) return [...new Set(all)];
  }
  // "The countries that have signed the Convention so far are: A, B and C": the list after the copula acts.
  // "The following states signed the Treaty: A, B and C" likewise.
  const list = GENERIC_RELATIVE.test(s.slice(Math.max(0, hit.trigger - 60), hit.trigger))
    ? LIST_AFTER.exec(s.slice(hit.end))
    : FOLLOWING.test(s.slice(Math.max(0, hit.trigger - 50), hit.trigger))
      ? /^[^.;:]{0,80}?:\s*/.exec(s.slice(hit.end))
      : null;
  if (list)
    return [
      ...new Set(states.filter((m) => m.start >= hit.end + list[0].length && !m.anaphor).flatMap((m) => m.states)),
    ];
  // "The treaty, signed in Prague in 2010, ...": a passive participle without "by" names no signatory after it.
  if (
    hit.def.id === 'S1' &&
    /(?:,|\b(?:was|were|been))\s*$/.test(s.slice(0, hit.trigger)) &&
    // "signed on 8 March 2018 by Peru", "signed on behalf of the Russian Federation in 1999" (a treaty's own formula)
    !/^\s+(?:by|on\s+behalf\s+of)\b/.test(s.slice(hit.end).replace(LEAD_DAY, ' '))
  )
    return [];
  // "Signed in 1960, the treaty allocates ...", "Brokered by X and signed in 1960, the treaty ...": a participle clause
  // opening the sentence dates the instrument; without a "by" agent before its comma, no state signed it here.
  if (
    hit.trigger < 100 && // cheap gate: the clause opens the sentence
    FRONTED_PARTICIPLE.test(s.slice(0, hit.trigger)) &&
    FRONTED_REST.test(s.slice(hit.trigger, hit.trigger + 100))
  )
    return null;
  // "..., and the Paris Agreement signed in 2015, to the Secretariat": a participle right after the instrument's name
  // (no comma, no "by") dates the instrument; the sentence's subject did not sign it.
  if (
    hit.def.id === 'S1' &&
    INSTRUMENT_RIGHT_BEFORE.test(s.slice(Math.max(0, hit.trigger - 40), hit.trigger)) &&
    !/^\s+(?:[^\s,;.]+\s+){0,5}?by\b/.test(s.slice(hit.end))
  )
    return null;
  // "..., as well as the Maldives and Trinidad and Tobago (as these last two States signed and ratified ...)": the
  // last states named before the phrase.
  const lastN = LAST_N.exec(s.slice(Math.max(0, hit.trigger - 45), hit.trigger));
  if (lastN) {
    const at = hit.trigger - lastN[0].length;
    const named = states.filter((m) => m.end <= at && !m.anaphor).flatMap((m) => m.states);
    const n = ({ two: 2, three: 3, four: 4, both: 2 } as Record<string, number>)[lastN[1].toLowerCase()] ?? 0;
    if (n && named.length >= n) return named.slice(-n);
  }
  // "after Burundi, which left in 2017": a relative clause's subject is its antecedent.
  const antecedent = states.find((m) => m.end <= hit.trigger && RELATIVE_AFTER.test(s.slice(m.end, hit.trigger)));
  if (antecedent && !antecedent.anaphor) return antecedent.states;
  const before = states.filter(
    (m) =>
      m.end <= hit.trigger &&
      !ATTRIBUTIVE_LED.test(s.slice(m.end, m.end + 14)) &&
      !place(s, m) &&
      !(PREP_PHRASE.test(s.slice(Math.max(0, m.start - 12), m.start)) && /^\s*,/.test(s.slice(m.end))) &&
      !(
        m.start < 120 &&
        FRONTED_PHRASE.test(s.slice(0, m.start)) &&
        /^[^,;:]*,\s*\S/.test(s.slice(m.end, hit.trigger))
      ),
  );
  // "The WTO approved Comoros's accession": where only a state before the verb can act, none there is no claim.
  if (hit.def.agentState && !before.length) return null;
  // "In Poland, President Duda signed ...": a fronted locative names the acting state.
  if (
    !before.length &&
    states[0] &&
    states[0].end <= hit.trigger &&
    /^\s*In\s+(?:the\s+)?$/.test(s.slice(0, states[0].start)) &&
    /^\s*,/.test(s.slice(states[0].end))
  )
    return resolve(states[0]);
  // "A, along with B and C, ratified": the subject and the companions set off between it and the verb.
  const aside = COMPANION_ASIDE.exec(s.slice(0, hit.trigger));
  if (aside) {
    const head = before.filter((m) => m.end <= aside.index);
    const subject = head[head.length - 1];
    if (subject && !subject.anaphor && /^\s*$/.test(s.slice(subject.end, aside.index))) {
      const inside = before.filter((m) => m.start >= aside.index && !m.anaphor && m.kind !== 'demonym');
      return [...new Set([...subject.states, ...inside.flatMap((m) => m.states), ...companions(s, hit, states)])];
    }
  }
  if (before.length) {
    const r = resolve(before[before.length - 1]);
    if (r.length || before[before.length - 1].anaphor)
      return r.length ? [...new Set([...coordinated(s, before), ...r, ...companions(s, hit, states)])] : null;
  }
  // "The Union signed the Convention, along with four of its member states: A, B, ...": a subject that is no state
  // in the catalogue still has its listed companions act.
  const listed = companions(s, hit, states);
  if (listed.length) return [...new Set(listed)];
  // "X's government announced the decision to leave in April, on the day Israeli ...": with an agent before the verb,
  // a state after the next comma is not its subject.
  // "Bush made his decision to withdraw ... after Russia refused", "Three African countries agreed to leave ...,
  // calling it a French project": a person, description or counted group before the verb is the subject; a state
  // after the verb acts only "on behalf of" it or in a list the verb introduces (subject-before.ts).
  const own = nonStateSubject(s, Math.min(hit.start, hit.trigger), ctx.leaders);
  if (own && !/^[^.;]*?[:—–]/.test(s.slice(hit.end, hit.end + 100))) {
    const behalf = states.find(
      (m) => m.start >= hit.end && !m.anaphor && /\bon\s+behalf\s+of\s+(?:the\s+)?$/i.test(s.slice(0, m.start)),
    );
    if (behalf) return behalf.states;
    return own === 'group' ? null : [];
  }
  const agent = AGENT_NOUN.test(s.slice(Math.max(0, hit.start - 50), hit.start));
  const stop = s.slice(hit.trigger).search(agent ? /[,;:—–(]/ : /[;:—–(]|,\s+(?:while|but|although|as)\b/);
  const limit = hit.trigger + (stop < 0 ? 140 : Math.min(stop, 140));
  // "introduced in Iran's parliament": a state's own legislature after "in" is the acting institution, not a place.
  const cand = states.filter(
    (m) =>
      m.start >= hit.trigger &&
      m.start < limit &&
      !(place(s, m) && !POSSESSIVE_LEG.test(s.slice(m.end, m.end + 40))) &&
      !(
        OBLIQUE.test(s.slice(Math.max(0, m.start - 16), m.start)) &&
        !/\bbehalf\s+of\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, m.start - 16), m.start)) &&
        !/^['’]s\b/.test(s.slice(m.end)) &&
        !(hit.def.id === 'P8' && m.end <= hit.end) // "The decision of the Peruvian government to leave"
      ) &&
      !(m.kind === 'demonym' && PERSON_TITLE.test(s.slice(m.end, m.end + 30))),
  );
  const after = cand.find((m) => m.kind !== 'demonym') ?? cand[0];
  if (after) {
    const r = resolve(after);
    return r.length || !after.anaphor ? r : null;
  }
  return [];
}

const FRONTED_PARTICIPLE =
  /^\s*(?:\p{Lu}\p{Ll}+(?:ed|en)\b[^,;.]{0,80}?\s+and\s+)?(?:(?:first|originally|jointly|later)\s+)?$/iu;
const FRONTED_REST = /^\p{L}+(?:ed|en)\b(?![^,;.]*\bby\b)[^,;.]{0,80},/iu;

// "X signed the Convention, along with thirteen of its member states: A, B ..." / "alongside B and ... — including C":
// states after a companion phrase that follows the act (in its clause) share it, up to a contrast or a new clause.
const COMPANION = /^[^.;:]{0,80}?(?:,\s*|\s+)(?:along\s+with|alongside|together\s+with)\s+/i;
const CLAUSE_GAP = /\b(?:which|who|while|whereas|but|although|though|after|before|when)\b/i;
const COMPANION_STOP = /;|,?\s+(?:but|while|whereas|although|though|except|not)\b|\.\s/i;
function companions(s: string, hit: CueHit, states: StateMention[]): string[] {
  const m = COMPANION.exec(s.slice(hit.end));
  if (!m || CLAUSE_GAP.test(m[0])) return [];
  const from = hit.end + m[0].length;
  const stop = s.slice(from).search(COMPANION_STOP);
  const to = stop < 0 ? s.length : from + stop;
  return states
    .filter(
      (x) => x.start >= from && x.end <= to && !x.anaphor && x.kind !== 'demonym' && !/^['’]s\b/.test(s.slice(x.end)),
    )
    .flatMap((x) => x.states);
}

// "the Government of A and the Government of B signed": subjects joined across an institution's "of" phrase (a plain
// "A and B" is one mention already). The states coordinated before the last one, earliest first.
const COORD_OF =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:governments?|republic|kingdom|state|authorities|presidents?|parliaments?|delegations?|people)\s+of\s+(?:the\s+)?$/i;
function coordinated(s: string, before: StateMention[]): string[] {
  const out: string[] = [];
  for (let k = before.length - 1; k > 0; k--) {
    const prev = before[k - 1];
    const gap = s.slice(prev.end, before[k].start);
    if (prev.anaphor) break;
    // "French President A and German Chancellor B signed": persons of two states (subjects.ts).
    if (personLink(s.slice(0, prev.start), gap, s.slice(before[k].end, before[k].end + 30)))
      out.unshift(...prev.states);
    else if (prev.kind === 'demonym' || !COORD_OF.test(gap)) break;
    else out.unshift(...prev.states);
  }
  return out;
}
// "A, along with B and C, deposited": a companion phrase set off by commas right before the verb (adverbs, "has" or
// "also" may follow it); a relative or other clause there ("..., which ratified") is not an aside.
const COMPANION_ASIDE =
  /,\s*(?:along\s+with|alongside|together\s+with|as\s+well\s+as)\s+[^;:.()]{1,160}?,\s*(?:(?:\p{Ll}+ly|has|have|had|also|both|all|jointly)\s+)*$/iu;

const FOLLOWING =
  /\b(?:the\s+)?following\s+(?:\p{L}+\s+)?(?:states|countries|nations|governments)\s+(?:have\s+|had\s+|also\s+)*$/iu;
const LAST_N =
  /\b(?:these|the|those)\s+(?:last|latter)\s+(two|three|four)\s+(?:states|countries|nations|governments)\s+(?:have\s+|had\s+|also\s+|both\s+)*(?:signed\s+and\s+)?$/i;
const RELATIVE_AFTER = /^\s*,?\s*(?:which|who)\s+(?:had\s+|has\s+|have\s+)?(?:\p{Ll}+ly\s+)?$/u;
const POSSESSIVE_LEG = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+)?${LEG}\\b`, 'iu');
const REVERSAL =
  /\b(?:rescind|revok|cancel|revers|retract)\w*\s+(?:(?:the|its|their|that)\s+)?(?:[\p{L}-]+\s+)?(?:notice|notification|withdrawal|decision)/iu;
const AGENT_NOUN =
  /\b(?:government|cabinet|ministry|administration|parliament|lawmakers|legislators|MPs|deputies|senators|assembly|president|prime minister|minister)(?:'s)?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const AGENT =
  /\b(?:it|its|they|their|he|she|his|her|the country|the state|the nation|government|cabinet|ministry|administration|president|council|parliament|lawmakers|legislators|MPs|deputies|senators|officials|authorities|minister|ministers|prime minister|junta|chamber|house|assembly|senate|congress)\b/i;
const NOT_AGENT =
  /^(?:The|A|An|On|In|At|Under|After|Before|Since|By|For|From|With|Last|This|That|Then|But|And|However|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Someone acts before the cue (a pronoun, an institution, a named person), so a fallback state may be used. */
export function agentBefore(s: string, hit: CueHit, treaties: TreatyMention[]): boolean {
  const from = Math.max(0, hit.trigger - 70);
  const win = s.slice(
    from,
    NOUN_FIRST.has(hit.def.id) || hit.def.id === 'D2' || hit.def.id === 'A2' ? hit.end + 40 : hit.trigger,
  );
  if (
    /\b(?:\d+|two|three|four|five|several|many|some|other|most|all|no|few|only)\s+(?:other\s+)?(?:[\p{L}-]+\s+)?(?:countries|states|nations|members|parties|governments|signatories|allies)\b/iu.test(
      win,
    )
  )
    return false;
  // "States that have acceded ...", "countries which ratified ...", "Parties having signed": states in general.
  if (/\b(?:states|countries|nations|members|parties|governments|signatories)\s+(?:that|which|who|having)\b/i.test(win))
    return false;
  if (AGENT.test(win)) return true;
  for (const m of matchesOf(win, /[\p{Lu}][\p{L}'’.-]+/gu)) {
    const at = from + m.index!;
    if (NOT_AGENT.test(m[0]) || treaties.some((t) => at >= t.start && at < t.end)) continue;
    return true;
  }
  return false;
}

// "the Secretary-General of the OAS (OAS) received the notice": with another instrument in context, the organisation
// whose officer receives it is not its object.
const OFFICER_OF =
  /\b(?:Secretary[- ]General|Secretariat|depositary)\s+of\s+(?:the\s+)?(?:(?:[\p{L}'’-]+\s+){1,6}\(\s*)?$/iu;
const officerOf = (s: string, m: TreatyMention, ctx: Ctx) =>
  m.org &&
  ctx.lastTreaty &&
  ctx.lastTreaty !== m.treaty &&
  OFFICER_OF.test(s.slice(Math.max(0, m.start - 80), m.start));
const FROM_ENTITY =
  /\b(?:from|out of)\s+(?:the\s+)?([A-Z][\p{L}.'’-]*(?:\s+(?:of\s+|on\s+|for\s+|and\s+)?[A-Z][\p{L}.'’-]*)*)/u;

/** Treaties a cue is about: named in its region, else the one in context. A named non-treaty object blocks the fallback. */
const LINKED_NAME =
  /\b(?:after|under|before|within|amending|to|of|into|beyond|since|than)\s+(?:the\s+|its\s+|their\s+)?$/i;
export function treatiesOf(
  hit: CueHit,
  next: number,
  treaties: TreatyMention[],
  ctx: Ctx,
  s = '',
  states: StateMention[] = [],
): string[] {
  // A derogation is from an instrument, never from the organisation notified of it (claims11 hook: `noOrg`).
  if (hit.def.noOrg) treaties = treaties.filter((m) => !m.org);
  // "denounced nine CIS agreements", "the agreement with the CIS on ...": an organisation framing the instruments
  // acted on is not their object (org-roles.ts); with none other named, the act has no catalogued object.
  const plural = pluralInstruments(s.slice(hit.end));
  const framed = treaties.filter((m) => m.org && (plural || framingOrg(s, m)));
  if (framed.length) {
    treaties = treaties.filter((m) => !framed.includes(m));
    if (
      framed.some((m) => m.start >= hit.start && m.start < next) &&
      !treaties.some((m) => m.start >= hit.start && m.start < next)
    )
      return [];
  }
  // "signed and ratified the treaty": a verb coordinated with the next cue shares its object, up to the clause's end.
  if (next < s.length && COORDINATED.test(s.slice(hit.end, next))) {
    const end = CLAUSE_END.exec(s.slice(next));
    next = end ? next + end.index : s.length;
  }
  // "..., the Council of Europe announced on Thursday": an organisation that speaks is the source, not the object.
  // "observer states of the Council of Europe" names the organisation in a genitive, not as the object either.
  const inRegion = treaties.filter(
    (m) =>
      m.start >= hit.start &&
      m.start < next &&
      !(
        m.org &&
        (SPEAKS.test(s.slice(m.end, m.end + 30)) ||
          attributiveOrg(s, m) ||
          venueOrg(s, m) || // "announced the decision at the end of a meeting of the OAS": a venue (org-roles.ts)
          /\b(?:states|countries|nations|observers?)\s+of\s+(?:the\s+)?$/i.test(
            s.slice(Math.max(0, m.start - 30), m.start),
          ) ||
          officerOf(s, m, ctx) ||
          // "became the 18th member of the Council of Europe to ratify the Convention": the members' organisation.
          (/\bmembers?\s+of\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, m.start - 16), m.start)) &&
            /^\s+to\s+(?:\p{Ll}+ly\s+)?(?:ratify|sign|join|accede|approve|withdraw|leave|denounce|do so)\b/iu.test(
              s.slice(m.end, m.end + 40),
            )) ||
          // "signing the agreement on a special tribunal in the Council of Europe": a signature's place, not its object.
          (hit.def.action === 'signed' &&
            /\b(?:in|at|within)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, m.start - 12), m.start))))
      ),
  );
  // "the Council of Europe 'Istanbul Convention'": the sponsor's name as a prefix of the instrument's is no object.
  for (let k = inRegion.length - 2; k >= 0; k--)
    if (inRegion[k].org && /^\s*['"“‘]?$/.test(s.slice(inRegion[k].end, inRegion[k + 1].start))) inRegion.splice(k, 1);
  // An exit stated without an object ("Turkey withdrew in 2021, a move criticised by the Council of Europe") is about
  // the treaty in context, not one named later in the sentence.
  if (inRegion.length && hit.def.id !== 'F11') {
    if (inRegion[0].treaty === null) return [];
    // "joined the Framework Convention (UNFCCC) and the Paris Agreement": an acronym restating a name is one object.
    // "withdrew from the CFE Treaty, prompting NATO to …": an organisation after a named instrument is no second object,
    // unless coordinated with it ("from the Paris Agreement and from the WHO").
    // "ratified the Rome Statute after the Kampala amendment ...", "the Kigali Amendment ... under the Montreal Protocol":
    // a name reached through a preposition, with no "and"/"or" before it, is a circumstance of the object, not a second one.
    const named = inRegion.filter(
      (m, k) =>
        k === 0 ||
        (m.treaty !== inRegion[k - 1].treaty &&
          !(m.org && !inRegion[0].org && !/^[^,;]*\b(?:and|or)\b/.test(s.slice(inRegion[k - 1].end, m.start))) &&
          !(
            LINKED_NAME.test(s.slice(inRegion[k - 1].end, m.start)) &&
            !/\b(?:and|or)\b/.test(s.slice(inRegion[k - 1].end, m.start))
          )),
    );
    const out = [inRegion[0].treaty];
    return out
      .concat(
        named
          .slice(1)
          .filter((m) => m.treaty)
          .map((m) => m.treaty!),
      )
      .filter((x, i, a) => a.indexOf(x) === i)
      .slice(0, named.length > 1 && named.length <= 2 ? 2 : 1);
  }
  // "the US and NATO suspended their obligations under the treaty": an organisation right before the verb acts.
  const before = treaties.filter(
    (m) =>
      m.end <= hit.start &&
      !officerOf(s, m, ctx) &&
      !(
        m.org &&
        (hit.def.action === 'suspended' || hit.def.action.startsWith('withdrawal')) &&
        /^\s*(?:(?:has|have|had|also|then|formally)\s+)*$/.test(s.slice(m.end, hit.start))
      ),
  );
  // "The Convention was adopted by the Council of Europe, and Moldova signed it": the organisation as the passive's
  // agent is not what is signed; the instrument before it is.
  let last = before[before.length - 1];
  if (
    hit.def.action === 'signed' &&
    last?.org &&
    /\bby\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, last.start - 8), last.start))
  )
    last = before.filter((m) => !m.org).pop() as TreatyMention;
  // "the Council of Europe said the Framework Convention has been signed by ...": a generic noun named after an
  // unlisted name (an organisation speaking) is the object, resolved below.
  const generic = last && !last.treaty ? GENERIC_OBJECT.exec(s.slice(last.end, hit.start)) : null;
  if (last && !generic) return last.treaty ? [last.treaty] : [];
  // "withdrawing the United States from UNESCO": the object is named and is not a listed treaty.
  const fe = FROM_ENTITY.exec(s.slice(hit.start, Math.min(next, hit.end + 80)));
  if (fe) {
    const at = s.indexOf(fe[1], hit.start);
    if (!states.some((m) => m.start <= at && at < m.end)) return [];
  }
  // "withdrew from the Charter": the last catalogued instrument whose name uses that noun (the Energy Charter
  // Treaty, the OAS Charter), even with another treaty named since; "withdrew from the court": the last court named
  // ("the Inter-American Court of Human Rights", not "the Organization of American States" named since).
  const noun =
    GENERIC_OBJECT.exec(s.slice(hit.end, Math.min(next, hit.end + 60)))?.[1] ??
    GENERIC_OBJECT.exec(s.slice(Math.max(0, hit.start - 40), hit.start))?.[1];
  if (noun && ctx.byNoun) {
    const id = ctx.byNoun(noun.toLowerCase());
    if (id !== undefined) return id ? [id] : [];
  }
  // "a treaty ratified by parliament" after "criticism from the Council of Europe": an instrument noun
  // refers back to the last instrument, not to an organisation named since.
  // "... signed it": an organisation is joined or left, not signed; the pronoun is the last instrument.
  if (plural && ctx.lastTreatyIsOrg) return [];
  if (ctx.lastTreatyIsOrg && (INSTRUMENT_NOUN.test(s) || hit.def.action === 'signed' || hit.def.noOrg))
    return ctx.lastInstrument ? [ctx.lastInstrument] : [];
  return ctx.lastTreaty ? [ctx.lastTreaty] : [];
}
const COORDINATED_VERB = /^\s+(?:and|or)\s+(?:then\s+|later\s+|subsequently\s+)?\p{Ll}+ed\b/u;
const COORDINATED = /^\s+(?:and|or)\s+(?:then\s+|later\s+|subsequently\s+)?$/;
const CLAUSE_END = /[.;:]|,\s+(?:but|while|which|who|and|after|before|when)\b/;
const SPEAKS =
  /^\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|stated|states|reported|reports|noted|notes|added|adds|welcomed|welcomes)\b/;
const GENERIC_OBJECT =
  /\b(?:the|this|that|its|their)\s+(?:(?:Framework|Optional|Additional|Founding|framework|optional|additional|founding)\s+)?(Charter|Convention|Treaty|Protocol|Agreement|Statute|Covenant|Constitution|Accord|Pact|Court|Bank|charter|convention|treaty|protocol|agreement|statute|covenant|constitution|accord|pact|court|bank)\b(?!\s+(?:of|on|for|between|against)\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\p{Lu})/u;
const INSTRUMENT_RIGHT_BEFORE =
  /\b(?:Treaty|Convention|Agreement|Protocol|Statute|Charter|Covenant|Accord|Pact|treaty|convention|agreement|protocol|accord|pact)(?:\s*\([^()]{1,20}\))?\s+(?:originally\s+|first\s+)?$/;
const INSTRUMENT_NOUN = /\b(?:treaty|convention|pact|accord|agreement|protocol|statute|charter)\b/i;

const EARLY_STAGE = new Set([
  'withdrawal_proposed',
  'withdrawal_notified',
  'withdrawal_approved',
  'withdrawal_decreed',
  'withdrawal_enacted',
]);
const START_DATE =
  /\b(?:from|effective(?: from| as of)?|as of|starting(?: from)?|with effect from|as from)\s+(?:the\s+)?$/i;
const ADJACENT = /^\s*,?\s*(?:(?:has|have|had|was|were)\s+)?(?:[\p{L}]+ly\s+)?$/u;
const FRONTED = /^\s*(?:(?:on|in)\s+)?$/i;
export function pickDate(
  s: string,
  hit: CueHit,
  prev: number,
  next: number,
  all: DateHit[],
  used: Set<DateHit>,
): DateHit | null {
  // "X will leave the pact in 2019, the government said Wednesday": the future date is the exit's, not the announcement's.
  let dates = hit.def.action === 'withdrawal_proposed' && hit.def.modalOk ? all.filter((d) => !d.future) : all;
  // "announced it will leave OPEC from January 1": a start date is when the exit takes effect, not when a step was taken.
  if (EARLY_STAGE.has(hit.def.action))
    dates = dates.filter((d) => !START_DATE.test(s.slice(Math.max(0, d.start - 24), d.start)));
  // "had ratified the Convention, which has already entered into force, thanks to ... on 18 May": a date past a
  // non-restrictive relative clause's start dates that clause's event.
  const cut = s.slice(hit.end).search(/;|,\s+(?:and|but|while|whereas|although|which|who)\s/);
  const limit = Math.min(next, cut < 0 ? Infinity : hit.end + cut, hit.def.dateInMatch ? hit.end : Infinity);
  // "hailed on Monday Peru's ratification": a date before the act's noun is the welcome's, not the act's.
  const before = hit.def.ownDate
    ? []
    : dates.filter((d) => d.end <= hit.trigger && d.start >= prev && !d.reporting && !used.has(d));
  // "Burundi on Friday formally exited ...": a date between the subject and its verb belongs to that verb.
  const adj = before[before.length - 1];
  if (
    adj &&
    ADJACENT.test(s.slice(adj.end, hit.trigger)) &&
    !/\b(?:since|until|by|from)\s+$/i.test(s.slice(Math.max(0, adj.start - 7), adj.start)) &&
    // "the Protocols of November 4, 1993, signed on behalf of A on ...": a passive participle after a comma; the date
    // before the comma is the noun's (a document's name), not the signing's.
    !(/^\s*,\s*$/.test(s.slice(adj.end, hit.trigger)) && /^\s+(?:by|on\s+behalf\s+of)\b/i.test(s.slice(hit.end)))
  )
    return adj;
  const after = dates.filter(
    (d) => d.start >= hit.trigger && d.start < limit && (!d.reporting || hit.def.id.startsWith('P9')),
  );
  // "six days later, on October 18": the written-out date restates the relative one.
  if (
    after.length > 1 &&
    after[0].relative &&
    !after[1].relative &&
    /^\s*,?\s*(?:on|in)?\s*$/.test(s.slice(after[0].end, after[1].start))
  )
    return after[1];
  if (after.length) return after[0];
  if (before.length) return before[before.length - 1];
  if (hit.def.ownDate) return null;
  // "On 19 September, A signed the treaty and B acceded to it": a date fronted before the sentence's first clause
  // frames each clause coordinated after it.
  const front = dates[0];
  if (
    front &&
    !front.future &&
    !front.reporting &&
    front.end < prev &&
    FRONTED.test(s.slice(0, front.start)) &&
    /^\s*,/.test(s.slice(front.end))
  )
    return front;
  const rep = dates.filter((d) => d.reporting);
  return rep.length
    ? rep.reduce((a, b) => (Math.abs(b.start - hit.trigger) < Math.abs(a.start - hit.trigger) ? b : a))
    : null;
}

// "only 31 have ratified", "and seven more countries have signed it", "a dozen other nations have joined": a count.
const COUNT_WORD = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of)`;
const COUNT_SUBJECT = new RegExp(
  String.raw`(?:^|[,;]\s*|\b(?:and|but|while|whereas)\s+)(?:only|just|some|about|nearly|almost|over|more than)?\s*` +
    String.raw`(?:\d+\s+(?:(?:other\s+)?(?:countries|states|nations|parties|members)\s+)?|${COUNT_WORD}\s+` +
    String.raw`(?:more\s+|other\s+|further\s+)?(?:countries|states|nations|parties|members|governments)\s+)` +
    String.raw`(?:have|has|had)?\s*(?:so far\s+|now\s+|already\s+|also\s+)?$`,
  'i',
);
// "over three-quarters of the member states have joined", "Most EU states have signed and ratified", "22 of the AU
// countries have signed": a share of states in general acts, nobody named (unless a list follows: "including A").
const SHARE = String.raw`(?:[Mm]ost|[Mm]any|[Ss]everal|(?:[Tt]he\s+|[Aa]\s+)?[Mm]ajority|[Hh]alf|(?:[Oo]ne|[Tt]wo|[Tt]hree)[- ](?:thirds?|quarters?)|[Aa]\s+(?:third|quarter)|[Aa]ll\s+but\s+\w+)`;
const QUANTIFIED_SUBJECT = new RegExp(
  String.raw`\b(?:${SHARE}\s+(?:of\s+)?|(?:\d+|${COUNT_WORD})\s+of\s+)(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}?(?:other\s+)?(?:[Cc]ountries|[Ss]tates|[Nn]ations|[Pp]arties|[Mm]embers|[Gg]overnments|[Mm]ember\s+[Ss]tates)\s+(?:have\s+|has\s+|had\s+)?(?:(?:now|already|also|since|so\s+far)\s+)?(?:\p{Ll}+\s+and\s+)?$`,
  'u',
);
const LIST_FOLLOWS = /^[^.;]{0,80}?(?:\b(?:including|namely|such as)\b|:)/;
const INDEFINITE_SUBJECT =
  /\b(?:a|an|any|another|no)\s+(?:[\p{L}-]+\s+)?(?:country|state|nation|member|party|government)\s+(?:has\s+|had\s+|have\s+|ever\s+|formally\s+|officially\s+)*$/iu;
const PARTY_SUBJECT = /\b(?:party|Party|opposition|Opposition)\s+(?:has\s+|have\s+|had\s+)?(?:\p{Ll}+ly\s+)?$/u;
const ELECTION_IF =
  /^[^.;]*?\b(?:if|once|should)\s+(?:it|they|he|she|the party)\s+(?:wins?|is elected|are elected|comes? to power|forms? (?:the|a) (?:next )?government|takes? office)\b/i;
const LIST_AFTER = /^[^.;:]{0,80}?\b(?:are|were|include|included|includes)\s*:\s*/;
const UNDO =
  /^[^.;]{0,100}?\b(?:revers\w*|rejoin\w*|re-?enter\w*|return\w* (?:to|the)|undo\w*|undoing|rescind\w*|revok\w*)\b/i;
const OTHER_DECREE =
  /^\s*(?:(?:on|in|last|this)\s+\w+\s+)?(?:ordering|requiring|instructing|allowing|banning|appointing|dismissing|dissolving|declaring|nationali[sz]ing|expropriating|setting|granting|extending|imposing)\b/i;
const GENERIC_RELATIVE =
  /\b(?:countries|states|nations|members|governments|parties)\s+(?:that|which|who)\s+(?:have\s+|had\s+|has\s+)?(?:already\s+|since\s+|also\s+)?(?:formally\s+|officially\s+)?$/i;
export function acceptCue(
  s: string,
  hit: CueHit,
  treaties: TreatyMention[],
  states: StateMention[],
  ctx: Ctx,
): boolean {
  const d = hit.def;
  if (d.noRatif && /ratif|accession|acced|\bjoin(?:s|ed|ing)?\b|\bmember\b/i.test(s) && !W_RE.test(s)) return false;
  // "told the Secretary-General it was rescinding the notice": a reversal is not a notification.
  if (d.action === 'withdrawal_notified' && REVERSAL.test(s.slice(Math.max(0, hit.start - 40), hit.end + 80)))
    return false;
  if (d.noW && W_RE.test(s)) return false;
  if (d.needW && !W_RE.test(s) && !(d.id === 'D2' && /\bsigned\b/.test(s))) return false;
  if (d.needLeg || d.id === 'P1') {
    const win = s.slice(Math.max(0, hit.trigger - 110), hit.trigger);
    const leg =
      LEG_RE.test(win) || states.some((m) => m.legislature && m.end <= hit.trigger && hit.trigger - m.end < 110);
    if (d.needLeg && !leg) return false;
    if (d.id === 'P1' && leg) return false;
  }
  if (d.objTreaty && !objectOk(s, hit, treaties, ctx)) return false;
  // "following EU countries that have left it": states in general in a relative clause act, nobody named.
  if (GENERIC_RELATIVE.test(s.slice(Math.max(0, hit.trigger - 60), hit.trigger)) && !LIST_AFTER.test(s.slice(hit.end)))
    return false;
  // "The Conservative Party has announced its intention to withdraw ... if it wins the next election": a party's
  // pledge, or a departure conditional on an election, is an intention, not a government's act.
  if (
    d.action === 'withdrawal_proposed' &&
    (d.weak || d.id === 'P10' || d.id === 'X1') &&
    (PARTY_SUBJECT.test(s.slice(Math.max(0, hit.start - 50), hit.start)) ||
      ELECTION_IF.test(s.slice(hit.end, hit.end + 120)))
  )
    return false;
  // "the first time a new country has joined the bloc": an indefinite subject is nobody in particular.
  if (INDEFINITE_SUBJECT.test(s.slice(Math.max(0, hit.trigger - 50), hit.trigger))) return false;
  if (
    QUANTIFIED_SUBJECT.test(s.slice(Math.max(0, hit.trigger - 90), hit.trigger)) &&
    !LIST_FOLLOWS.test(s.slice(hit.end))
  )
    return false;
  // "only 31 have ratified the treaty": a count is the subject, not the states named before it.
  if (d.id !== 'A11' && COUNT_SUBJECT.test(s.slice(Math.max(0, hit.trigger - 40), hit.trigger))) return false;
  // "A bill revoking ratification was passed by the Duma": a chamber's vote on it has no stage in the vocabulary.
  if (
    d.action === 'ratification_revoked' &&
    /\b(?:bill|draft)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(s.slice(Math.max(0, hit.start - 30), hit.start)) &&
    !/\bsign\w*\b/i.test(s.slice(Math.max(0, hit.start - 60), hit.start))
  )
    return false;
  // "signed an executive order reversing that withdrawal": a decree undoing a withdrawal is no withdrawal decree.
  if (d.action === 'withdrawal_decreed' && UNDO.test(s.slice(hit.end, hit.end + 120))) return false;
  // "issued a decree ordering the company to sell its stake": a decree about something else, with no withdrawal word.
  if (d.id === 'D1' && !W_RE.test(s) && OTHER_DECREE.test(s.slice(hit.end, hit.end + 40))) return false;
  // "Canada, joined by Japan and Russia, said": a passive "joined by" is company, not accession; "signed by a
  // government which ..." names no state.
  const by = s.slice(hit.end, hit.end + 8);
  if ((d.id === 'J8' && /^\s+by\b/i.test(by)) || (d.id === 'S1' && /^\s+by\s+an?\s/i.test(by))) return false;
  // "the withdrawal becomes effective one year after written notification is sent": a rule in the present tense.
  if (
    d.action === 'withdrawal_notified' &&
    /\b(?:is|are|be|being)\s+(?:formally\s+)?(?:delivered|handed over|lodged|deposited|presented|submitted|transmitted|received|sent)\b/i.test(
      s.slice(hit.start, hit.end),
    )
  )
    return false;
  // "was signed by 122 countries", "has been ratified by more than 160 states": a count, not a state.
  if (
    /^\s+by\s+(?:\d|more than|over|some|dozens|hundreds|many|most|all|the majority|nearly|almost)/i.test(
      s.slice(hit.end, hit.end + 30),
    )
  )
    return false;
  // "before the exit took effect": a generic withdrawal with nobody named is no development.
  if (
    /^F[123]$/.test(d.id) &&
    !states.length &&
    /\b(?:the|a|an)\s+(?:[a-z-]+\s+)?$/.test(s.slice(Math.max(0, hit.trigger - 30), hit.trigger))
  )
    return false;
  if (NOUN_FIRST.has(d.id)) {
    const verb = /\S+$/.exec(s.slice(hit.start, hit.end).trimEnd());
    if (verb && inIrrealisScope(s, hit.end - verb[0].length, d)) return false;
  }
  return !inIrrealisScope(s, hit.trigger, d);
}

/**
 * The day the lead gives for the news ("the minister said on Tuesday", "Eleven countries signed on Thursday"):
 * the first day-precise, past date in the first three sentences of six words or more that falls in the week
 * before publication. An undated primary claim (a headline's act, a list restating the lead's act) happened then.
 * A start date ("from Friday", "effective ...") is when a later step takes effect, not the news day.
 */
export function newsDay(sentences: string[], pub: Ymd, datesOf: (s: string) => DateHit[]): string | null {
  const p = dayNumber(fmtDay(pub));
  let seen = 0;
  for (const s of sentences) {
    if (seen >= 3) break;
    if (!/(?:\S+\s+){5}\S/.test(s)) continue;
    seen++;
    for (const d of datesOf(s)) {
      if (!d.value || d.value.length !== 10 || d.future) continue;
      if (START_DATE.test(s.slice(Math.max(0, d.start - 24), d.start))) continue;
      const n = dayNumber(d.value);
      if (n <= p && n >= p - 14) return d.value;
    }
  }
  return null;
}
