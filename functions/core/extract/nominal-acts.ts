// Joining named by its noun, with its state (read with cues.ts): "welcomes the accession of A on 3 May and B on 9 May
// to T", "hailed Peru's ratification of T", "With its ratification on 28 February, A joins ...", "This month's
// ratification by A". The bare noun is no act ("called for the accession of A", "talks on the ratification by A"):
// it counts only after a word that takes it as done — a welcome, "with", "after", "following", "since", "marks", or
// a period's possessive ("this month's").
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
const DONE = String.raw`(?:welcom\w*|hail\w*|congratulat\w*|rejoic\w*(?:\s+(?:over|at))?|celebrat\w*|prais\w*|applaud\w*|salut\w*|noted|notes|follow(?:s|ed|ing)|(?<!\b(?:years?|months?|weeks?|days?)\s+(?:\p{L}+\s+){0,3})(?:after|since)|(?<!\b(?:along|together)\s+)with|mark(?:s|ed|ing)?|(?:this|last)\s+(?:month|week|year)['’]s)`;
const NOUN = String.raw`(?:formal\s+|official\s+|recent\s+|latest\s+)?(?<t>accession|adhesion|ratification)`;
// The states of an of/by-phrase run to the treaty's "to"/"of", a comma, the verb of the clause or a day ("of A on
// 3 May and B on 9 May": the states after the first day are read as an ellipsis, each on its own day).
const AGENTS = String.raw`\s+(?:of|by)\s+(?!the\s+(?:[\p{Lu}][\p{L}-]*\s+){0,6}(?:Treaty|Convention|Agreement|Protocol|Statute|Charter|Covenant|Amendment)\b)[^.;:]{1,120}?(?=\s+(?:to|of|into)\s+(?:the\s+)?[\p{Lu}]|\s+on\s+(?:\d|[\p{Lu}][\p{L}]+\s+\d)|\s*[,;.]|\s+(?:is|was|marks?|marked|brings?|brought|makes?|made|took|takes)\b)`;
const OWNER = String.raw`(?:its|their|the\s+country['’]s|(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s?)`;

export const NOMINAL_CUES: CueDef[] = [
  {
    id: 'J22',
    g: ['accession of', 'adhesion of', 'ratification of', 'ratification by', 'accession by'],
    action: 'joined',
    re: r(String.raw`\b${DONE}\s+(?:the\s+)?${NOUN}${AGENTS}`),
    byAgent: true,
    ownDate: true,
  },
  {
    id: 'J23',
    g: ['accession', 'adhesion', 'ratification'],
    action: 'joined',
    ownDate: true,
    re: r(
      String.raw`\b${DONE}\s+${OWNER}\s+${NOUN}\b(?!\s+(?:process|bill|law|instruments?|vote|debate|procedures?)\b)`,
    ),
  },
];
