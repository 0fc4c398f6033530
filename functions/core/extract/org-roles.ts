// An organisation's name used for something other than the organisation as an object of a state's act:
// as a modifier ("NATO countries", "Nato's 31 allies", "a NATO spokesman") or as a speaker ("NATO on Tuesday
// announced …"). Neither makes the organisation the instrument a later "the treaty" or an act refers to.
import type { TreatyMention } from './mentions';

const ATTRIBUTIVE =
  /^(?:['’]s)?\s+(?:\d+\s+|other\s+|fellow\s+)?(?:countries|nations|allies|allied|states|spokes(?:man|woman|person)|officials?|leaders|military|summit|chief|forces|troops|partners|expansion|enlargement|headquarters|ministers|defen[cs]e|diplomats?|ambassadors?|commanders?)\b/i;
const SPEAKS =
  /^\s+(?:(?:on|late on|early on)\s+\p{Lu}\w+\s+|\w+ly\s+|has\s+|had\s+|also\s+)?(?:said|says|announced|announces|confirmed|stated|noted|added|warned|welcomed|condemned|reacted|responded)\b/u;

/** "NATO countries", "Nato's 31 allies": the organisation names a group or a person, not an object. */
export function attributiveOrg(s: string, m: TreatyMention): boolean {
  return !!m.org && ATTRIBUTIVE.test(s.slice(m.end, m.end + 40));
}

/** "NATO on Tuesday announced …", "NATO said …": the organisation speaks; it is not the topic instrument. */
export function speakingOrg(s: string, m: TreatyMention): boolean {
  return !!m.org && SPEAKS.test(s.slice(m.end, m.end + 40));
}
