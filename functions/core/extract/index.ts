// Over 300 lines: extractClaims is one pass over the sentences whose steps share the per-article context.
// Rule-based extraction of treaty developments from one article (pure: no I/O, no clock).
import { definedAcronyms, withDefinedAcronyms } from './acronyms';
import type { Action, Extraction } from '../model';
import type { FactBase } from '../facts';
import { cleanText, normaliseTypography } from './clean';
import { splitSentences } from './sentences';
import { buildGazetteer as build, findStates, findTreaties } from './gazetteer';
import type { Gazetteer as G, StateMention, TreatyMention } from './gazetteer';
import type { Leaders } from './mentions';
import { alsoSameDay, dayNumber, findDates, fmtDay, lastFullDate, numericOrder } from './dates';
import { actDayCandidates, fromDay, leadWithoutFurniture, restatedActDate } from './act-day';
import { asideClauses, ownDates } from './aside-dates';
import type { Aside } from './aside-dates';
import { actDates, inDescription, instrumentDescriptions } from './instrument-dates';
import type { DateHit, Ymd } from './dates';
import { findCues, LEG, W } from './cues';
import { structuralCues } from './structure';
import { remapCues } from './remap';
import {
  acceptCue,
  agentBefore,
  ANCHOR_NEED,
  DATELINE,
  newsDay,
  pickDate,
  shiftBack,
  subjectOf,
  SUBORDINATE,
  treatiesOf,
} from './resolve';
import type { Ctx } from './resolve';
import { assignRoles, mergeClaims } from './roles';
import { collectiveActs, titleActions } from './title-acts';
import type { RawClaim } from './roles';
import { datelineDay, datelineHead, endOfMonth, givenPublished, inferPublished, raisedBound } from './published';
import { bodyCovers, headlineAct, headlineSubject, leadGivesItAsComing } from './headline';
import { listCues } from './list-cues';
import { listedStates, listRescues, listStanding } from './state-lists';
import { datelineStates, describedSubject, isDescriptive, leaderBefore, withoutSovietActor } from './subjects';
import { unquotePhrases } from './quoted-phrases';
import { followedAction, inSubordinateClause } from './follow-suit';
import { describedOrg } from './described-org';
import { describingOrg, framingOrg, speakingOrg } from './org-roles';
import { redirectNotices, redirectReturns } from './act-direction';
import { itemDates, respectiveDate } from './coordinated-acts';
import { patternOf } from './match-all';

const W_ANY = new RegExp(`\\b${W}`, 'i');
const EVENT_SUBJECT =
  /^(?:The|This|That|Its|Their)\s+(?:announcement|move|decision|step|vote|notification|notice|exit|withdrawal|departure|ratification|accession|deposit)\s+(?:came|was made|followed|happened)\b/;
const GENERIC_VOTE = new Set(['A1', 'A2', 'A3', 'A5', 'A7', 'A8', 'A8b']);
const CONTEXT_VOTE = new Set(['A8', 'A8b']); // "completed its own vote": only inside a known process
const BARE_INSTRUMENT = /\b(?:instruments?|documents|papers|its own|their own)$/i;
const SIX_WORDS = /(?:\S+\s+){5}\S/;
const AGENTLESS_PASSIVE = /(?:,|\b(?:was|were|been|is|are))\s*(?:\p{Ll}+ly\s+)?$/u;
// After the participle: an agent ("by ...") or an object ("X, its envoy, signed the treaty" is active).
const BY_AGENT = /^\s+(?:(?:\S+\s+){0,6}?(?:by|behalf\s+of)\b|(?:the|a|an|it|its|their|this|that)\b)/i;
const SIGNING_AND = /\bsigning\s+and\s+(?:the\s+)?$/i;
const YEARS_AGO =
  /^[^.;,]*?\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|several|many)\s+years?\s+ago\b/i;
const AFTER_CLAUSE =
  /,\s*(?:(?:just|only|shortly|soon|long|years|months|weeks|days)\s+)?(?:after|since)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:(?:had|has|have|first|already|initially|originally)\s+)*(?:\p{Ll}+ly\s+)?$/u;
const TO_DATE = /^[^.;,:]{0,70}?\b(?:so\s+far|to\s+date|thus\s+far)\b/i;
const PERFECT_BEFORE = /\b(?:have|has)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|already\s+)?$/u;
// "Hitherto, A and B deposited ...", "It had previously said it was leaving", "This comes after X decided to ...": the
// act after the marker is one the sentence places before the news (not "the previously announced exit", an adjective).
const RETRO =
  /(?<!\b(?:the|a|an|its|their|his|her)\s+)\b(?:hitherto|previously|formerly|had\s+(?:previously|earlier|already|once)|(?:comes?|came|coming)\s+(?:(?:just|only|shortly|soon)\s+)?after)\b(?![^.;:]*?\b(?:before|but|now|while|whereas|until|then)\b)/i;
// The subject of a sentence that names no state: one of the headline state's own institutions.
const OWN_INSTITUTION =
  /\b(?:[Tt]he|[Ii]ts)\s+(?:(?:Foreign|foreign)\s+)?(?:Ministry|ministry|Government|government|Cabinet|cabinet|Parliament|parliament|Foreign Minister|foreign minister|President|president)\b(?:\s+of\s+(?:Foreign\s+Affairs|foreign\s+affairs))?\s*(?:\p{Ll}+ly\s+|also\s+)?(?:has\s+|had\s+|have\s+)?$/u;
// "The deposit of the instrument of ratification, made on ...", "its instrument of accession was deposited": the
// instrument as the subject, with no state named.
const INSTRUMENT_SUBJECT =
  /\b(?:[Tt]he|[Ii]ts)\s+(?:deposit\s+of\s+(?:the|its)\s+)?instruments?\s+of\s+(?:ratification|accession|acceptance|approval)\b/;
// "All twelve Pacific Rim countries on 4 February signed", "about 31 countries have signed": a collective subject of
// several states, none named, before the act (a few words, a date, an auxiliary between).
const COLLECTIVE_SUBJECT =
  /\b(?:all|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|other)\s+(?:\p{L}+\s+){0,3}?(?:countries|states|nations|governments|economies|signatories)\b[^.;:,]{0,40}$/iu;
