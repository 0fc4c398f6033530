// A relative clause set off by commas between a subject and its verb ("The government, which took office on 1 March,
// decided to leave ...") tells of its own event: its date is not the date of an act outside it.
import type { Described } from './instrument-dates';

// ", which|who" opens the clause; it closes at the next comma that is not inside a date ("May 6, 2023") when a
// lower-case word follows (the main verb, maybe after an auxiliary or adverb), not a conjunction or another clause.
const ASIDE =
  /,\s+(?:which|who)\s+[^,.;:()]{1,80}?(?:,\s*\d{4})?(?=,\s+(?!(?:and|or|but|which|who|while|whereas|as|when|after|before|since|including|with|the|a|an)\b)\p{Ll})/gu;

/** The spans of such clauses that hold no cue's trigger (an act inside the clause keeps its own date). */
export function asideClauses(s: string, cues: { trigger: number }[]): Described[] {
  if (!/,\s+(?:which|who)\s/.test(s)) return [];
  const out: Described[] = [];
  for (const m of s.matchAll(ASIDE)) {
    const start = m.index!,
      end = start + m[0].length;
    if (!/\d/.test(m[0]) || cues.some((h) => h.trigger >= start && h.trigger < end)) continue;
    out.push({ start, end });
  }
  return out;
}
