// Joining stated by a gerund after a preposition (read with cues.ts): "congratulations to A on becoming the 111th
// State Party to T", "By ratifying T, A joins ...", "Upon acceding to T, ...", "... after ratifying T" (a step
// before the clause's own, so `older`). Work, plans or talks "on ratifying" are no act.
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
const NOT_PROSPECT = String.raw`(?<!\b(?:work(?:ed|s|ing)?|focus(?:ed|es|ing)?|progress|talks?|decision|advice|position|insist\w*|conditional|commitment|plans?|views?|vote|debate|report|steps?|moves?|delay\w*|keen|intent|intention|way|road|path|chances?|prospects?|hopes?)\s+)`;
const GERUND = String.raw`(?<t>ratifying|acceding\s+to|joining)\b`;

export const GERUND_CUES: CueDef[] = [
  {
    id: 'J25',
    g: ['becoming'],
    action: 'joined',
    re: r(
      String.raw`${NOT_PROSPECT}\b(?:on|upon|by|thereby)\s+(?<t>becoming)\s+(?:the\s+|a\s+|an\s+)?(?:(?:\d+(?:st|nd|rd|th)|newest|latest|first|full|official)\s+)*(?:state\s+)?(?:party|member)\b`,
    ),
  },
  {
    id: 'J26',
    g: ['ratifying', 'acceding', 'joining'],
    action: 'joined',
    re: r(String.raw`${NOT_PROSPECT}\b(?:on|upon|by)\s+${GERUND}`),
    objTreaty: true,
  },
  {
    id: 'J26b',
    g: ['ratifying', 'acceding', 'joining'],
    action: 'joined',
    re: r(String.raw`\b(?:after|since)\s+${GERUND}`),
    objTreaty: true,
    older: true,
  },
  // "joined T in 1975, before leaving in 1994": a later exit of the clause's subject, from the treaty just named.
  {
    id: 'F13',
    g: ['before leaving', 'before quitting', 'before withdrawing', 'before exiting'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\bbefore\s+(?<t>leaving|quitting|withdrawing|exiting)\b(?!\s+(?:office|power|the\s+(?:country|city|post|job|meeting|summit)|for)\b)`,
    ),
  },
];