const PARENT_LINK = /^(?:(?!\b(?:and|or)\b)[^.;]){0,50}\b(?:under|to|of)\s+(?:the\s+)?$/;
const INSTRUMENT_NOUN = /\b(?:treat(?:y|ies)|conventions?|agreements?|protocols?|accords?|pacts?|charters?)\b/i;
const SINCE_WHO = /\bsince\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:(?:in|on)\s+)?$/u;
const CONTRAST = /,?\s+(?:but|whereas|while|although|though|only\s+to)\s/;
const PRONOUN_OPENS = /^\W*(?:(?:and|but|so)\s+)?(?:they|it)\s+(?:(?:have|has|had|also|then|too)\s+)*$/i;
const OTHER_CONTENT =
  /^\s*(?:on\s+)?(?!(?:concern|regard|relat|pertain|follow|implement|enact|execut|approv|formali[sz])ing\b)\p{Ll}{3,}ing\b/u;
const STOP_CONTENT = new RegExp(
  `\\b(?:${W}|suspen|halt|end|stop|ceas|freez|revok|annul|cancel|repeal|renounc|abandon)`,
  'i',
);
const REFERRAL = new RegExp(`\\b(?:referr|submit|send|forward)\\w*\\b[^.;]{0,60}\\bto\\s+(?:the\\s+)?${LEG}`, 'i');

