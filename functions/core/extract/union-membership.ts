import { matchesOf } from './match-all';
// Joining or leaving the European Union is an act on its founding treaty: "Croatia joined the EU", "since Britain
// left the European Union", "Moldova's accession to the EU" are news on the Treaty on European Union, as "joined the
// WHO" is on the WHO's constitution. The Union as a party (it signs, ratifies) is read in state-mentions.ts; there
// the same words after "join"/"leave" are kept out, so the two readings never meet.

const TEU = 'treaty-on-european-union';
// A verb or noun of joining or leaving directly before the Union (an adverb or "formally" may come between).
const MEMBERSHIP = new RegExp(
  String.raw`\b(?:(?:re)?join(?:s|ed|ing)?|(?:re)?admitted\s+(?:in)?to|leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|` +
    String.raw`withdr[ae]w(?:s|n|ing)?\s+from|withdrawal\s+from|departure\s+from|pull(?:s|ed|ing)?\s+out\s+of|` +
    String.raw`accession\s+(?:in)?to|acceded?\s+to|accedes\s+to|membership\s+(?:of|in)|entry\s+into)` +
    String.raw`\s+(?:\p{Ll}+ly\s+)?(?:the\s+)?(European\s+Union|EU)\b(?!['’]s|\s+(?:member|countries|states|nations|law|rules|market|budget|single|customs))`,
  'gu',
);

/** The Union's name where a state joins or leaves it, as a mention of the Treaty on European Union. */
export function unionMembership(
  text: string,
  treatyIds: Set<string>,
  push: (start: number, end: number, treaty: string, org: boolean) => void,
): void {
  if (!treatyIds.has(TEU) || !(text.includes('EU') || text.includes('European Union'))) return;
  for (const m of matchesOf(text, MEMBERSHIP)) {
    const end = m.index! + m[0].length;
    push(end - m[1].length, end, TEU, true);
  }
}
