// A clause inside a sentence that tells of another event dates that event, not an act outside it:
// - a relative clause set off by commas between a subject and its verb ("The government, which took office on
//   1 March, decided to leave ...");
// - a participle clause after the act ("..., renewing it in 2007"; "... after having approved it last week").
// An act whose verb stands inside such a clause keeps the clause's dates.
import type { Action } from '../model';
import { ACT_WORDS } from './act-day';
import type { DateHit } from './dates';
import { matchesOf } from './match-all';

export interface Aside {
  start: number;
  end: number;
  verb?: string; // a participle clause's verb: "after depositing its instrument" restates a joining
}

// ", which|who" opens the clause; it closes at the next comma that is not inside a date ("May 6, 2023") when a
// lower-case word follows (the main verb, maybe after an auxiliary or adverb), not a conjunction or another clause.
const ASIDE =
  /,\s+(?:which|who)\s+[^,.;:()]{1,80}?(?:,\s*\d{4})?(?=,\s+(?!(?:and|or|but|which|who|while|whereas|as|when|after|before|since|including|with|the|a|an)\b)\p{Ll})/gu;
// ", renewing it in 2007", "after having approved it last week", "before signing it": up to the clause's end. Not a
// preposition spelt like a participle ("including", "according to", "following", "during").
const PARTICIPLE =
  /(?:,\s+(?:\p{Ll}+ly\s+)?|\b(?:after|before)\s+(?:having\s+)?)(?!(?:including|according|following|during|regarding|concerning|notwithstanding|excluding|pending|bringing|making)\b)\p{Ll}{2,}(?:ing|ed)\b[^,.;:()]*/gu;
const GATE = /,\s+(?:which|who)\s|\p{Ll}ing\b|\b(?:after|before)\s/u;

// ACT_WORDS without the g flag (a g pattern's test() keeps its lastIndex between calls), built once per action.
const actWordsNoG = new Map<Action, RegExp | undefined>();
const actWordsOnce = (action: Action) => {
  if (!actWordsNoG.has(action)) {
    const w = ACT_WORDS[action];
    actWordsNoG.set(action, w && new RegExp(w.source, 'i'));
  }
  return actWordsNoG.get(action);
};

/** The spans of such clauses that hold a date. */
export function asideClauses(s: string): Aside[] {
  if (!GATE.test(s)) return [];
  const out: Aside[] = [];
  for (const re of [ASIDE, PARTICIPLE])
    for (const m of matchesOf(s, re)) {
      // ", renewing it" is a participle; ", signed in 2015" (-ed after a comma) is an instrument's description.
      if (re === PARTICIPLE && m[0].startsWith(',') && !/ing\b/.test(m[0].slice(0, 40))) continue;
      if (!/\d|week|month|year|day\b/.test(m[0])) continue;
      const verb =
        re === PARTICIPLE
          ? /\p{Ll}{2,}(?:ing|ed)\b/u.exec(m[0].replace(/^,\s+|^\w+\s+(?:having\s+)?/, ''))?.[0]
          : undefined;
      out.push({ start: m.index!, end: m.index! + m[0].length, ...(verb && { verb }) });
    }
  return out;
}

/**
 * The dates an act may take: not those inside a clause that does not hold the act's verb, unless the clause's verb
 * restates the act ("became a party after depositing its instrument last week").
 */
export function ownDates(dates: DateHit[], spans: Aside[], trigger: number, action: Action): DateHit[] {
  if (!spans.length) return dates;
  const words = actWordsOnce(action);
  const away = spans.filter((x) => (trigger < x.start || trigger >= x.end) && !(x.verb && words?.test(x.verb)));
  return away.length ? dates.filter((d) => !away.some((x) => d.start >= x.start && d.start < x.end)) : dates;
}
