// "Uzbekistan left the grouping in 1999", "Gabon rejoined the bloc", "Venezuela left the alliance": an organisation
// named in one sentence is described by a common noun in a later one; that noun, as the object of a join or leave
// verb, refers back to it. Only a referent of a compatible kind counts: an organisation for "the bloc", "the
// grouping", "the union" ...; for "the alliance" also a pact (a defence treaty is an alliance).
import type { TreatyMention } from './gazetteer';

const GATE = /\b(?:bloc|group|alliance|body|agency|institution|club|cartel|union)/i;
// The object right after the verb: "the (regional | Russia-led | 18-member) bloc", not "the group's" or "the group of".
const DESCRIBED_ORG =
  /^\s+(?:(?:to|from|out\s+of)\s+)?(?:the|its|this|that)\s+(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{L}*-\p{Ll}+|\d+-member)\s+){0,2}?(bloc|group(?:ing)?|alliance|body|agency|institution|club|cartel|union)\b(?!['’]s|\s+(?:of|for|that|which|who)\b)/u;
const INSTRUMENT_NOUN = /\b(?:treaty|convention|pact|accord|agreement|protocol|statute|charter)\b/i;

export interface OrgReferent {
  /** The last treaty or organisation named before the sentence, and whether it is an organisation. */
  last: string | null | undefined;
  lastIsOrg: boolean;
}

/**
 * Whether `after` (the text right after a join or leave verb) opens with a described organisation whose referent
 * is the treaty the cue falls back to: the last mention earlier in the sentence (`before`), else the context's.
 */
export function describedOrg(sentence: string, after: string, before: TreatyMention[], ctx: OrgReferent): boolean {
  if (!GATE.test(after.slice(0, 60))) return false;
  const m = DESCRIBED_ORG.exec(after);
  if (!m) return false;
  const own = before[before.length - 1];
  const last = own ? own.treaty : ctx.last;
  if (!last) return false;
  const isOrg = own ? !!own.org : ctx.lastIsOrg;
  if (m[1] === 'alliance') return true;
  // An instrument noun elsewhere in the sentence would make the fallback its instrument, not the organisation.
  return isOrg && (!!own || !INSTRUMENT_NOUN.test(sentence));
}
