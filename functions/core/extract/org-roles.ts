// An organisation's name used for something other than the organisation as an object of a state's act:
// as a modifier ("NATO countries", "Nato's 31 allies", "a NATO spokesman") or as a speaker ("NATO on Tuesday
// announced …"). Neither makes the organisation the instrument a later "the treaty" or an act refers to.
import type { TreatyMention } from './mentions';

const ATTRIBUTIVE =
  /^(?:['’]s)?\s+(?:\d+\s+|other\s+|fellow\s+|\p{Ll}+(?:ern|ing|al|ed|ian)\s+)?(?:countries|nations|allies|flank|and\s+(?:the\s+)?EU|allied|spokes(?:man|woman|person)|officials?|leaders|military|summit|chief|forces|troops|partners|expansion|enlargement|headquarters|ministers|defen[cs]e|diplomats?|ambassadors?|commanders?)\b/iu;
const SPEAKS =
  /^\s+(?:(?:on|late on|early on)\s+\p{Lu}\w+\s+|\w+ly\s+|has\s+|had\s+|also\s+)?(?:said|says|announced|announces|confirmed|stated|noted|added|warned|welcomed|condemned|reacted|responded)\b/u;

/** "NATO countries", "Nato's 31 allies": the organisation names a group or a person, not an object. */
export function attributiveOrg(s: string, m: TreatyMention): boolean {
  if (!m.org) return false;
  if (ATTRIBUTIVE.test(s.slice(m.end, m.end + 40))) return true;
  // "the threat to NATO members bordering Russia": members after a preposition are states, not the object.
  return (
    /^\s+members\b/.test(s.slice(m.end, m.end + 12)) &&
    /\b(?:to|for|on|with|among|between|by|from)\s+(?:the\s+|other\s+|fellow\s+)?$/i.test(
      s.slice(Math.max(0, m.start - 20), m.start),
    )
  );
}

// "the NATO member", "NATO member states": a description of states, but also how membership is stated ("A and B
// are now X member states"), so it only keeps the organisation from being carried to a later sentence.
const MEMBERS = /^(?:['’]s)?\s+(?:member|members|member\s+states)\b/;

/** Not a referent for a later "the treaty" or an act with no object: a modifier, or "NATO members". */
export function describingOrg(s: string, m: TreatyMention): boolean {
  return attributiveOrg(s, m) || (!!m.org && MEMBERS.test(s.slice(m.end, m.end + 20)));
}

/** "NATO on Tuesday announced …", "NATO said …": the organisation speaks; it is not the topic instrument. */
export function speakingOrg(s: string, m: TreatyMention): boolean {
  return !!m.org && SPEAKS.test(s.slice(m.end, m.end + 40));
}
