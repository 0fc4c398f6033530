// Publication date inference for articles without a header (e.g. the seeds).
import { dayNumber, findDates, fmtDay, parseYmd } from './dates';
import type { Ymd } from './dates';

const DATELINE =
  /^(?:[\p{Lu}][\p{L}.-]*(?:[ /]+[\p{Lu}][\p{L}.-]*){0,4}\s*[,—–-]\s*(?:[\p{Lu}][\p{L}.-]*(?: [\p{Lu}][\p{L}.-]*){0,2}\s*[,—–-]\s*)?)?((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/u;
const FUTURE =
  /\b(?:will|would|shall|due to|scheduled|expected|next|until|planning|plans|set to|slated to|is to|are to|to take effect|to enter into force|to come into (?:force|effect))\b/i;
const START = /\b(?:from|effective|as of|starting|until|by)\s+(?:the\s+)?$/i;

/**
 * A dateline near the top ("June 29, 2025" on its own line) is taken as the publication day (precise).
 * Otherwise the latest full date the text mentions is a lower bound: used for years, not for weekdays.
 */
export function inferPublished(sentences: string[]): { date: Ymd; precise: boolean } | null {
  for (const [i, s0] of sentences.slice(0, 5).entries()) {
    // A dateline that opens the first paragraph ("KYIV, Ukraine, June 29, 2025 — Ukraine ..."): only its head counts.
    const head = i === 0 ? /^[^—–]{0,80}?\d{4}\s*[—–]/.exec(s0) : null;
    const s = head ? head[0].replace(/\s*[—–]$/, '') : s0;
    if (s.length > 80) continue;
    const num = /(?:^|[\s•|,])(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:[\sT,•|]|$)/.exec(s);
    if (num) {
      const [y, m, d] = num[4] ? [+num[4], +num[5], +num[6]] : [+num[3], +num[2], +num[1]];
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { date: { y, m, d }, precise: true };
    }
    const m = DATELINE.exec(s);
    if (m) {
      const d = findDates(m[1], { pub: null, anchor: null }).find((h) => h.value?.length === 10);
      if (d) return { date: parseYmd(d.value)!, precise: true };
    }
  }
  let anchor: string | null = null;
  let best: string | null = null;
  for (const s of sentences) {
    const hits = findDates(s, { pub: null, anchor });
    for (const h of hits) {
      if (!h.value || h.value.length !== 10) continue;
      // "withdraw from OPEC from January 1, 2019": a start date ahead of the report is no bound on it.
      const lead = s.slice(Math.max(0, h.start - 14), h.start);
      if (!FUTURE.test(s) && !START.test(lead) && (!best || h.value > best)) best = h.value;
      anchor = h.value;
    }
  }
  return best ? { date: parseYmd(best)!, precise: false } : null;
}

/** A publication date the page gives (header or address), with its precision. */
export interface GivenPublished {
  date: Ymd;
  precision: 'day' | 'month' | 'year';
}

const valid = (y: number, m: number, d: number) => y >= 1945 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

/**
 * The header's publication date; "2019-03" is a month, not its first day, and "2019" a year. Without a header, an address
 * that carries the date ("/2019/03/17/", "/2019/03/", "/news-2019-03/", "/2019-03-17-", "/20190317") gives it: news sites
 * file articles by the day or month they appeared.
 */
export function givenPublished(published?: string, url?: string): GivenPublished | null {
  if (published) {
    const month = /^(\d{4})-(\d{2})$/.exec(published.trim());
    if (month && valid(+month[1], +month[2], 1))
      return { date: { y: +month[1], m: +month[2], d: 1 }, precision: 'month' };
    // "2021": a year, not its first day (Date.parse would read it as 1 January).
    const year = /^(\d{4})$/.exec(published.trim());
    if (year && valid(+year[1], 1, 1)) return { date: { y: +year[1], m: 1, d: 1 }, precision: 'year' };
    const day = parseYmd(published);
    if (day) return { date: day, precision: 'day' };
    const t = Date.parse(published); // "Sun, 29 Jun 2025 10:00:00 GMT": the UTC day
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      return { date: { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }, precision: 'day' };
    }
  }
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const ymd =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (ymd && valid(+ymd[1], +ymd[2], +ymd[3]))
    return { date: { y: +ymd[1], m: +ymd[2], d: +ymd[3] }, precision: 'day' };
  const ym = /\/((?:19|20)\d{2})\/(\d{1,2})\//.exec(path) ?? /[/-]((?:19|20)\d{2})-(\d{2})\//.exec(path);
  if (ym && valid(+ym[1], +ym[2], 1)) return { date: { y: +ym[1], m: +ym[2], d: 1 }, precision: 'month' };
  return null;
}

/** The last day of a date's month: "March 22" in a March article is that March, not the year before. */
export function endOfMonth(x: Ymd): Ymd {
  return { y: x.y, m: x.m, d: new Date(Date.UTC(x.y, x.m, 0)).getUTCDate() };
}

const DAY_MON =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2}|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))';
// A wire dateline: a place in capitals or title case, then a day ("MOSCOW, September 17. /TASS/.",
// "QUITO, 3 June -", "DAKAR, June 22 (Reuters) -"); the year is optional. A weekday heading a page ("Wednesday,
// 5 June 2013") is when the page was posted, not a dateline.
const WIRE_DATELINE = new RegExp(
  `^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)(?:\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3},\\s*){1,2}(${DAY_MON}(?:,? \\d{4})?)(?=\\s*(?:[.:(/—–-]|$))`,
  'u',
);

