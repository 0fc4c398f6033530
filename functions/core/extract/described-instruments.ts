// Instruments outside the catalogue that reporting names by what they create: "a UN-backed agreement creating a marine
// reserve in the Coral Sea", "a treaty establishing a customs union", "the multilateral agreement for establishing a
// seed bank". The description, from the modifiers after its determiner to the end of its clause, is the name.
import { provisionalTreatyId } from '../provisional';
import { matchesOf } from './match-all';

// Cheap word test first: only a sentence with an act of creating and a lower-case instrument noun is scanned.
const GATE = /\b(?:creat|establish)/;
const HEAD = /\b(?:agreement|treaty|convention|protocol|pact|accord)\b/;
const DESCRIBED = new RegExp(
  String.raw`\b(?:an?|the|its|their)\s+((?:(?:[\p{Ll}][\p{Ll}-]*|[A-Z]{2,4}-[\p{Ll}]+)\s+){0,3}?` +
    String.raw`(?:agreement|treaty|convention|protocol|pact|accord)\s+` +
    String.raw`(?:creating|establishing|to\s+(?:create|establish)|(?:for|on|about)\s+(?:creating|establishing)|` +
    String.raw`(?:for|on)\s+the\s+(?:creation|establishment)\s+of)\s+[^,.;:()"“”]+)`,
  'gu',
);
// Where the clause turns to the act's day, time or circumstance ("... commission on Monday in Lima").
const CLAUSE_END =
  /\s+(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\b|(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)|(?:today|yesterday|earlier|later|which|that|who|when|while|after|before|during|at\s+a)\b|and\s+(?:\p{Ll}+ed|said|says)\b)/u;
// Words that rate the instrument, not name it ("a landmark agreement creating ...").
const RATING = /^(?:landmark|historic|key|major|new|first|so-called|long-awaited|controversial|important|crucial)\s+/;

export function describedInstruments(
  text: string,
  push: (start: number, end: number, treaty: string | null, org: boolean, name?: string) => void,
): void {
  if (!GATE.test(text) || !HEAD.test(text)) return;
  for (const m of matchesOf(text, DESCRIBED)) {
    let name = m[1];
    const cut = CLAUSE_END.exec(name);
    if (cut) name = name.slice(0, cut.index);
    let start = m.index! + m[0].length - m[1].length;
    const rating = RATING.exec(name);
    if (rating) {
      name = name.slice(rating[0].length);
      start += rating[0].length;
    }
    name = name.trimEnd();
    if (name.split(/\s+/).length > 18) continue;
    push(start, start + name.length, provisionalTreatyId(name), false, name);
  }
}
