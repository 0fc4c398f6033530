// A phrase that describes an instrument right after its name ("the Convention, adopted in 1992", "the Paris Agreement
// signed in 2015", "the CFE treaty, signed in Paris on November 19, 1990,") tells the instrument's own history: its
// date is not the date of a state's act in the sentence, and its participle is no act of a state.
import type { DateHit } from './dates';

const VERBS =
  /\b(?:adopted|signed|concluded|agreed|negotiated|drafted|approved|opened|established|created|brokered|founded)\b/;
// After the name (and an acronym in brackets): an optional comma and relative pronoun, then the participle and the
// rest of its phrase up to a break. "signed by/on behalf of <someone>" names who signed: that can be the state's own act.
const DESCRIPTION =
  /^(?:\s*\([^()]{1,30}\))?\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:first|originally|initially)\s+)?(?:adopted|signed|concluded|agreed|negotiated|drafted|approved|opened\s+for\s+signature|established|created|brokered|founded)\b(?!\s+(?:by|into|on\s+behalf\s+of)\b)[^.;:]{0,80}/i;

// A date that is part of the name: "the Forced Labour Convention, 1930", "the Law of the Sea (UNCLOS) 1982" (right
// after the name, NAME_YEAR), "the Convention ... of September 18, 1997", "the Optional Protocol of 16 December 1966"
// (NAME_DATE); an alias that holds its year. The instrument's year, not a state's act.
const NAME_YEAR = /^\)?\s*(?:\([^()]{1,12}\))?\s*,?\s*(?:19|20)\d{2}(?![\w-])/;
const NAME_DATE = /^\s+of\s+(?:[\w.,]+\s+){0,3}\d{4}\b/;
const YEAR = /\b\d{4}\b/;

export interface Described {
  start: number; // where the participle phrase begins (after the name)
  end: number;
}

/**
 * The spans of a sentence that describe an instrument named just before them (see DESCRIPTION). A treaty between two
 * known parties (`paired`) is the exception for its signing: "the agreement, signed in 2000" is both parties' act.
 */
export function instrumentDescriptions<M extends { start: number; end: number; org?: boolean }>(
  s: string,
  mentions: M[],
  paired?: (m: M) => boolean,
): Described[] {
  if (!mentions.length) return [];
  const verbs = VERBS.test(s);
  const out: Described[] = [];
  for (const m of mentions) {
    const tail = s.slice(m.end, m.end + 140);
    const name = s.slice(m.start, m.end);
    const y = NAME_YEAR.exec(tail) ?? NAME_DATE.exec(tail.slice(0, 40));
    if (y) out.push({ start: m.end, end: m.end + y[0].length });
    if (/\d{4}$/.test(name)) out.push({ start: m.end - 4, end: m.end });
    else if (YEAR.test(name)) out.push({ start: m.start, end: m.end }); // an alias with its year inside
    if (m.org || !verbs) continue; // "OPEC agreed on Monday to ...": an organisation acts
    const d = DESCRIPTION.exec(tail);
    if (!d) continue;
    // The phrase runs to the next comma (not one inside a date: "November 19, 1990") or conjunction ("adopted in 1997
    // and ratified by Chile in 2009": the second participle is the state's act).
    const at = d[0].search(VERBS);
    const cut = /,(?!\s*\d)|\s+(?:and|but|while|which|when)\s+/.exec(d[0].slice(at));
    const len = cut ? at + cut.index : d[0].length;
    // "signed in 1987 by Reagan and Gorbachev", "signed on behalf of A in 1999": who signed it
    if (/\b(?:by|behalf\s+of)\b/.test(d[0].slice(at, len))) continue;
    if (d[0].startsWith('signed', at) && paired?.(m)) continue;
    out.push({ start: m.end, end: m.end + len });
  }
  return out;
}

/** Is a date (or a cue's trigger) inside one of the described spans? */
export const inDescription = (spans: Described[], pos: number): boolean =>
  spans.some((x) => pos >= x.start && pos < x.end);

/** The dates that are not an instrument's own history. */
export function actDates(dates: DateHit[], spans: Described[]): DateHit[] {
  return spans.length ? dates.filter((d) => !inDescription(spans, d.start)) : dates;
}
