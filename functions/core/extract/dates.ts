// Over 300 lines: one date reader (chrono plus the forms news adds) whose anchors and precisions depend on each other.
// Date expressions in a sentence, resolved against the publication date (the only clock).
import * as chrono from 'chrono-node/en'; // English only: the root module also loads 15 other locales
import type { PartialDate } from '../model';
import { matchesOf } from './match-all';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}
export interface DateCtx {
  pub: Ymd | null; // publication date (day precision) when known
  anchor: string | null; // the last full date mentioned before this point ("a week earlier", "the same day")
  yearBase?: Ymd | null; // an approximate publication date (inferred) for month-day dates without a year
  pubMonth?: Ymd | null; // publication known to the month only ("2019-03", an address's /2019/03/): relative days give it
  pubYear?: number | null; // publication known to the year only ("Published: 2021"): "today" gives the year
  numOrder?: 'dm' | 'md' | null; // the order of the article's numeric dates ("31/3/17"), when the text settles it
}
export interface DateHit {
  start: number;
  end: number;
  value: PartialDate;
  future: boolean; // resolves after the publication date or is explicitly "next ..."
  reporting: boolean; // attached to a speech verb ("said on Tuesday"): a fallback only
  relative?: boolean; // resolved from the publication day or an anchor ("on Friday", "six days later"), not written out
  /** "last week", "last month": a period the text places before the one it reports from. */
  priorPeriod?: boolean;
}
// A scheduled event ("is due to follow on 20 February", "will take effect on 1 March"): a yearless date lies ahead.
const AHEAD = /\b(?:will|shall|due to|is to|are to|set to|scheduled|expected to|slated)\b[^.;,]{0,30}$/i;
// The same in the date's own clause, reported speech included ("said it would leave the group by January 2019",
// "will resume whaling in July"): without a publication day to compare with, such a date is ahead of the report.
const AHEAD_CLAUSE =
  /\b(?:will|would|shall|due to|is to|are to|set to|scheduled to|expected to|slated to)\b[^.;,:]{0,60}$/i;
