// Signing the instrument of accession, ratification or acceptance (read with cues.ts) is the act of joining: "the
// president signed the accession instrument", "signed the instrument of ratification of T", "an instrument of
// acceptance of T by A was signed". Not a signature of the treaty (S1 steps aside), and a headline's "A signs T" over
// such a body restates that accession (headline.ts asks SIGNED_INSTRUMENT).
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
const KIND = String.raw`(?:accession|ratification|acceptance|approval)`;
/** The instrument of joining as a verb's object: "the accession instrument", "an instrument of ratification". */
export const INSTRUMENT_OBJECT = String.raw`(?:the\s+|an\s+|its\s+|their\s+|[\p{L}]+['’]s\s+)?(?:${KIND}\s+(?:instruments?|papers|documents?)|instruments?\s+of\s+${KIND})\b`;
const INSTRUMENT_SUBJECT = String.raw`\binstruments?\s+of\s+${KIND}\b[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+`;
/** A sentence that says the instrument of joining was signed. */
export const SIGNED_INSTRUMENT = new RegExp(
  String.raw`\bsign(?:ed|s|ing)?\s+${INSTRUMENT_OBJECT}|${INSTRUMENT_SUBJECT}signed\b`,
  'iu',
);

export const INSTRUMENT_CUES: CueDef[] = [
  {
    id: 'J24',
    g: ['sign'],
    action: 'joined',
    re: r(String.raw`\b(?<t>sign(?:ed|s|ing)?)\s+(?=${INSTRUMENT_OBJECT})`),
  },
  {
    id: 'J24b',
    g: ['signed'],
    action: 'joined',
    // The word first, then the look-behind at the same place (INSTRUMENT_SUBJECT ends in a space, so the \b holds
    // anyway): a look-behind first is tried at every position of the sentence.
    re: r(String.raw`\b(?=signed)(?<=${INSTRUMENT_SUBJECT})(?<t>signed)\b`),
  },
];
/** S1's guard: "signed" whose object or subject is such an instrument is J24's. */
export const NOT_INSTRUMENT_SIGNING = String.raw`(?<!${INSTRUMENT_SUBJECT})\b(?<t>signed)\b(?!\s+${INSTRUMENT_OBJECT})`;
