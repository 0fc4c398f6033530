// Joining stated by the organisation that admits a state, or by a list of states that became its members (read with
// cues.ts): "OPEC has admitted A and B as its newest members", "leaders admitted A to the Commonwealth", "A was
// formally reinstated as the 54th member", "the assembly voted to readmit A as a full member", "A and B became
// members of X", "A and B are now X member countries". The admitting body is no state: the states admitted act
// (`byAgent`). An admission needs membership words or a named body after the states ("Moscow admitted Kyiv had ..."
// is no admission); a hope, an application or "could admit" is cancelled by the ordinary scope checks.
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
const ADMIT = String.raw`(?:re-?)?admit(?:ted|s)?|reinstat(?:ed|es)`;
// What follows the admitted states (read case-sensitively, so that a name is capitalised; "to the fold" is none): "as (its newest) member(s)", "to (full) membership", "to/into the Commonwealth".
const AS_MEMBER = String.raw`(?=\s+(?:as\s+(?:(?:a|an|its|their|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:members?|member\s+(?:states?|countr(?:y|ies)|nations?))\b|(?:to|into)\s+(?:full\s+)?membership\b|(?:to|into)\s+(?:the\s+)?[\p{Lu}]))`;
const AS_A_MEMBER = String.raw`(?=\s+as\s+(?:(?:a|an|its|their|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:members?|member\s+(?:states?|countr(?:y|ies)|nations?))\b)`;
const STATES = String.raw`\s+(?!that\b|to\b|it\b)[^.;:]{2,120}?`;
const MEMBER_STATES = String.raw`[Mm]ember(?:s|\s+(?:[Ss]tates?|[Cc]ountr(?:y|ies)|[Nn]ations?))?`;

export const ADMISSION_CUES: CueDef[] = [
  {
    id: 'J27',
    g: ['admit', 'reinstat'],
    action: 'joined',
    byAgent: true,
    re: r(String.raw`\b(?<t>${ADMIT})${STATES}${AS_MEMBER}`, 'gu'),
  },
  {
    // "welcomed A as the newest member of X", "accepted A and B as full members": only with "as ... member".
    id: 'J27w',
    g: ['welcom', 'accept'],
    action: 'joined',
    byAgent: true,
    re: r(String.raw`\b(?<t>welcom(?:ed|es|e)|accept(?:ed|s)?)${STATES}${AS_A_MEMBER}`, 'gu'),
  },
  {
    // "voted on Friday to readmit A as a full member": the vote is the admission.
    id: 'J27v',
    g: ['admit', 'reinstat'],
    action: 'joined',
    byAgent: true,
    modalOk: true,
    re: r(
      String.raw`\b(?:voted|decided|agreed|approved)\b[^.;:]{0,40}?\bto\s+(?<t>(?:re-?)?admit|reinstate)${STATES}${AS_MEMBER}`,
      'gu',
    ),
  },
  {
    id: 'J28',
    g: ['admitted', 'reinstated'],
    action: 'joined',
    re: r(
      String.raw`\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:formally|officially|unanimously|finally|now)\s+)?(?<t>(?:re-?)?admitted|reinstated)${AS_MEMBER}`,
      'gu',
    ),
  },
  {
    // "A and B became members of X" (J2 reads the singular "a member").
    id: 'J29',
    g: ['member'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>became|(?:has|have|had)\s+(?:now\s+)?become|are\s+now)\s+(?:(?:officially|formally)\s+)?(?:(?:full|new|the\s+newest|the\s+latest)\s+)?(?:members|member\s+(?:states|countries|nations))\s+(?:of|in)\b`,
    ),
  },
  {
    // "A and B are now Interpol member countries": the body's name before the noun (case kept: a name).
    id: 'J29n',
    g: ['member'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>[Bb]ecame|(?:[Hh]as|[Hh]ave|[Hh]ad)\s+(?:now\s+)?become|(?:[Aa]re|[Ii]s)\s+now)\s+(?:(?:an?|the|full|new)\s+){0,2}(?:[\p{Lu}][\p{L}-]*\s+){1,4}${MEMBER_STATES}\b`,
      'gu',
    ),
  },
  {
    // "The last member to join SADC was A in 1997", "the bloc's last entrant was A": the state after the copula
    // joined, an earlier act than the news.
    id: 'J29l',
    g: ['last', 'latest', 'previous'],
    action: 'joined',
    byAgent: true,
    older: true,
    re: r(
      String.raw`\b(?:last|latest|previous)\s+(?:new\s+)?(?:member|country|state|nation|entrant|addition)\s+(?:to\s+(?:join|be\s+admitted)\b[^.;:,]{0,40}?\s+)?(?<t>was)\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}`,
      'gu',
    ),
  },
];