// "more than 20 years ago", "nearly a decade earlier": an approximate span gives no date.
const APPROX = /\b(?:more than|over|almost|nearly|about|around|roughly|some|at least|less than|under)\s+$/i;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MON =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUMW: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
};
const NUMRE = ci(
  '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)',
);
const QUAL = ci(
  '(?:early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|the middle of)',
);
/** Make the first letter of each alternative case-insensitive ("In 2005", "Last Thursday"). */
function ci(src: string): string {
  return src.replace(/(^|[(|:])([a-z])/g, (_m, p: string, c: string) => `${p}[${c.toUpperCase()}${c}]`);
}

// Every form starts at a word's first letter or a number's first digit, so the engine passes over the inside of
// words at once; a number glued to a word ("reality19 November 2017", page furniture run together) still counts.
const RE = new RegExp(
  `(?:(?<![A-Za-z])(?=[A-Za-z])|(?<!\\d)(?=\\d))(?:${[
    `(?<between>between (?<b1>\\d{4}) and (?<b2>\\d{4}))`,
    `(?<num>(?<!/)(?<n1>\\d{1,2})/(?<n2>\\d{1,2})/(?<n3>\\d{4}|\\d{2})(?![\\d/]))`,
    `(?<dmy>(?:${WD},? )?(?:the )?(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?: and \\d{1,2})? (?:of )?(?<m1>${MON}),? (?<y1>\\d{4}))`,
    `(?<mdy>(?:${WD},? )?(?<m2>${MON}) (?<d2>\\d{1,2})(?:st|nd|rd|th)?,? (?<y2>\\d{4}))`,
    // The qualifier's hyphen or space belongs to the qualifier: a bare "January 2019" starts at its month, so the
    // words before it ("effective January 2019") stay readable.
    `(?<my>(?:(?<q3>${QUAL})[- ]?)?(?<m3>${MON}),? (?:of )?(?<y3>\\d{4}|this year|last year))`,
    `(?<dm>(?:(?<w4>${WD}),? (?:the )?)?(?<d4>\\d{1,2})(?:st|nd|rd|th)?(?: and \\d{1,2})? (?:of )?(?<m4>${MON})(?![\\w])(?:,? (?:of )?(?<y4>this year|last year))?)`,
    `(?<md>(?:(?<w5>${WD}),? )?(?<m5>${MON}) (?<d5>\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:,? (?:of )?(?<y5>this year|last year))?)`,
    `(?<mo>(?:(?<p6>${ci('(?:last|next|this|that|in|on|since|by|until|from|of)')}) )?(?:(?<q6>${QUAL})[- ]?)?(?<m6>January|February|March|April|June|July|August|September|October|November|December|(?<=(?:in|last|next|that|since|early|mid|late|of) )May)(?![\\w])(?!,? (?:of )?(?:\\d|this year|last year)))`,
    `(?<yago>(?<n7>${NUMRE}) years? ago today)`,
    `(?<wd>(?:(?<p8>${ci('(?:last|this|next)')}) )?(?<w8>${WD})(?:'s)?)`,
    // "denounced it earlier in the day", "earlier today": the report's own day.
    `(?<rel>${ci('(?:yesterday|today|tonight|this (?:morning|afternoon|evening)|earlier (?:in the day|today))')})`,
    // "at (the stroke of) midnight"; not "at midnight Moscow time on Tuesday", whose day is written.
    `(?<mid>${ci('(?:at|from)')} (?:the stroke of )?midnight(?![^.;,]{0,25}\\b(?:on|of)\\s))`,
    `(?<ago>(?<n9>${NUMRE}) (?<u9>day|week|month|year)s? (?<k9>ago|earlier|before|later|after))`,
    `(?<anc>${ci('(?:the same day|that (?:very |same )?day|the day before)')})`,
    `(?<per>(?:(?<q10>${ci('(?:late|early)')}) )?(?<p10>${ci('(?:last|this|earlier this|later this|next|the start of the|the end of the|the beginning of the|at the start of the)')}) (?<u10>week|month|year))`,
    `(?<season>(?<p11>${ci('(?:last|this|next)')}) (?<s11>spring|summer|autumn|fall|winter))`,
    `(?<that>that (?<m12>${MON}|year))`,
    `(?<year>(?<p13>\\b${ci('(?:in|since|back in|early|late|mid-|mid|by|until|from|during|around|and|or|spring|summer|autumn|winter|year)')}\\s+)?(?<y13>(?:19|20)\\d{2})(?![\\w-]))`,
  ].join('|')})`,
  'g',
);

const pad = (n: number) => String(n).padStart(2, '0');
export const fmtDay = (x: Ymd) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
/** Days since 1970-01-01 of a full date "YYYY-MM-DD" (for distances in days between dates). */
export const dayNumber = (day: string) =>
  Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;
const fmtMonth = (y: number, m: number) => `${y}-${pad(m)}`;
const toUtc = (x: Ymd) => Date.UTC(x.y, x.m - 1, x.d);
const fromUtc = (t: number): Ymd => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const addDays = (x: Ymd, n: number) => fromUtc(toUtc(x) + n * 86400000);
export function parseYmd(s: string | undefined | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
const monthNum = (s: string) => MONTHS.findIndex((n) => n.startsWith(s.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const num = (s: string) => (/^\d+$/.test(s) ? +s : s.split('-').reduce((a, p) => a + (NUMW[p.toLowerCase()] ?? 0), 0));

/** Compare partial dates against the publication day: true when strictly later. */
export function isAfter(value: string, pub: Ymd): boolean {
  const p = fmtDay(pub);
  return value.slice(0, 10) > p.slice(0, value.length);
}

// An instrument's noun, and "<noun> of" before a date that is the instrument's own ("the Convention of 10 October").
const INSTRUMENT_NOUN = String.raw`(?:conventions?|treat(?:y|ies)|agreements?|protocols?|charter|covenant|statute|accords?|pact)`;
const INSTRUMENT_OF = new RegExp(String.raw`\b${INSTRUMENT_NOUN}\s+of\s+(?:the\s+)?$`, 'i');
// "the 1961 Convention", "its 1967 Protocol", "Russia's 1987 arms treaty": a year after a determiner and before the
// noun (a few words between) names the instrument.
const NAME_DET = /(?:\b(?:the|its|their|his|her|this|that|a|an)|['’]s)\s+$/i;
const NAME_NOUN = new RegExp(String.raw`^\s+(?:[\p{L}'’-]+\s+){0,3}?${INSTRUMENT_NOUN}\b`, 'iu');
function namesInstrument(s: string, start: number, end: number): boolean {
  if (INSTRUMENT_OF.test(s.slice(Math.max(0, start - 30), start))) return true;
  return NAME_DET.test(s.slice(Math.max(0, start - 8), start)) && NAME_NOUN.test(s.slice(end, end + 60));
}

// How far before a lower bound on publication a year-less day may fall and still be in the bound's year.
const BOUND_SLACK_DAYS = 60;

const GATE =
  /\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|day\b|days|week|month|year|tonight|midnight|morning|afternoon|evening|spring|summer|autumn|fall|winter/;

export function findDates(sentence: string, ctx: DateCtx): DateHit[] {
  const hits: DateHit[] = [];
  if (!GATE.test(sentence)) return hits;
  const { pub } = ctx;
  // Year context: an explicit four-digit year in the same sentence dates month-only expressions; not one that is
  // part of an instrument's name ("the 1961 Convention", "its 1967 Protocol", "the Agreement of 12 December 2015").
  const years = matchesOf(sentence, /(?<![\w-])(?:19|20)\d{2}(?![\w-])/g)
    .filter((m) => !namesInstrument(sentence, m.index!, m.index! + 4))
    .map((m) => ({ i: m.index!, y: +m[0] }));
  const sentenceYear = (pos: number): number | null => {
    const prior = years.filter((x) => x.i < pos);
    if (prior.length) return prior[prior.length - 1].y;
    // A year later in the sentence dates it only when close and in the same clause ("on 4 and 11 February 2025"),
    // not "on May 22, ending its part in a 1992 pact".
    const nxt = years.find((x) => x.i > pos);
    if (nxt && nxt.i - pos < 40 && !/[,;]\s+[a-z]/.test(sentence.slice(pos, nxt.i))) return nxt.y;
    return null;
  };
  const yearFor = (pos: number, m: number, d: number | null, past: boolean): number | null => {
    const own = sentenceYear(pos);
    if (own) return own;
    const ref = pub ?? ctx.yearBase ?? null;
    const base = ref ?? parseYmd(ctx.anchor);
    if (!base) return null;
    let y = base.y;
    // Only a lower bound (the latest full date the text writes; no page date, no month): a day well before it in its
    // year is the next one, as the report's news follows the history it recalls.
    if (!pub && ctx.yearBase && !ctx.pubMonth)
      return toUtc({ y, m, d: d ?? 28 }) < toUtc(addDays(base, -BOUND_SLACK_DAYS)) ? y + 1 : y;
    if (past && ref) {
      const cand = { y, m, d: d ?? 1 };
      if (toUtc(cand) > toUtc(addDays(base, 2))) y -= 1;
    } else if (!past && ref && toUtc({ y, m, d: d ?? 28 }) < toUtc(base)) y += 1;
    return y;
  };
  for (const mt of matchesOf(sentence, RE)) {
    const g = mt.groups!;
    const start = mt.index!;
    let value: PartialDate = null;
    let future = false;
    if (g.between) value = null;
    else if (g.num) {
      // "Mali 31/3/17" in a tally: the order the article's own unambiguous dates show (numericOrder).
      const a = +g.n1,
        b = +g.n2;
      let y = +g.n3;
      const [d, m] = ctx.numOrder === 'dm' ? [a, b] : [b, a];
      if (!ctx.numOrder || m < 1 || m > 12 || d < 1 || d > 31) continue;
      if (y < 100) y += 2000 + y > ((pub ?? ctx.yearBase)?.y ?? 2100) + 1 ? 1900 : 2000;
      value = fmtDay({ y, m, d });
    }
    // "the Paris Agreement of 12 December 2015": the instrument's own date, not an act's.
    else if ((g.dmy || g.mdy || g.dm || g.md) && INSTRUMENT_OF.test(sentence.slice(Math.max(0, start - 30), start)))
      continue;
    else if (g.dmy || g.mdy) {
      const d = +(g.d1 ?? g.d2),
        m = monthNum(g.m1 ?? g.m2),
        y = +(g.y1 ?? g.y2);
      value = fmtDay({ y, m, d });
    } else if (g.my) {
      const m = monthNum(g.m3);
      const py = (pub ?? ctx.pubMonth)?.y; // a month-only publication date still gives the year
      const y = g.y3 === 'this year' ? py : g.y3 === 'last year' ? (py ? py - 1 : undefined) : +g.y3;
      value = y ? fmtMonth(y, m) : null;
      if (!pub && AHEAD_CLAUSE.test(clauseBefore(sentence, start))) future = true;
    } else if (g.dm || g.md) {
      const d = +(g.d4 ?? g.d5),
        m = monthNum(g.m4 ?? g.m5),
        rel = g.y4 ?? g.y5,
        wd = g.w4 ?? g.w5;
      const ahead = AHEAD.test(sentence.slice(Math.max(0, start - 40), start));
      // "December 27 last year" counts from the publication year; a lower bound on it cannot say which year that is.
      const py = (pub ?? ctx.pubMonth)?.y;
      let y = rel ? (py ? (rel === 'this year' ? py : py - 1) : null) : yearFor(start, m, d, !ahead);
      // "On Saturday, January 10": with no year written, the weekday says which year is meant (next to the base one).
      if (y && wd && !rel && !sentenceYear(start)) y = weekdayYear(y, m, d, WEEKDAYS.indexOf(wd));
      value = y ? fmtDay({ y, m, d }) : null;
      if (!pub && !rel && !sentenceYear(start) && AHEAD_CLAUSE.test(clauseBefore(sentence, start))) future = true;
    } else if (g.mo) {
      const m = monthNum(g.m6);
      const p6 = g.p6?.toLowerCase();
      if (p6 === 'next') future = true;
      else if (p6 === 'last' && pub) value = fmtMonth(m < pub.m ? pub.y : pub.y - 1, m);
      // "signed it in April 2016 and joined it that September": a year earlier in the sentence beats an older anchor.
      else if (p6 === 'that' && years.some((x) => x.i < start))
        value = fmtMonth(years.filter((x) => x.i < start).pop()!.y, m);
      else if (p6 === 'that' && ctx.anchor) value = fmtMonth(+ctx.anchor.slice(0, 4), m);
      else {
        // "will resume commercial whaling in July": a bare month in a clause about what is to come lies ahead.
        const ahead = !sentenceYear(start) && AHEAD_CLAUSE.test(clauseBefore(sentence, start));
        const y = yearFor(start, m, null, !ahead);
        value = y ? fmtMonth(y, m) : null;
        if (ahead) future = true;
      }
    } else if (g.yago) {
      value = pub ? fmtDay({ ...pub, y: pub.y - num(g.n7) }) : null;
    } else if (g.wd) {
      const p8 = g.p8?.toLowerCase();
      if (p8 === 'next') future = true;
      else if (!pub && ctx.pubMonth) value = fmtMonth(ctx.pubMonth.y, ctx.pubMonth.m);
      else if (!pub && ctx.pubYear) value = String(ctx.pubYear);
      else if (pub) {
        const target = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(g.w8);
        const dow = new Date(toUtc(pub)).getUTCDay();
        let back = (dow - target + 7) % 7;
        if (p8 === 'last' && back === 0) back = 7;
        value = fmtDay(addDays(pub, -back));
        // "will send a letter Thursday", "is to meet on Monday": a weekday in a clause about what is to come is
        // the next one, not the last.
        if (!p8 && AHEAD.test(sentence.slice(Math.max(0, start - 40), start))) {
          value = fmtDay(addDays(pub, (target - dow + 7) % 7));
          future = true;
        }
      }
    } else if (g.rel) {
      if (pub) value = fmtDay(/yesterday/i.test(g.rel) ? addDays(pub, -1) : pub);
      else if (ctx.pubMonth) value = fmtMonth(ctx.pubMonth.y, ctx.pubMonth.m);
      else if (ctx.pubYear) value = String(ctx.pubYear);
    } else if (g.mid) {
      // "left at the stroke of midnight" in the next morning's report: the midnight that opened the publication day;
      // "will take effect at midnight": the one that ends it.
      if (pub) {
        future = AHEAD.test(sentence.slice(Math.max(0, start - 40), start));
        value = fmtDay(future ? addDays(pub, 1) : pub);
      }
    } else if (g.ago) {
      const n = num(g.n9),
        u = g.u9,
        k = g.k9;
      if (k === 'after' || k === 'before') continue; // relative to another event, not to a date
      if (APPROX.test(sentence.slice(Math.max(0, start - 12), start))) {
        hits.push({ start, end: start + mt[0].length, value: null, future: false, reporting: false, relative: true });
        continue;
      }
      const sign = k === 'later' || k === 'after' ? 1 : -1;
      // "a year ago" in a page dated only to its month: years and months count from that month, days and weeks give it.
      if (k === 'ago' && !pub && ctx.pubMonth) {
        const pm = ctx.pubMonth;
        if (u === 'year') value = String(pm.y - n);
        else if (u === 'month') {
          const t = pm.y * 12 + pm.m - 1 - n;
          value = fmtMonth(Math.floor(t / 12), (t % 12) + 1);
        } else if (n <= 14 && u === 'day') value = fmtMonth(pm.y, pm.m);
        hits.push({ start, end: start + mt[0].length, value, future: false, reporting: false, relative: true });
        continue;
      }
      const base = k === 'ago' ? pub : parseYmd(ctx.anchor);
      if (base && !(k === 'after' || k === 'before')) {
        if (u === 'day') value = fmtDay(addDays(base, sign * n));
        else if (u === 'week') {
          const x = addDays(base, sign * 7 * n);
          value = k === 'ago' ? fmtMonth(x.y, x.m) : fmtDay(x);
        } else if (u === 'month') {
          const t = base.y * 12 + base.m - 1 + sign * n;
          value = fmtMonth(Math.floor(t / 12), (t % 12) + 1);
        } else value = String(base.y + sign * n);
      }
    } else if (g.anc) {
      const a = parseYmd(ctx.anchor);
      value = a ? fmtDay(/before/i.test(g.anc) ? addDays(a, -1) : a) : null;
    } else if (g.per) {
      const p = g.p10.toLowerCase(),
        u = g.u10;
      if (p === 'next' || p === 'later this') future = true;
      if (pub && p !== 'next') {
        if (u === 'week') {
          const x = addDays(pub, p === 'last' ? -7 : 0);
          value = fmtMonth(x.y, x.m);
        } else if (u === 'month')
          value =
            p === 'last'
              ? fmtMonth(pub.m === 1 ? pub.y - 1 : pub.y, pub.m === 1 ? 12 : pub.m - 1)
              : fmtMonth(pub.y, pub.m);
        else value = String(p === 'last' ? pub.y - 1 : pub.y);
      }
    } else if (g.season) {
      const p11 = g.p11.toLowerCase();
      if (p11 === 'next') future = true;
      else if (pub) value = String(p11 === 'last' && pub.m <= 9 ? pub.y - 1 : pub.y);
    } else if (g.that) {
      const a = parseYmd(ctx.anchor) ?? (years.length ? { y: years[0].y, m: 1, d: 1 } : null);
      if (a) value = g.m12 === 'year' ? String(a.y) : fmtMonth(a.y, monthNum(g.m12));
    } else if (g.year) {
      const p = (g.p13 ?? '').trim();
      const after = sentence.slice(start + mt[0].length, start + mt[0].length + 20);
      const pre = sentence.slice(Math.max(0, start - 30), start);
      if (/\bas of\s*$/i.test(pre) || /\b(?:Convention|Treaty|Agreement|Statute|Protocol|Accord) of\s*$/.test(pre))
        continue; // state of affairs / a treaty's name
      const lp = p.toLowerCase();
      if (!p && !/^\s*(?:[,.;:)]|$|and\b|respectively)/.test(after)) continue; // "the 1997 treaty", "2005 levels"
      if (lp === 'and' || lp === 'or') {
        if (!/^\s*(?:[,.;:)]|$|respectively)/.test(after)) continue;
      }
      value = g.y13;
    }
    // "shortly after 20 January": the event is near, not on, the written date.
    if (
      value &&
      value.length === 10 &&
      /\b(?:shortly|soon|days|weeks|not long)\s+(?:after|before)\s+(?:the\s+)?$/i.test(
        sentence.slice(Math.max(0, start - 30), start),
      )
    )
      value = value.slice(0, 7);
    if (value && pub && isAfter(value, pub)) future = true;
    const relative = !!(g.wd || g.rel || g.mid || g.ago || g.anc || g.per || g.season || g.that || g.yago);
    const before = sentence.slice(Math.max(0, start - 40), start);
    const reporting =
      /\b(?:said|says|told [\w ]{1,30}?|confirmed|reported|stated|added|wrote(?: on \w+)?|tweeted|posted)(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|release|interview|briefing|post)|\s+to\s+reporters|\s+at\s+an?\s+(?:[\w-]+\s+)?(?:briefing|conference|news conference|press conference))?\s+(?:late |early )?(?:on )?(?:the )?$/i.test(
        before,
      );
    // "last month" always; "last week" from Wednesday on (on a Monday, "late last week" may be two days back).
    const priorPeriod =
      !!g.per &&
      /^last$/i.test(g.p10) &&
      !g.q10 &&
      (/^month$/i.test(g.u10) || (/^week$/i.test(g.u10) && !!pub && (dayOfWeek(pub) >= 3 || dayOfWeek(pub) === 0)));
    hits.push({
      start,
      end: start + mt[0].length,
      value,
      future,
      reporting,
      relative,
      ...(priorPeriod && { priorPeriod }),
    });
    if (value && value.length === 10 && !future) ctx = { ...ctx, anchor: value };
  }
  // chrono-node as a fallback for date forms the patterns above do not cover (numeric dates etc.).
  if (!hits.length && /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}/.test(sentence) && pub) {
    for (const r of chrono.parse(sentence, { instant: new Date(toUtc(pub)), timezone: 0 }, { forwardDate: false })) {
      const c = r.start;
      if (!c.isCertain('month')) continue;
      const y = c.get('year')!,
        m = c.get('month')!,
        d = c.get('day')!;
      const value = c.isCertain('day') ? fmtDay({ y, m, d }) : fmtMonth(y, m);
      hits.push({ start: r.index, end: r.index + r.text.length, value, future: isAfter(value, pub), reporting: false });
    }
  }
  return hits;
}

