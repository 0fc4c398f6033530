// Who the subject before a cue is when it names no state: a head of state or government by name ("Bush made his
// decision to withdraw ... after Russia refused"), a description of the article's state ("The island nation ratified
// ... after Japan offered help"), a titled person ("Minister Novak signed ...") or a counted group of unnamed states
// ("Three African countries agreed to leave ..., calling it a French project"). A state named only after the verb is
// then in the object, an oblique phrase or another clause: it is not the actor (round 9, precision).
import type { Leaders } from './mentions';
import { describedSubject, leaderBefore } from './subjects';

// "Three African countries", "four Latin American nations", "several governments": a group whose members go unnamed.
const COUNTED_GROUP =
  /(?:^|[^\p{L}])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a\s+(?:number|group)\s+of)\s+(?:[\p{L}-]+\s+){0,3}?(?:countries|states|nations|governments)\s+(?:(?:have|had|also|jointly|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly)\s+){0,3}$/iu;
// "Minister Novak", "Ambassador Ruiz Soto has": a title and a capitalised name right before the verb.
const TITLED_PERSON =
  /\b(?:Minister|President|Premier|Chancellor|Ambassador|Secretary|Envoy|Representative|Deputy)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:(?:has|had|also|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly)\s+){0,2}$/u;
// "Duque announced his country's departure", "Bush made his decision": a name (no state: the caller has found none
// before the verb) at the start of the clause, and a verb followed by "his" or "her", is a person.
const NAME_AT_CLAUSE_START = /(?:^|[,;]\s*|\b(?:and|but|then)\s+)(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}$/u;
const VERB_HIS = /^\s*\p{Ll}+\s+(?:his|her)\b/u;
// A clause boundary between the named leader and the verb: the leader belongs to an earlier clause.
const CLAUSE_BREAK = /[;:]|,\s*(?:but|while|whereas|and|as|after|before|when)\s/;

/**
 * The kind of non-state subject right before `at` (the cue's start): 'person' or 'described' (the caller may still
 * find the state from the person or the article), 'group' (nobody in particular acts), or null (no such subject).
 */
export function nonStateSubject(s: string, at: number, leaders: Leaders): 'person' | 'described' | 'group' | null {
  const from = Math.max(0, at - 80);
  const win = s.slice(from, at);
  if (COUNTED_GROUP.test(win)) return 'group';
  if (describedSubject(s, at)) return 'described';
  if (TITLED_PERSON.test(win)) return 'person';
  if (NAME_AT_CLAUSE_START.test(win) && VERB_HIS.test(s.slice(at, at + 30))) return 'person';
  const leader = leaderBefore(s.slice(from), win.length, leaders); // the name reads as a person by what follows it
  if (leader && !CLAUSE_BREAK.test(win)) return 'person';
  return null;
}

// "A, B and C, most of which have already left the bloc", "..., several of them have since quit": the act is said of
// an unnamed part of the roster. ("all of which have ratified" is the whole roster and stays.)
const UNNAMED_PART =
  /^\s*,?\s*(?:most|many|some|several|few|half|none|one|two|three|four|five|six|\d+)\s+of\s+(?:which|whom|them|these|those)\s+(?:(?:have|has|had|already|since|now|also|\p{Ll}+ly)\s+)*$/u;
// "all EU member states with the exception of Poland have ratified", "every Nordic country except Iceland has signed".
const EXCEPTED =
  /\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|apart\s+from|other\s+than|save\s+for)\s+(?:the\s+)?(?:[^,;.()]{0,40}?(?:,|\band\b)\s*)?$/i;

/**
 * The states named last before the act are a roster of which an unnamed part acts, or are excepted from the act:
 * none of them is its subject (round 9, precision). `before` holds the state mentions ending before `at`.
 */
export function rosterWithoutActor(s: string, at: number, before: { start: number; end: number }[]): boolean {
  const last = before[before.length - 1];
  if (!last) return false;
  if (UNNAMED_PART.test(s.slice(last.end, at))) return true;
  return EXCEPTED.test(s.slice(Math.max(0, last.start - 80), last.start));
}
