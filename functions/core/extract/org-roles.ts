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

// "signed at a meeting of the CIS Council of Heads of State", "at the OAS summit": the organisation is a venue.
// "at the end of an annual meeting of the OAS", "on the margins of a summit of the AU": the same, at a point of it.
const VENUE_BEFORE =
  /\b(?:at|during|on|in)\s+(?:the\s+(?:end|close|opening|start|margins?|sidelines|eve)\s+of\s+)?(?:a|an|the|its|this|last)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:meeting|summit|session|conference|gathering|assembly)\s+of\s+(?:the\s+)?$/iu;
const ORGAN_AFTER = /^\)?\s*(?:\([^()]{1,12}\)\s*)?(?:Council\s+of\s+Heads|[Ss]ummit\b|[Mm]inisterial\b)/u;

// "... meeting of the Organization of American States (OAS)": the acronym restates the venue's name.
const VENUE_ACRONYM = new RegExp(`${VENUE_BEFORE.source.slice(0, -1)}(?:[\\p{L}'’-]+\\s+){1,6}\\(\\s*$`, 'iu');

/** "at the end of an annual meeting of the OAS": the organisation hosts the act; it is not its object. */
export function venueOrg(s: string, m: TreatyMention): boolean {
  if (!m.org) return false;
  const before = s.slice(Math.max(0, m.start - 140), m.start);
  return VENUE_BEFORE.test(before) || VENUE_ACRONYM.test(before);
}

/** Not a referent for a later "the treaty" or an act with no object: a modifier, "NATO members", a venue, a frame. */
export function describingOrg(s: string, m: TreatyMention): boolean {
  return (
    attributiveOrg(s, m) ||
    (!!m.org &&
      (MEMBERS.test(s.slice(m.end, m.end + 20)) ||
        venueOrg(s, m) ||
        ORGAN_AFTER.test(s.slice(m.end, m.end + 30)) ||
        framingOrg(s, m)))
  );
}

/** "NATO on Tuesday announced …", "NATO said …": the organisation speaks; it is not the topic instrument. */
export function speakingOrg(s: string, m: TreatyMention): boolean {
  return !!m.org && SPEAKS.test(s.slice(m.end, m.end + 40));
}

// An organisation named inside the object of an act whose head is another instrument noun: its sponsor ("nine CIS
// agreements", "the ILO's (ILO) 1930 Forced Labour Convention", "OPEC+ Charter of Cooperation"), its depositary or
// framework ("two conventions ... with the ILO", "the agreement with the CIS on ...", "agreements signed as part of
// the CIS"). The act is on that instrument, not on the organisation's constitution.
const FRAMED_NOUN = String.raw`(?:conventions?|treaties|agreements?|protocols?|accords?|deals?|pacts?)`;
const SPONSORED_NOUN = String.raw`(?:conventions?|agreements?|protocols?|accords?|deals?|pacts?)\b`;
// Words of a name or modifier between sponsor and noun ("ILO 1930 Forced Labour Convention"), not a clause's
// ("joining the EAC after signing a treaty of accession").
const SPONSOR_GAP = String.raw`(?:(?!own\b|\p{L}+ing\b|(?:a|an|the|its|their|after|before|to|with|and|or|by|in|on|for|from|as)\b)[\p{L}\d-]+\s+)`;
const SPONSOR_OF = new RegExp(
  String.raw`^\)?\+?(?:['’]s)?(?:\s*\([^()]{1,12}\))?[\s-]+(?:${SPONSOR_GAP}{0,3}?` +
    String.raw`${SPONSORED_NOUN}|${SPONSOR_GAP}{1,3}treaty\b)`,
  'iu',
);
// "OPEC+ Charter of Cooperation": a charter with a name of its own is not the organisation's.
const NAMED_CHARTER = /^\+?\s+Charter\s+of\s+(?!the\b)\p{Lu}\p{Ll}/u;
const FRAME_OF = new RegExp(
  String.raw`\b${FRAMED_NOUN}\b[^,.;:()]{0,60}?\s(?:with|under|within|as\s+part\s+of|in\s+the\s+framework\s+of|` +
    String.raw`under\s+the\s+auspices\s+of)\s+(?:the\s+)?$`,
  'iu',
);
// The object of the act is a plural instrument noun: "denounced a number of agreements", "ratified nine conventions".
const PLURAL_OBJECT =
  /^\s*(?:of\s+|from\s+)?(?:the\s+|its\s+|their\s+|these\s+|those\s+|a\s+number\s+of\s+|a\s+(?:series|package)\s+of\s+|several\s+|some\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:(?!(?:and|or)\b)\p{Ll}[\p{L}-]*\s+){0,3}?(?:conventions|treaties|agreements|protocols|accords|deals)\b/u;

/** The organisation sponsors, receives or frames the instrument acted on; it is not that instrument. */
export function framingOrg(s: string, m: TreatyMention): boolean {
  if (!m.org) return false;
  const after = s.slice(m.end, m.end + 60);
  return (
    SPONSOR_OF.test(after) || NAMED_CHARTER.test(after) || FRAME_OF.test(s.slice(Math.max(0, m.start - 90), m.start))
  );
}

/** The act's object (the text right after its cue) is a plural instrument noun: several instruments, no organisation. */
export function pluralInstruments(after: string): boolean {
  return PLURAL_OBJECT.test(after.slice(0, 90));
}
