// Exits reported with the state as the verb's object ("President X withdrew the United States from T", "pulled
// Argentina out of T", "is withdrawing Brazil from T"): the state named between the verb and "from"/"out of" leaves
// (`byAgent`), whoever the subject is; the treaty must follow (`objTreaty`). Only capitalised names count as that
// object ("withdrew its troops from" names none).
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
// A state's name as the object: one to four capitalised words ("the U.S.", "the United States", "Argentina").
const STATE_OBJECT = String.raw`(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}?`;

export const TRANSITIVE_EXIT_CUES: CueDef[] = [
  {
    id: 'F12',
    g: ['withdrew', 'pulled', 'took'],
    action: 'withdrawal_effective',
    re: r(String.raw`\b(?:withdrew\s+${STATE_OBJECT}from|(?:pulled|took)\s+${STATE_OBJECT}out\s+of)\b`),
    objTreaty: true,
    byAgent: true,
  },
  {
    id: 'P17',
    g: ['withdrawing', 'pulling', 'taking'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:is|are)\s+(?:now\s+)?(?:formally\s+)?(?:withdrawing\s+${STATE_OBJECT}from|(?:pulling|taking)\s+${STATE_OBJECT}out\s+of)\b`,
    ),
    objTreaty: true,
    byAgent: true,
    weak: true,
    modalOk: true,
  },
];
