// The day of a headline's act, read from the body sentence that restates it.
import type { Action } from '../model';
import type { DateHit, Ymd } from './dates';
import { matchesOf } from './match-all';

/** The day n days after x (n < 0: before). */
export const fromDay = (x: Ymd, n: number): Ymd => {
  const d = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

// Words that restate each act: a headline's "joins" is the body's "deposited its instrument", "became a party"; an
// announced exit is restated by its confirmation ("the government confirmed the move on Wednesday").
export const ACT_WORDS: Record<Action, RegExp> = {
  joined:
    /\b(?:ratif(?:y|ies|ied|ying|ication)|acced(?:e|ed|es|ing)|accession|accept(?:ed|s|ance)|deposit(?:ed|s|ing)?|(?:re)?join(?:ed|s|ing)?|bec(?:a|o)me|becomes|membership|submitted|delivered|handed)\b/gi,
  signed: /\bsign(?:ed|s|ing)\b/gi,
  withdrawal_proposed:
    /\b(?:announc\w*|confirm(?:ed|s|ing|ation)?|decid\w*|decision|plans?|intends?|intention|withdraw(?:ing|al)?|leav(?:e|ing)|quit(?:ting)?|exit(?:ing)?)\b/gi,
  withdrawal_decreed: /\b(?:decree\w*|sign(?:ed|s))\b/gi,
  withdrawal_approved: /\b(?:vot(?:e|ed|es|ing)|approv(?:e|ed|es|al)|pass(?:ed|es)|adopt(?:ed|s)|backed|endorsed)\b/gi,
  withdrawal_enacted: /\b(?:sign(?:ed|s)|enact(?:ed|s)|promulgat\w*)\b/gi,
  withdrawal_notified:
    /\b(?:notif\w*|notice|instrument|deposit(?:ed|s)?|submit(?:ted|s)|handed|delivered|informed|triggered)\b/gi,
  withdrawal_effective:
    /\b(?:effective|took effect|takes effect|came into effect|left|withdrew|withdrawn|quit|exited|ceased|no longer)\b/gi,
  suspended: /\b(?:suspen\w*|halt(?:ed|s)|froze|freez\w*)\b/gi,
  ratification_revoked: /\b(?:revok\w*|revocation|de-?ratif\w*)\b/gi,
} as Record<Action, RegExp>;
// A start date ("from 1 March", "as of Friday") is when an exit or membership takes effect, not an earlier step.
const START =
  /\b(?:from|effective(?: from| as of)?|as of|starting(?: from)?|with effect from|as from|since)\s+(?:the\s+)?$/i;
const START_OK = new Set<Action>(['joined', 'withdrawal_effective']);
// A break between the act and a date: a new clause ("; ", ", which", ", but") or a new sentence.
const BREAK = /;|,\s+(?:which|who|while|whereas|but|although|after|before|when)\b|\.\s/;
const NEAR = 90; // characters between the act word and its date, within one clause
// "will become a member on April 1", "to take effect on 1 January": what is to come is not the act being reported.
const AHEAD = /\b(?:will|would|shall|is to|are to|due to|set to|expected to|scheduled|take effect|enter into force)\b/i;
// "the Treaty on Conventional Armed Forces in Europe of November 19, 1990": a date in a treaty's name.
const NAME_OF = /\b\p{Lu}[\p{L}-]*\)?\s+of\s+(?:the\s+)?$/u;

export interface ActDateScope {
  /** Where the act word at `pos` in sentence i gets its subject: the end of the last state named before it when that
   * is the claim's state; `pos` when none is named before but the sentence names it ("On 4 May the minister signed
   * it, making Peru ..."); null when the word is another state's. */
  subjectEnd: (i: number, pos: number) => number | null;
  /** Dates found in a sentence (resolved against the article's publication date). */
  datesOf: (s: string) => DateHit[];
  /** A weekday or "yesterday" resolved from a publication date the page gives (not one inferred from the text). */
  relativeOk: boolean;
  /** The earliest day the headline's news can be (some weeks before publication), when publication is known. */
  since: string | null;
}

/**
 * The date of an undated act, from the first body sentence that names the act's state, uses a word of that act and
 * writes a past day or month in the same clause: a headline's "joins" is the body's "deposited its instrument on
 * 12 March"; the first day so written beats a vaguer restatement. A dateline's day ("Geneva, 13 March -") is when
 * the report was filed, not the act's.
 */
