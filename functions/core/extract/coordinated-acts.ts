// Coordinated stage verbs: "signed and ratified the treaty in 1995 and 1997 respectively" gives each verb its own date.
import type { CueHit } from './cues';
import type { DateHit } from './dates';
import type { StateMention } from './mentions';

const COORDINATED = /^\s+(?:and|or)\s+(?:then\s+|later\s+|subsequently\s+)?$/;
const CLAUSE_END = /[.;:]|,\s+(?:but|while|which|who|after|before|when)\b/;

/** The date of cue k when it is one of two coordinated verbs whose dates follow, matched in order by "respectively". */
export function respectiveDate(s: string, cues: CueHit[], k: number, dates: DateHit[]): DateHit | null {
  if (!s.includes('respectively')) return null; // cheap word test first
  const pair = (a: CueHit | undefined, b: CueHit | undefined) =>
    !!a && !!b && b.trigger > a.end && COORDINATED.test(s.slice(a.end, b.trigger));
  const nth = pair(cues[k], cues[k + 1]) ? 0 : pair(cues[k - 1], cues[k]) ? 1 : -1;
  if (nth < 0) return null;
  const last = cues[k + 1 - nth];
  const tail = s.slice(last.end);
  const end = CLAUSE_END.exec(tail);
  const clause = end ? tail.slice(0, end.index) : tail;
  if (!/\brespectively\b/.test(clause)) return null;
  const inClause = dates.filter((d) => d.start >= last.end && d.start < last.end + clause.length && !d.future);
  return inClause.length === 2 ? inClause[nth] : null;
}

/**
 * "on 27 May and 3 June respectively, A and B deposited", "on 15 and 21 March respectively": the dates joined right
 * before "respectively", in order ("15 and 21 March" gives two days); else the two days of the act's own date ("On 26
 * and 27 January, A left T1 and T2 respectively").
 */
export function respectiveDates(s: string, dates: DateHit[], own: DateHit | null): (string | null)[] {
  let end = s.search(/\brespectively\b/);
  const days = (d: DateHit) => {
    const two = / and (\d+)/.exec(s.slice(d.start, d.end));
    return [d.value, ...(two && d.value!.length > 9 ? [d.value!.slice(0, 8) + two[1].padStart(2, '0')] : [])];
  };
  const out: (string | null)[] = [];
  for (const d of [...dates].reverse()) {
    if (d.end > end) continue;
    if (!d.value || !/^\s*,?\s*(?:and\s*)?$/.test(s.slice(d.end, end))) break;
    out.unshift(...days(d));
    end = d.start;
  }
  return end < 0 ? [] : out.length ? out : own?.value ? days(own) : [];
}

// Between a state's name and its own date in an enumeration: nothing, an opening bracket, "on"/"in", or both.
const ITEM_GAP = /^\s*(?:\(\s*)?(?:(?:on|in)\s+)?$/;
/**
 * "... are: Mali 31/3/17, Micronesia 12/5/17 and ...", "the accession of A (14 February) and B (20 May)": in an
 * enumeration, a date right after a listed state's name is that state's own. Given only when two or more are dated.
 */
export function itemDates(s: string, states: StateMention[], dates: DateHit[], subj: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of states) {
    if (m.states.length !== 1 || !subj.includes(m.states[0])) continue;
    const d = dates.find((x) => x.start >= m.end && x.start - m.end < 12 && ITEM_GAP.test(s.slice(m.end, x.start)));
    if (d?.value && !d.future && !d.reporting) out.set(m.states[0], d.value);
  }
  return out.size >= 2 ? out : new Map();
}
