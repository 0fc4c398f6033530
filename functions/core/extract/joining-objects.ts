// A stage verb whose object is an instrument or a decision "to join" the treaty (read with cues.ts): "parliament
// passed a treaty to join T", "the council approved the decision to accede to T" — the state approved to become a
// party (joined) — and "A signed an agreement to join T" — its signature. The treaty follows the purpose verb
// (`objTreaty`: the match ends there). Modals and negations before the verb are the caller's scope ("will sign").
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
const OBJECT = String.raw`(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?`;
const TO_JOIN = String.raw`\s+(?:to\s+(?:formally\s+)?(?:join|accede\s+to|become\s+a\s+(?:full\s+)?(?:member|party)\s+(?:of|to))|on\s+joining|on\s+acceding\s+to)`;

export const JOINING_OBJECT_CUES: CueDef[] = [
  {
    id: 'J40',
    g: ['to join', 'to accede', 'on joining', 'on acceding', 'to become a'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>passed|ratified|approved|adopted|endorsed)\s+${OBJECT}(?:treaty|agreement|accord|protocol|bill|law|decision|resolution)${TO_JOIN}\b`,
    ),
    objTreaty: true,
  },
  {
    id: 'S40',
    g: ['to join', 'to accede', 'to become a'],
    action: 'signed',
    re: r(String.raw`\b(?<t>signed)\s+${OBJECT}(?:treaty|agreement|accord|protocol)${TO_JOIN}\b`),
    objTreaty: true,
  },
];