const NUMERIC_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/g;
/**
 * Day-first or month-first for an article's numeric dates ("31/3/17", "12/13/2011"): settled by a date whose first or
 * second number exceeds 12, when all such dates agree; else null (an ambiguous "5/6/17" is not read).
 */
export function numericOrder(text: string): 'dm' | 'md' | null {
  if (!text.includes('/')) return null;
  let dm = false,
    md = false;
  for (const m of matchesOf(text, NUMERIC_DATE)) {
    if (+m[1] > 12) dm = true;
    if (+m[2] > 12) md = true;
  }
  return dm === md ? null : dm ? 'dm' : 'md';
}

/** The clause a date stands in, up to the date: back to the last comma, semicolon or colon. */
function clauseBefore(sentence: string, start: number): string {
  const pre = sentence.slice(Math.max(0, start - 90), start);
  const cut = Math.max(pre.lastIndexOf(','), pre.lastIndexOf(';'), pre.lastIndexOf(':'));
  return cut >= 0 ? pre.slice(cut + 1) : pre;
}

/** The year next to `y` (y, y+1, y-1 in that order) on which day d of month m falls on `dow` (0 = Sunday). */
function weekdayYear(y: number, m: number, d: number, dow: number): number {
  for (const c of [y, y + 1, y - 1]) if (new Date(Date.UTC(c, m - 1, d)).getUTCDay() === dow) return c;
  return y;
}

/** The last full (day-precision) date in a sentence, to anchor "a week earlier" in what follows. */
export function lastFullDate(hits: DateHit[]): string | null {
  for (let i = hits.length - 1; i >= 0; i--)
    if (hits[i].value && hits[i].value!.length === 10 && !hits[i].future) return hits[i].value;
  return null;
}

/** Day of the week, Sunday 0 … Saturday 6. */
function dayOfWeek(d: Ymd): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

/**
 * The text before an undated act's verb says it shares the last act's day: "Andorra and Israel also signed" (the
 * same occasion). A present perfect ("have also announced their withdrawal") says only that it happened before now.
 */
export function alsoSameDay(before: string): boolean {
  return /\balso\s+(?:\S+\s+)?$/.test(before) && !/\b(?:have|has)\s+(?:\S+\s+)?also\s+(?:\S+\s+)?$/i.test(before);
}