export function restatedActDate(action: Action, sentences: string[], scope: ActDateScope, limit = 25): string | null {
  const { subjectEnd, datesOf, relativeOk, since } = scope;
  const words = ACT_WORDS[action];
  if (!words) return null;
  let coarse: string | null = null; // a month or year restating the act ("this week"): a written-out day beats it
  for (let i = 0; i < Math.min(limit, sentences.length); i++) {
    const s = sentences[i];
    if (!s || !/\d|day\b/i.test(s) || s.search(words) < 0) continue;
    const dash = s.search(/\s[-–—]\s/);
    const dates = datesOf(s).filter(
      (d) =>
        d.value &&
        d.value.length >= 7 && // a year alone is background ("joined in 2004"), not the headline's news
        (!since || d.value >= since.slice(0, d.value.length)) &&
        !d.future &&
        !d.reporting &&
        (relativeOk || !d.relative) &&
        !NAME_OF.test(s.slice(Math.max(0, d.start - 40), d.start)) &&
        !(dash >= 0 && dash < 70 && d.end <= dash) &&
        (START_OK.has(action) || !START.test(s.slice(Math.max(0, d.start - 24), d.start))),
    );
    if (!dates.length) continue;
    let best: { d: DateHit; gap: number } | null = null;
    for (const w of matchesOf(s, words)) {
      const ws = w.index!,
        we = ws + w[0].length;
      // "applied to join on 1 February", "decided to formally suspend": an aim, not the act (a withdrawal's
      // announcement is "plans to leave").
      if (action !== 'withdrawal_proposed' && /\bto\s+(?:\p{L}+ly\s+)?$/iu.test(s.slice(Math.max(0, ws - 24), ws)))
        continue;
      // "Chile ratified it, which became binding once the fortieth state joined on 18 May": another clause's act.
      const se = subjectEnd(i, ws);
      if (se === null || BREAK.test(s.slice(se, ws))) continue;
      for (const d of dates) {
        const between = d.start >= we ? s.slice(we, d.start) : d.end <= ws ? s.slice(d.end, ws) : null;
        if (between === null || between.length > NEAR || BREAK.test(between) || AHEAD.test(between)) continue;
        if (!best || between.length < best.gap) best = { d, gap: between.length };
      }
    }
    if (best?.d.value?.length === 10) return best.d.value;
    coarse ??= best?.d.value ?? null;
  }
  return coarse;
}

// Before a date, page furniture ("Posted on", "Last Updated:"); an event's date follows "on", "in" or "of".
const FURNITURE = /\b(?:posted|published|updated|released|date)(?:\s+on)*\s*:?\s*$/i;
const EVENT_PREP = /\b(?:on|in|of)\s+$/i;

/**
 * The dates of a lead sentence that can give a headline's act its day: not the page's own written-out publication
 * day (a byline's or dateline's "Xinhua, May 8, 2024", "Posted on ...") nor a reporting verb's day ("the office
 * said on Wednesday"). "in Managua on May 8, 2024" is an event's. The caller falls back to every date when none is
 * left.
 */
export function actDayCandidates(s: string, dates: DateHit[], pubDay: string): DateHit[] {
  return dates.filter((d) => {
    if (d.reporting) return false;
    if (d.relative || d.value !== pubDay) return true;
    const before = s.slice(Math.max(0, d.start - 24), d.start);
    return EVENT_PREP.test(before) && !FURNITURE.test(before);
  });
}

const TEN_WORDS = /(?:\S+\s+){9}\S/;

/**
 * A lead without its page furniture: a short line whose date is the page's own ("Xinhua, May 8, 2024 Adjust font
 * size:", "Posted on May 8, 2024") and a line repeated (a photo caption printed twice) are no sentences of the report
 * (they would count among the lead's first three).
 */
export function leadWithoutFurniture(lead: string[], datesOf: (s: string) => DateHit[], pubDay: string): string[] {
  return lead.filter((s, i) => {
    if (i > 0 && lead[i - 1] === s) return false;
    if (TEN_WORDS.test(s)) return true;
    const dates = datesOf(s);
    return !dates.some((d) => !d.relative && d.value === pubDay) || actDayCandidates(s, dates, pubDay).length > 0;
  });
}