// A dateline with the outlet's name ("DUSHANBE, December 5, 2014, Asia-Plus –", "Abuja, Nov. 20, 2017 (TNE)",
// "UNITED NATIONS (Wire News - 05th November, 2019)"): capitalised words, numbers and brackets up to a dash, colon or
// closing bracket, with a comma or bracket and a month name; a place first (not "On 5 May 2024 –", a weekday or a date).
const HEAD_END = /(?:\s[–—-]|:|\))\s+(?=["\p{Lu}])/gu;
const HEAD_WORD = /^(?:[\p{Lu}\d(/&–—-]|(?:of|de|da|del|st|nd|rd|th)\b)/u;
const HEAD_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)/;
/** The length of a dateline naming its outlet at the head of a sentence (0: none). */
export function datelineHead(s: string): number {
  if (/^(?:On|In|At|By|Since|From|Until|As|\d|[MTWFS]\w+day\b)/.test(s) || HEAD_MONTH.exec(s)?.index === 0) return 0;
  for (const m of s.slice(0, 100).matchAll(HEAD_END)) {
    const head = s.slice(0, m.index! + 1);
    if (!/[,(]/.test(head) || !HEAD_MONTH.test(head)) continue;
    if (head.split('(').length !== head.split(')').length) continue;
    if (head.split(/[\s,]+/).every((w) => !w || HEAD_WORD.test(w))) return m.index! + m[0].length;
  }
  return 0;
}

/**
 * The day a wire dateline gives at the top of the report, when it falls in the two weeks up to publication: the
 * report's news happened then (an undated "the Duma denounced the convention" under "MOSCOW, September 17.").
 */
export function datelineDay(sentences: string[], pub: Ymd): string | null {
  for (const s of sentences.slice(0, 5)) {
    const m = WIRE_DATELINE.exec(s)?.[1] ?? s.slice(0, datelineHead(s));
    if (!m) continue;
    const d = findDates(m, { pub, yearBase: pub, anchor: null }).find((h) => h.value?.length === 10 && !h.future);
    if (!d?.value) continue;
    const t = dayNumber(d.value);
    const p = dayNumber(fmtDay(pub));
    if (t <= p && t >= p - 14) return d.value;
  }
  return null;
}

/**
 * A lower bound on publication (the latest full date the text writes) rises to the latest day a claim gives: "the
 * Senate ratified it on 31 January", read as the January after that bound, was reported no earlier than that day.
 * Like the bound itself, it leaves out a claim read from a sentence about what is to come ("will enter into force").
 */
export function raisedBound(bound: string, claims: { date: string | null; evidence?: string }[]): string {
  return claims.reduce<string>(
    (a, c) => (c.date && c.date.length === 10 && c.date > a && !FUTURE.test(c.evidence ?? '') ? c.date : a),
    bound,
  );
}