function titleCased(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

/** Compiled state and treaty matchers (see gazetteer.ts); build once, reuse for every article. */
export interface Gazetteer extends G {}
export interface ArticleBody {
  body: string;
  title?: string;
  published?: string;
  url?: string;
}
export { cleanText };

export function buildGazetteer(facts: Pick<FactBase, 'treaties' | 'states' | 'recognition'>): Gazetteer {
  return build(facts);
}

/** The state whose head of state or government a headline names, as a set (empty when it names none). */
function leaderStates(title: string, leaders: Leaders): Set<string> {
  const state = leaderBefore(title, title.length, leaders);
  return new Set(state ? [state] : []);
}

/** A sentence with its dateline blanked (same offsets): the report's place and day, not the act's. */
function blankDateline(s: string): string {
  const t = s.replace(DATELINE, (m) => ' '.repeat(m.length));
  const n = datelineHead(t);
  return n ? ' '.repeat(n) + t.slice(n) : t;
}

export function extractClaims(input: ArticleBody, gz: Gazetteer): Extraction {
  const article = { ...input, title: input.title && normaliseTypography(input.title) };
  const text = cleanText(article.body);
  const sentences = splitSentences(text);
  const given = givenPublished(article.published, article.url);
  let pub: Ymd | null = given?.precision === 'day' ? given.date : null;
  let precise = pub !== null;
  let inferred = false;
  const pubMonth = given?.precision === 'month' ? given.date : null; // a month only: "on Sunday" is in it
  const pubYear = given?.precision === 'year' ? given.date.y : null; // a year only: "today" is in it (dates hook)
  if (!pub) {
    const inf = inferPublished(sentences);
    if (inf && (inf.precise || !pubMonth)) {
      pub = inf.date;
      precise = inf.precise;
      inferred = true;
    } else if (pubMonth) pub = endOfMonth(pubMonth);
  }
  // A month-only date given ("2018-03") and no day found in the text: the article is from that month, so its
  // dates run to the month's last day, and roles read "near publication" within the month.
  const monthOnly = pubMonth !== null && !inferred;
  const numOrder = numericOrder(text);
  // Per-sentence analysis, computed lazily: only sentences with a cue (and their context) are analysed.
  const info = sentences.map((s0, i) => ({ s: i < 4 ? blankDateline(s0) : s0 }));
  const trC: TreatyMention[][] = [];
  const stC: StateMention[][] = [];
  // A headline repeated at the top of the body is read like the title (see titleCased).
  const headline = (i: number) => i < 3 && !/[.!?:"”]\s*$/.test(info[i].s) && titleCased(info[i].s);
  // Each sentence's treaty names are read once, for the acronyms it defines and for its own mentions.
  const namedC: TreatyMention[][] = [];
  const named = (i: number) => (namedC[i] ??= findTreaties(info[i].s, gz));
  const acronyms = definedAcronyms(
    info.map((x) => x.s),
    gz,
    named,
  );
  const titleLine = (i: number) => headline(i) || (i < 6 && info[i].s.trim() === article.title?.trim());
  const leadC: TreatyMention[][] = [];
  const lead = (i: number) => (leadC[i] ??= withDefinedAcronyms(info[i].s, named(i), acronyms));
  // "Chileans approve Trans-Pacific Partnership" over a lead naming "the Comprehensive and Progressive Agreement for
  // Trans-Pacific Partnership": a headline's name, cut short, is the lead's longer one.
  const longer = (x: string, m: TreatyMention): string | null => {
    const core = x.slice(m.start, m.end).replace(/\s+(?:treaty|agreement|accord|pact)$/i, '');
    if (m.org || m.name || core.length < 12) return m.treaty;
    for (let i = 0; i < Math.min(8, info.length); i++)
      if (!titleLine(i))
        for (const o of lead(i))
          if (o.treaty && o.treaty !== m.treaty && !o.name && info[i].s.slice(o.start, o.end).includes(core))
            return o.treaty;
    return m.treaty;
  };
  const tr = (i: number) =>
    (trC[i] ??= titleLine(i)
      ? lead(i)
          .filter((m) => !m.name || !headline(i))
          .map((m) => ({ ...m, treaty: longer(info[i].s, m) }))
      : lead(i));
  const st = (i: number) => (stC[i] ??= findStates(info[i].s, gz, tr(i)).filter((m) => !isDescriptive(info[i].s, m)));
  // The article's own state, from its title and dateline: who "the Baltic state" is, and a weight for the topic.
  // The title is read by several rules (its states, its treaties, its own act): cleaned and matched once each.
  const titleText = cleanText(article.title ?? '');
  const treatiesInC = new Map<string, TreatyMention[]>();
  const treatiesIn = (x: string) => {
    let got = treatiesInC.get(x);
    if (!got) treatiesInC.set(x, (got = findTreaties(x, gz)));
    return got;
  };
  const titleStates = new Set<string>();
  if (article.title) {
    const tt = treatiesIn(article.title);
    for (const m of findStates(article.title, gz, tt))
      if (!isDescriptive(article.title, m)) for (const x of m.states) titleStates.add(x);
  }
  const placeStates = datelineStates(sentences[0], DATELINE, gz);
  // "France declared an emergency. And they suspended the Convention": a pronoun opening the clause is the last
  // sentence's subject when that sentence opens with one named state (whether or not it stated an act).
  const pronounAntecedent = (i: number, before: string): string[] | undefined => {
    if (i < 1 || !PRONOUN_OPENS.test(before)) return undefined;
    const m = st(i - 1)[0];
    return m &&
      m.states.length === 1 &&
      !m.anaphor &&
      /^\W*(?:the\s+)?$/i.test(info[i - 1].s.slice(0, m.start)) &&
      /^\s+\p{Ll}/u.test(info[i - 1].s.slice(m.end))
      ? m.states
      : undefined;
  };
  const focal = (): string | null =>
    titleStates.size === 1 ? [...titleStates][0] : placeStates.length === 1 ? placeStates[0] : null;
  let topicV: string | null | undefined;
  const topic = () => {
    if (topicV !== undefined) return topicV;
    const counts = new Map<string, number>();
    for (const x of titleStates) counts.set(x, 2);
    for (const x of placeStates) counts.set(x, (counts.get(x) ?? 0) + 1);
    info.forEach((_, i) => {
      for (const m of st(i))
        for (const x of m.states) counts.set(x, (counts.get(x) ?? 0) + (m.kind === 'demonym' ? 0.5 : 1));
    });
    return (topicV = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  };
  const lastMentionBefore = (i: number): TreatyMention | undefined => {
    for (let j = i - 1; j >= 0; j--) {
      const t = tr(j);
      if (t.length) return t[t.length - 1];
    }
    return undefined;
  };
  const lastInstrumentBefore = (i: number): string | null | undefined => {
    for (let j = i - 1; j >= 0; j--) {
      const t = tr(j).filter((m) => !m.org);
      if (t.length) return t[t.length - 1].treaty;
    }
    return undefined;
  };
  // A headline in Title Case ("Turkey Withdraws From an International Treaty to Protect Women") capitalises
  // descriptions: it names no instrument outside the catalogue.
  const titleTreaties = article.title
    ? withDefinedAcronyms(titleText, treatiesIn(titleText), acronyms).filter(
        // "Brazil joins OPEC+ Charter of Cooperation": an organisation framing another instrument (org-roles.ts).
        (m) => (!m.name || !titleCased(article.title!)) && !framingOrg(titleText, m),
      )
    : [];
  // "the Optional Protocol" after "the Optional Protocol to the Covenant ...": an unlisted name that is part of an
  // instrument's full name said before is that instrument's short form.
  const shortFormOf = (said: string, j: number, k: number): string | undefined => {
    for (let x = j; x >= 0; x--) {
      const t = tr(x);
      for (let y = (x === j ? k : t.length) - 1; y >= 0; y--)
        if (t[y].treaty && info[x].s.slice(t[y].start, t[y].end).toLowerCase().includes(said)) return t[y].treaty!;
    }
    return undefined;
  };
  // The last instrument named before sentence i (or in the title) whose names use `noun`.
  // An unlisted instrument named with that noun ("the Bonn Convention") is the referent: null blocks (unless it is
  // a short form of a name said before, shortFormOf).
  const byNounBefore =
    (i: number) =>
    (noun: string): string | null | undefined => {
      for (let j = i - 1; j >= -1; j--) {
        const t = j >= 0 ? tr(j) : titleTreaties;
        const text = j >= 0 ? info[j].s : titleText;
        for (let k = t.length - 1; k >= 0; k--) {
          const said = text.slice(t[k].start, t[k].end).toLowerCase();
          if ((t[k].treaty === null || t[k].name) && said.includes(noun)) return shortFormOf(said, j, k) ?? t[k].treaty;
          if (t[k].treaty && !t[k].org && gz.treatyNouns.get(t[k].treaty!)?.has(noun)) return t[k].treaty!;
        }
        // "signed an Agreement in Bucharest ... the Agreement": introduced by its capitalised noun alone, unlisted.
        if (patternOf(`(?<!such )\\ban? ${noun[0].toUpperCase()}${noun.slice(1)} (?:in|at|on)\\b`).test(text))
          return null;
      }
      return undefined;
    };
  const lastTreatyBefore = (i: number): string | null | undefined => {
    for (let j = i - 1; j >= 0; j--) {
      const x = info[j].s;
      // "the Kigali Amendment ... under the Montreal Protocol", "the 29th Montreal Protocol meeting": a parent reached
      // through a preposition after another instrument, or a name qualifying a meeting, is no referent for "it".
      const t = tr(j).filter(
        (m, k, a) =>
          !speakingOrg(x, m) &&
          !describingOrg(x, m) &&
          !/^\s+(?:meeting|conference|summit)/.test(x.slice(m.end, m.end + 14)) &&
          !(k > 0 && a[k - 1].treaty !== m.treaty && PARENT_LINK.test(x.slice(a[k - 1].end, m.start))),
      );
      if (t.length) return t[t.length - 1].treaty;
    }
    // Named only in the title ("Malawi quits the CITES convention" over "Malawi left the pact on Monday").
    const titled = titleTreaties.filter((m) => !speakingOrg(titleText, m));
    if (titled.length) return titled[titled.length - 1].treaty;
    // Nothing before (a lead that names the treaty only later): the first treaty of the next two sentences ("pulled
    // out of the global arms pact. [...] The country joined the NPT in 1985"; three or more away gave false claims).
    // An organisation named there ("the Council of Europe Framework Convention") yields to the instrument.
    for (let j = i + 1; j < Math.min(info.length, i + 3); j++) {
      const t = tr(j);
      if (t.length) return (t.find((m) => !m.org && m.treaty) ?? t[0]).treaty;
    }
    return undefined;
  };
  const groupsBefore = (i: number): string[][] => {
    const out: string[][] = [];
    for (let j = i - 1; j >= Math.max(0, i - 8); j--)
      for (const m of [...st(j)].reverse()) if (m.states.length >= 2) out.push(m.states);
    return out;
  };
  // The last full date before sentence i, for "a week earlier", "the same day", "that September".
  // Each sentence's own last full date is read once for a given date context (the article's, for every sentence).
  let fullC: (string | null)[] = [];
  let fullCtx = '';
  const anchorBefore = (
    i: number,
    dctx: { pub: Ymd | null; yearBase: Ymd | null; pubMonth: Ymd | null; pubYear?: number | null },
  ): string | null => {
    const key = JSON.stringify(dctx);
    if (key !== fullCtx) {
      fullC = [];
      fullCtx = key;
    }
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
      const d = j in fullC ? fullC[j] : (fullC[j] = lastFullDate(findDates(info[j].s, { ...dctx, anchor: null })));
      if (d) return d;
    }
    return null;
  };
  const ctx: Ctx = {
    anchor: null,
    lastTreaty: undefined,
    groups: [],
    lastStates: null,
    topic: null,
    leaders: gz.leaders,
  };
  // The treaty context of the sentence being read, looked up only when a rule asks for it: the look-back reads the
  // treaty names of every sentence since the last one naming a treaty, which most cues (naming their own) never need.
  let ctxAt = -1;
  // Each value once per sentence, in a one-element box (undefined is a value: "no treaty before").
  let ctxMemo: { t?: [string | null | undefined]; org?: [boolean]; inst?: [string | null | undefined] } = {};
  Object.defineProperties(ctx, {
    lastTreaty: { get: () => (ctxMemo.t ??= [lastTreatyBefore(ctxAt)])[0], enumerable: true },
    lastTreatyIsOrg: { get: () => (ctxMemo.org ??= [!!lastMentionBefore(ctxAt)?.org])[0], enumerable: true },
    lastInstrument: {
      get: () => (ctxMemo.inst ??= [ctx.lastTreatyIsOrg ? lastInstrumentBefore(ctxAt) : ctx.lastTreaty])[0],
      enumerable: true,
    },
  });
  const raw: RawClaim[] = [];
  let leadProcess: string | undefined; // action of the lead's main claim
  let lastEvent: string | null = null; // date of the last main (not older) claim in the article
  let content = 0;
  let leadDone = false;
  info.forEach(({ s: said }, i) => {
    const s = unquotePhrases(said); // quoted-phrases.ts: 'has "acceded to" the' reads as unquoted (same offsets)
    const lead = content < 3 && !leadDone; // the first sentence that yields claims, within the first three
    const before = raw.length;
    if (SIX_WORDS.test(s)) content++;
    const regular = findCues(s).concat(listCues(s, () => st(i)));
    const found = regular
      .concat(structuralCues(s, new Set(regular.map((h) => h.def.action)), () => tr(i)))
      .sort((a, b) => a.trigger - b.trigger);
    if (!found.length) return;
    const treaties = tr(i);
    const states = st(i);
    ctxAt = i;
    ctxMemo = {};
    ctx.byNoun = byNounBefore(i);
    // "left the grouping", "rejoined the bloc": the organisation named before (described-org.ts).
    ctx.describedOrg = (after) =>
      describedOrg(
        s,
        after,
        treaties.filter((m) => m.end <= s.length - after.length),
        { last: ctx.lastTreaty, lastIsOrg: !!ctx.lastTreatyIsOrg },
      );
    // "the three governments" resolves to a group named earlier in the same sentence first, then in earlier ones.
    const firstAna = states.find((m) => m.anaphor);
    ctx.groups = firstAna
      ? [
          ...states
            .filter((m) => m.end <= firstAna.start && m.states.length >= 2)
            .reverse()
            .map((m) => m.states),
          ...groupsBefore(i),
        ]
      : [];
    const dctx = { pub: precise ? pub : null, yearBase: pub, pubMonth: precise ? null : pubMonth, pubYear, numOrder };
    // "the Convention, adopted in 1992": the instrument's own history dates no act of a state (instrument-dates.ts).
    const described = instrumentDescriptions(s, treaties, (m) => gz.bilateral.has(m.treaty!));
    // Read when a cue first needs a date (after its subject and treaty are found).
    let datesV: DateHit[] | undefined;
    let asides: Aside[] | undefined;
    const dates = () =>
      (datesV ??= actDates(
        findDates(s, { ...dctx, anchor: ANCHOR_NEED.test(s) ? anchorBefore(i, dctx) : null }),
        described,
      ));
    // "Nine states signed it. They are A, B and C": the next sentence may name a count (state-lists.ts).
    const follow = (k = 1) =>
      i + k >= 0 && i + k < info.length ? { s: info[i + k].s, states: () => st(i + k) } : null;
    // A cue whose subject is a list of states (state-lists.ts) stands even where a count or "countries that" hides it.
    let cues = remapCues(s, found, followedAction(ctx, i)).filter(
      (h) => acceptCue(s, h, treaties, states, ctx) || listRescues(s, h, states, pub?.y, follow),
    );
    // "signed a decree referring the motion to parliament" is a submission, not a withdrawal decree.
    cues = cues.map((h) =>
      h.def.action === 'withdrawal_decreed' && REFERRAL.test(s.slice(h.start, h.start + 120))
        ? { ...h, def: { ...h.def, action: 'withdrawal_proposed' as const } }
        : h,
    );
    // "a decree annulling the ratification": an executive act putting withdrawal in motion, not a de-ratification law.
    cues = cues.map((h) =>
      h.def.action === 'ratification_revoked' &&
      /\bdecree\b[^.;]{0,40}$/i.test(s.slice(Math.max(0, h.trigger - 60), h.trigger))
        ? { ...h, def: { ...h.def, action: 'withdrawal_decreed' as const } }
        : h,
    );
    // "signed a decree halting Russian compliance": a decree that suspends is a suspension (like such a law).
    cues = cues.map((h) =>
      h.def.action === 'withdrawal_decreed' &&
      /^\s*(?:on\s+)?(?:suspending|halting|freezing|pausing|(?:the\s+)?suspension\s+of)\b/i.test(
        s.slice(h.end, h.end + 30),
      )
        ? { ...h, def: { ...h.def, action: 'suspended' as const } }
        : h,
    );
    // "signed an executive order imposing tariffs", "the law on amnestying officers", "an order requesting that Congress
    // ratify": a decree or law whose own content clause (a gerund right after it) names no exit or halt is another matter.
    cues = cues.filter(
      (h) =>
        !/^withdrawal_(?:decreed|enacted)$/.test(h.def.action) ||
        !OTHER_CONTENT.test(s.slice(h.end, h.end + 40)) ||
        STOP_CONTENT.test(s.slice(h.end, h.end + 120).split(/[.;]/)[0]),
    );
    cues = redirectNotices(s, redirectReturns(s, cues)); // "approved a law returning X to the treaty": joining (act-direction.ts)
    // "Parliament passed the bill": with no withdrawal word in the sentence, the vote belongs to the process in context;
    // a ratification bill is joining, a de-ratification or suspension bill has no approval stage in the vocabulary.
    const la = leadProcess ?? ctx.lastProcess; // the article's news process, else the last one
    if (!W_ANY.test(s) && !la) cues = cues.filter((h) => !CONTEXT_VOTE.has(h.def.id));
    if (!W_ANY.test(s) && (la === 'joined' || la === 'ratification_revoked' || la === 'suspended')) {
      cues = cues.flatMap((h) =>
        !GENERIC_VOTE.has(h.def.id)
          ? [h]
          : la === 'joined'
            ? [{ ...h, def: { ...h.def, action: 'joined' as const } }]
            : [],
      );
    }
    // "Its ambassador deposited the instrument on behalf of his country": a bare instrument, with no withdrawal word, in an
    // article about joining is the instrument of ratification or accession named before.
    if (!W_ANY.test(s) && la === 'joined')
      cues = cues.map((h) =>
        h.def.id === 'N2' && BARE_INSTRUMENT.test(s.slice(h.start, h.end))
          ? { ...h, def: { ...h.def, action: 'joined' as const } }
          : h,
      );
    // A weak cue ("said it is withdrawing") yields to a strong cue over the same words, not to one elsewhere in the sentence.
    cues = cues.filter(
      (h) => !h.def.weak || !cues.some((o) => !o.def.weak && o.start < h.end + 15 && h.start < o.end + 15),
    );
    cues = cues.filter(
      (h) =>
        !h.def.id.startsWith('P9') ||
        !cues.some((o) => !o.def.id.startsWith('P9') && o.start < h.end + 50 && h.start < o.end + 50),
    );
    // "notified the UN that it is withdrawing from the treaty": the progressive restates the stronger act of the sentence.
    cues = cues.filter(
      (h) => h.def.id !== 'P13' || !cues.some((o) => !o.def.weak && o.def.action.startsWith('withdrawal_')),
    );
    // One cue per action and trigger region.
    cues = cues.filter(
      (h, k) => !cues.some((o, j) => j < k && o.def.action === h.def.action && Math.abs(o.trigger - h.trigger) < 25),
    );
    const used = new Set<DateHit>();
    let lastOk = 0; // trigger of the last cue that produced a claim
    let lastDate: string | null = null; // its date, anchoring "a year after ..." in the same sentence
    cues.forEach((h, k) => {
      if (described.length && inDescription(described, h.trigger)) return; // "the Paris Agreement signed in 2015"
      // The next cue begins this one's right boundary, unless it is embedded in this cue's own match
      // ("the instrument, signed by the minister, was submitted on Wednesday").
      const next =
        cues.slice(k + 1).find((o) => o.trigger >= h.end || o.def.action === h.def.action)?.trigger ?? s.length;
      const prev = lastOk;
      // An enumeration of states acting (state-lists.ts) is the subject; else the ordinary subject rules.
      let subj = listedStates(s, h, states, next, pub?.y, follow) ?? subjectOf(s, h, states, ctx);
      if (subj === null) return;
      const trs = treatiesOf(h, next, treaties, ctx, s, states).filter((t) => t);
      if (!trs.length) return;
      if (!subj.length && h.def.action === 'signed' && gz.bilateral.has(trs[0])) subj = gz.bilateral.get(trs[0])!;
      // "The treaty was signed in 1990 and amended in 1997", "the treaty, originally signed in Paris in 1990": a
      // passive with no agent dates the instrument; no state in context signed it.
      if (
        !subj.length &&
        h.def.action === 'signed' &&
        AGENTLESS_PASSIVE.test(s.slice(0, h.trigger)) &&
        !BY_AGENT.test(s.slice(h.end))
      )
        return;
      if (!subj.length) {
        // "President Stubb signed a decree": the person names the state; "the Baltic state" is the article's state.
        const leader = leaderBefore(s, h.trigger, gz.leaders);
        const f = leader
          ? null
          : describedSubject(s, Math.min(h.start, h.trigger))
            ? ctx.lastStates?.length === 1
              ? ctx.lastStates[0]
              : focal()
            : null;
        if (leader || f) subj = [(leader ?? f)!];
        else {
          // nobody acts here: no claim ("107 voted to withdraw": a chamber's tally is its state's act)
          if (h.def.id !== 'A11' && !agentBefore(s, h, treaties) && ctx.lastAction !== h.def.action) return;
          // The article's topic state only when no state acted before (it reads every sentence's states).
          const tp = ctx.lastStates ? null : topic();
          // "Minister X signed the Convention ... for Ukraine", "the Ljubljana-The Hague Convention": not the state the
          // instrument is named for or after.
          const namedFor = treaties.some(
            (m) =>
              trs.includes(m.treaty!) &&
              findStates(s.slice(m.start, m.end), gz, []).some((x) => x.states.includes(tp!)),
          );
          subj = pronounAntecedent(i, s.slice(0, h.trigger)) ?? ctx.lastStates ?? (tp && !namedFor ? [tp] : []);
        }
      }
      subj = withoutSovietActor(s, subj); // the USSR's act is not Russia's (subjects.ts)
      if (!subj.length) return;
      // "signed and ratified the treaty on the same day": coordinated verbs share the date after the second one.
      const coord = next < s.length && /^\s+(?:and|or)\s+$/.test(s.slice(h.end, next));
      // "The government, which took office on 1 March, decided ...": another clause's dates (dates hook, aside-dates.ts).
      const own = ownDates(dates(), (asides ??= asideClauses(s)), h.trigger, h.def.action);
      let dh = pickDate(s, h, prev, coord ? (k + 2 < cues.length ? cues[k + 2].trigger : s.length) : next, own, used);
      // "signed it but never ratified it and his successor in 2001 withdrew": a date past a contrast is the other
      // clause's; the act keeps a date of its own before it, or none.
      const contrast = dh && dh.start > h.end && !coord ? CONTRAST.exec(s.slice(h.end, dh.start)) : null;
      if (contrast) dh = pickDate(s, h, prev, h.end + contrast.index, own, used);
      dh = respectiveDate(s, cues, k, dates()) ?? dh; // "signed and ratified it in 1995 and 1997 respectively"
      if (dh) used.add(dh);
      // "Andorra, Georgia and Israel also signed the convention": the same act as the last claim, on its day.
      if (
        !dh &&
        lastEvent &&
        ctx.lastAction === h.def.action &&
        alsoSameDay(s.slice(Math.max(0, h.trigger - 30), h.trigger))
      ) {
        dh = { start: h.trigger, end: h.trigger, future: false, reporting: false, value: lastEvent };
      }
      // "a year after notifying the UN", "months after its parliament voted": an older step, dated from the main one.
      const at = Math.min(h.start, h.trigger);
      // Without an earlier claim in the sentence, "a year after" counts back from the main clause's own date
      // ("Burundi became the first in October 2017, a year after notifying the UN").
      // "The announcement came two weeks after ...": the subject is the event of the last claim.
      const mainDate = (end: number) =>
        [...dates()].reverse().find((d) => d.end <= end && d.value && !d.future && !d.reporting)?.value ??
        (EVENT_SUBJECT.test(s) ? lastEvent : null);
      const sub = SUBORDINATE.exec(s.slice(Math.max(prev, at - 60), at));
      // "that it was the first to sign 10 years ago": an act years back is history, whatever the article's date.
      let older = !!h.def.older || YEARS_AGO.test(s.slice(h.trigger, next));
      if (!older && RETRO.test(s.slice(Math.max(prev, at - 100), h.trigger))) older = true;
      if (!older && listStanding(s, h)) older = true; // state-lists.ts: "are the only countries that have ..."
      // "X withdrew on Wednesday, after President Y first announced his plans to do so": the act of an "after" clause
      // that follows the sentence's own act came before it.
      if (!older && prev > 0 && AFTER_CLAUSE.test(s.slice(prev, at))) older = true;
      // "only two countries — A and B — have ratified the treaty so far": a tally to date, not the day's act.
      if (!older && TO_DATE.test(s.slice(h.trigger, next)) && PERFECT_BEFORE.test(s.slice(0, h.trigger))) older = true;
      // "The government last week approved ...", "Last month, X signed ...": with a publication day, that period
      // lies before the one the article reports from.
      if (!older && precise && dh?.priorPeriod) older = true;
      if (sub) {
        older = true;
        // "a year after ... deposited its notice on 27 October 2016": a written-out date beats the arithmetic.
        if (!(dh && dh.start > h.trigger && !dh.relative && !dh.future))
          dh = {
            start: h.trigger,
            end: h.trigger,
            future: false,
            reporting: false,
            value: shiftBack(lastDate ?? mainDate(at - sub[0].length), sub[2], sub[4] ? `${sub[3]}!` : sub[3], sub[1]),
          };
      }
      lastOk = h.trigger;
      if (dh?.future) return; // a future effect is not a development
      // "Estonia and Latvia acceded in 2004 and 2005 respectively"
      const resp = /\brespectively\b/.test(s.slice(h.trigger, next))
        ? dates().filter((d) => d.start >= h.trigger && d.start < next)
        : [];
      // "carried out the signing and deposit of the instrument of acceptance": two acts, one day.
      // "the first to join T since Chile in 2004": the date is the named state's own earlier act, not the subject's.
      const since = dh && dh.start > h.end ? SINCE_WHO.exec(s.slice(h.end, dh.start)) : null;
      const sinceWho = since ? states.filter((x) => x.start >= dh!.start - since[0].length && x.end <= dh!.start) : [];
      if (sinceWho.length) {
        for (const st of sinceWho.flatMap((x) => x.states))
          for (const tr of trs)
            raw.push({
              state: st,
              treaty: tr,
              action: h.def.action,
              date: dh!.value,
              dateWeak: false,
              evidence: said.trim(),
              sIdx: i,
              lead: false,
              weakCue: false,
              older: true,
            });
        dh = null;
      }
      const acts: Action[] = [h.def.action];
      if (h.def.id === 'J18' && SIGNING_AND.test(s.slice(Math.max(0, h.trigger - 16), h.trigger))) acts.push('signed');
      const items = subj.length > 1 ? itemDates(s, states, dates(), subj) : null; // "A 31/3/17, B 12/5/17"
      subj.forEach((st, j) => {
        const date = resp.length === subj.length ? resp[j].value : (items?.get(st) ?? dh?.value ?? null);
        for (const tr of trs)
          for (const action of acts)
            raw.push({
              state: st,
              treaty: tr,
              action,
              date,
              dateWeak: !!dh?.reporting,
              evidence: said.trim(),
              sIdx: i,
              lead: lead && !older,
              weakCue: !!h.def.weak,
              older,
              ...(h.def.id === 'J10' ? { effect: true } : {}),
              progressive: h.def.id === 'P13',
            });
      });
      if (!older && dh?.value) lastDate = dh.value;
      if (!older && dh?.value) lastEvent = dh.value;
      ctx.lastStates = subj;
      ctx.lastAction = h.def.action;
      if (!inSubordinateClause(s, h.trigger)) ctx.followed = { action: h.def.action, at: i }; // follow-suit.ts
      if (h.def.action !== 'signed') ctx.lastProcess = h.def.action;
      if (lead && !older && h.def.action !== 'signed') leadProcess ??= h.def.action;
      // Ellipsis after the cue: ", Lithuania's Seimas followed on May 8 and Estonia's Riigikogu on June 4".
      let from = dh && dh.start > h.trigger ? dh.end : h.end;
      for (const d of dates()) {
        if (d.start < from || d.start >= next || d === dh || d.future) continue;
        const m = [...states].reverse().find((x) => x.end <= d.start && x.start >= from);
        if (!m || m.anaphor) continue;
        const gap = s.slice(m.end, d.start);
        const lead2 = s.slice(from, m.start);
        if (
          !/^(?:'s\s+[\p{L}\s]{1,30}?)?\s*(?:followed\s+|did\s+(?:so|the\s+same)\s+)?(?:(?:the\s+)?\d+(?:st|nd|rd|th)\s+)?(?:(?:on|in|at)\s+)?$/u.test(
            gap,
          )
        )
          continue;
        // "..., followed by Nauru and Guyana in March and Malawi on April 2": the same act, each on its own date.
        if (
          !/^[^.;]{0,40}?(?:,|;|\band\b|—|–|\bfollowed by|\bthen)\s*(?:the\s+)?(?:[\p{L}]+'s\s+)?$/u.test(lead2) &&
          !/^\s*(?:,|;|and|—|–)?\s*(?:the\s+)?$/u.test(lead2)
        )
          continue;
        const first = states.find(
          (x) => x.start >= from && x.end <= d.start && m.states.every((q) => x.states.includes(q)),
        );
        for (const st of (first ?? m).states)
          for (const tr of trs)
            raw.push({
              state: st,
              treaty: tr,
              action: h.def.action,
              date: d.value,
              dateWeak: false,
              evidence: said.trim(),
              sIdx: i,
              lead,
              weakCue: false,
            });
        from = d.end;
      }
      // "two weeks after Lithuania, Latvia and Estonia did the same"
      const same =
        /\b(?<n>a|one|two|three|four|\d+) (?<u>days?|weeks?|months?) (?<k>after|before)\s+(?<who>[^.;]{2,80}?)\s+(?:did the same|had done the same|did so|followed suit)\b/.exec(
          s.slice(h.trigger, next),
        );
      if (same) {
        const base = h.trigger + same.index! + same[0].indexOf(same.groups!.who);
        const who = states
          .filter((x) => x.start >= base && x.end <= base + same.groups!.who.length)
          .flatMap((x) => x.states);
        let date: string | null = null;
        if (dh?.value && dh.value.length === 10) {
          const nmap: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
          const n = nmap[same.groups!.n] ?? +same.groups!.n;
          const days = same.groups!.u.startsWith('day') ? n : same.groups!.u.startsWith('week') ? 7 * n : 30 * n;
          const t = (dayNumber(dh.value) + (same.groups!.k === 'after' ? -days : days)) * 86_400_000;
          date = new Date(t).toISOString().slice(0, 7);
        }
        const earlier = same.groups!.k === 'after';
        for (const st of who)
          for (const tr of trs)
            raw.push({
              state: st,
              treaty: tr,
              action: h.def.action,
              date,
              dateWeak: false,
              evidence: said.trim(),
              sIdx: i,
              lead: lead && !earlier,
              weakCue: false,
              older: earlier,
            });
      }
    });
    if (lead && raw.length > before) leadDone = true;
  });
  const merged = mergeClaims(raw);
  // Instruments outside the catalogue: the claim keeps the name the article gives and says so.
  const provisionalNames = new Map<string, string>();
  for (const list of [titleTreaties, ...trC])
    for (const m of list ?? [])
      if (m.name && m.treaty && !provisionalNames.has(m.treaty)) provisionalNames.set(m.treaty, m.name);
  const leadTreaties = () => info.slice(0, 4).flatMap((_, i) => tr(i).flatMap((m) => (m.treaty ? [m.treaty] : [])));
  const pubKind = !pub ? 'none' : inferred && !precise ? 'lower' : monthOnly ? 'month' : 'day';
  const titleTreatyIds = new Set(titleTreaties.map((m) => m.treaty).filter((t): t is string => !!t));
  const claims = assignRoles(merged, {
    pub,
    pubPrecise: precise || monthOnly,
    pubKind,
    titleActions: titleActions(article.title),
    // A headline naming no state may name its leader ("Trump administration begins ...", "Putin signs ...").
    titleStates: titleStates.size || !article.title ? titleStates : leaderStates(article.title, gz.leaders),
    titleTreaties: titleTreatyIds,
    // The headline and the first sentences, each with the treaties it names and the headline's.
    collective: collectiveActs(
      [
        { text: article.title ?? '', treaties: (): string[] => [] },
        ...info.slice(0, 6).map((x, i) => ({
          text: x.s,
          treaties: () => tr(i).flatMap((m) => (m.treaty ? [m.treaty] : [])),
        })),
      ].map((x) => ({
        text: x.text,
        // Naming no treaty ("11 nations sign overhauled trade deal"): the one the first sentences name.
        treaties: () => {
          const own = [...x.treaties(), ...titleTreatyIds];
          return own.length ? own : leadTreaties();
        },
      })),
    ),
  });
  // The headline's own act, where the body gave nothing of that kind for its state and treaty (work done only as
  // far as each step finds something: most headlines stop at the first).
  const act = headlineAct(article.title);
  const t = act && article.title ? titleText : '';
  const subj = act
    ? headlineSubject(
        t,
        findStates(t, gz, treatiesIn(t)).filter((m) => !m.anaphor && !isDescriptive(t, m)),
        act.at,
      )
    : [];
  if (act && subj.length) {
    // "X's withdrawal from the Inter-American Convention ... (OAS press release)": an organisation after an instrument,
    // not joined to it by "and"/"or", is no second object.
    const own = titleTreaties.filter(
      (m, k, a) =>
        m.treaty && !(m.org && k > 0 && !a[k - 1].org && !/\b(?:and|or)\b|&/.test(t.slice(a[k - 1].end, m.start))),
    );
    const named = [...new Set(own.map((m) => longer(t, m)!))];
    // A headline naming the treaty descriptively ("nuclear treaty"): the one instrument the lead names; not when the
    // headline is about an amendment or protocol ("ratify amendments on ...").
    const lead =
      named.length || /\b(?:amendments?|protocols?)\b/i.test(t)
        ? []
        : [
            ...new Set(
              info
                .slice(0, 3)
                .flatMap((_, i) => tr(i))
                // An organisation is not the instrument a headline calls "convention" or "treaty".
                .filter((m) => m.treaty && !m.name && !(m.org && INSTRUMENT_NOUN.test(t)))
                .map((m) => m.treaty!),
            ),
          ];
    const treaties = named.length ? named : lead.length === 1 ? lead : [];
    // "... ceases to be a party on 16 September": a future effect in the headline is not yet an act.
    const future =
      treaties.length > 0 &&
      findDates(t, { pub: precise ? pub : null, yearBase: pub, anchor: null }).some((d) => d.future);
    const leadStates = () => info.slice(0, 4).flatMap((x, i) => (headline(i) ? [] : [{ s: x.s, states: st(i) }]));
    if (!future)
      for (const st of new Set(subj))
        for (const treaty of treaties) {
          if (bodyCovers(claims, st, treaty, act.action)) continue;
          // "Comoros Joins the Bloc" over "announced it will be joining": a coming act (headline.ts).
          if (leadGivesItAsComing(act.action, st, leadStates())) continue;
          claims.push({
            state: st,
            treaty,
            action: act.action,
            date: null,
            role: 'primary',
            evidence: article.title!.trim(),
          });
        }
  }
  // An undated primary claim: the body sentence that restates its act dates it (dates hook; see act-day.ts).
  if (claims.some((c) => c.role === 'primary' && c.date === null)) {
    const dctx = {
      pub: precise ? pub : null,
      yearBase: pub,
      pubMonth: precise ? null : pubMonth,
      pubYear,
      numOrder,
      anchor: null,
    };
    const body = info.map((x, i) => (headline(i) ? '' : x.s));
    const since = pub ? fmtDay(fromDay(pub, -60)) : null;
    // The claim's state is the only one the article's news has acting on the treaty.
    const soleActor = (c: (typeof claims)[number]) =>
      claims.every((x) => x.role !== 'primary' || x.treaty !== c.treaty || x.state === c.state);
    for (const c of claims.filter((x) => x.role === 'primary' && x.date === null)) {
      const subjectEnd = (i: number, pos: number) => {
        const last = st(i).reduce<StateMention | null>((a, m) => (m.end <= pos && (!a || m.end > a.end) ? m : a), null);
        const before = body[i].slice(0, pos);
        // A collective subject ("All twelve countries on 4 February signed it in New Zealand", "the five states") is
        // each of the several states the news has acting on this treaty, in a sentence naming it or an instrument
        // ("signed the agreement"), and no other ("On 6 July the three countries announced the confederation").
        const collective = () =>
          !soleActor(c) &&
          (last ? !!last.anaphor && !last.states.length : COLLECTIVE_SUBJECT.test(before)) &&
          tr(i).every((m) => m.treaty === c.treaty) &&
          (tr(i).length > 0 || INSTRUMENT_NOUN.test(body[i]));
        if (last) return last.states.includes(c.state) ? last.end : collective() ? pos : null;
        if (st(i).some((m) => m.states.includes(c.state))) return pos;
        if (collective()) return pos;
        // No state named at all: "the Ministry of Foreign Affairs has deposited ..." is the headline state's own body;
        // "The instrument of ratification was deposited on ..." is the article's one acting state's instrument.
        if (st(i).length > 0) return null;
        return OWN_INSTITUTION.test(before) || (soleActor(c) && INSTRUMENT_SUBJECT.test(before)) ? pos : null;
      };
      const datesOf = (x: string) => findDates(x, dctx);
      c.date = restatedActDate(c.action, body, { subjectEnd, datesOf, relativeOk: precise && !inferred, since });
    }
  }
  // An undated primary claim happened on the news day the lead gives (dates hook; see newsDay in resolve.ts).
  if (precise && pub && claims.some((c) => c.role === 'primary' && c.date === null)) {
    const dctx = { pub, yearBase: pub, anchor: null };
    const lead = info.filter((_, i) => i < 8 && !headline(i)).map((x) => x.s);
    // Else a wire dateline's day ("MOSCOW, September 17. /TASS/."; published.ts).
    // The page's own date line and a reporting verb's day yield to another day of the lead (act-day.ts).
    const seen = new Map<string, DateHit[]>();
    const datesOf = (x: string) => {
      const got = seen.get(x) ?? findDates(x, dctx);
      seen.set(x, got);
      return got;
    };
    const day =
      newsDay(leadWithoutFurniture(lead, datesOf, fmtDay(pub)), pub, (x) =>
        actDayCandidates(x, datesOf(x), fmtDay(pub)),
      ) ??
      newsDay(lead, pub, datesOf) ??
      datelineDay(sentences, pub);
    if (day) for (const c of claims) if (c.role === 'primary' && c.date === null) c.date = day;
  }
  for (const c of claims) {
    const name = provisionalNames.get(c.treaty);
    if (name) Object.assign(c, { catalogued: false, treatyName: name });
  }
  // Outside the catalogue only the article's own news counts: with no record to check a background
  // mention against ("six countries signed the Treaty of Rome in 1957"), it would only be stored unchecked.
  const kept = claims.filter((c) => c.catalogued !== false || c.role === 'primary');
  const shown = pubMonth && !precise ? pubMonth : pub; // a month-only date is reported as its first day, a lower bound
  const day = shown ? `${shown.y}-${String(shown.m).padStart(2, '0')}-${String(shown.d).padStart(2, '0')}` : null;
  return {
    // A lower bound rises to the latest day a claim gives (dates hook; see raisedBound in published.ts).
    published: day && inferred && !precise ? raisedBound(day, kept) : day,
    publishedInferred: inferred,
    ...(pub ? { publishedBound: precise ? 'exact' : 'lower' } : {}),
    claims: kept,
  };
}
