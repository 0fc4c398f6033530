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
// The deposit named by its noun ("with the 28th deposit of its ratification instrument by A", "welcomed the deposit by
// A of its instrument of accession"): the verb cue's act ("A deposited its instrument"), its state the by/of agent.
const DEPOSIT = String.raw`(?:[\p{L}\d-]+\s+)?(?<t>deposit)(?:\s+of\s+(?:its|their|the|an?)\s+(?:instruments?\s+of\s+(?:ratification|accession|acceptance|approval)|(?:ratification|accession|acceptance)\s+instruments?))?`;
const OWNER = String.raw`(?:its|their|the\s+country['’]s|(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s?)`;
// The noun as the subject of a verb that states its result ("A's accession to T brings the number of parties to 50",
// "the ratification by A makes it the 30th party", "A ratification brings T into force"): the result verb, in the
// present or past, takes the act as done. Between the noun and the verb only its complements ("to T", "on 3 May"),
// never a modal or a negation ("would bring", "does not make"). Case-sensitive (the possessor is a capitalised name,
// with or without "'s": a headline's "A ratification brings ..."), so the words are spelt in both cases.
const RESULT_NOUN = String.raw`(?:[Ff]ormal\s+|[Oo]fficial\s+|[Rr]ecent\s+)?(?<t>[Aa]ccession|[Aa]dhesion|[Rr]atification)`;
const COMPLEMENT = String.raw`(?:\s+(?:to|of|on|in|into|with)\s+(?:(?!\b(?:would|will|could|may|might|should|must|can|not|never|hope[sd]?|if)\b)[^.;,:]){1,90}?)?`;
const RESULT = String.raw`,?\s+(?:now\s+|also\s+|thus\s+|effectively\s+|officially\s+|formally\s+|finally\s+)?(?:ha[sd]\s+|have\s+)?(?:[Bb]rings|[Bb]rought|[Mm]akes|[Mm]ade|[Mm]arks|[Mm]arked|[Rr]aises|[Rr]aised|[Tt]akes|[Tt]ook|[Ll]ifts|[Ll]ifted|[Pp]ushes|[Pp]ushed|[Cc]ompletes|[Cc]ompleted|[Tt]riggers|[Tt]riggered)\b`;
const NOT_RESULT_NOUN = String.raw`(?!\s+(?:process|bill|law|instruments?|vote|debate|procedures?|talks|efforts?|plans?|campaign|drive)\b)`;
const RESULT_OWNER = String.raw`(?:\b[Ii]ts|\b[Tt]heir|\b[Tt]he\s+country['’]s|(?<![\p{L}'’])(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*(?:['’]s?)?)`;

// A denunciation named by its noun after a word that takes it as done: "regret over A's denunciation of T" is the
// notice given (F40's stage words, "the entry into force of A's denunciation", make it the withdrawal taking effect).
// A withdrawal noun after a regret names no stage (a proposal is regretted as often as a notice): only F40 reads it.
const REGRET = String.raw`(?:regret\w*(?:\s+(?:over|at|about))?|deplor\w*|condemn\w*|concern\s+(?:over|about|at))`;
const IN_FORCE = String.raw`(?:entry\s+into\s+force|coming\s+into\s+(?:force|effect)|taking\s+effect)\s+of`;

export const NOMINAL_CUES: CueDef[] = [
  {
    id: 'F40',
    g: ['into force of', 'into effect of', 'taking effect of'],
    action: 'withdrawal_effective',
    re: r(String.raw`\b${IN_FORCE}\s+${OWNER}\s+(?<t>denunciation|withdrawal)\s+(?:of|from)\b`),
    objTreaty: true,
    ownDate: true,
  },
  {
    id: 'N40',
    g: ['denunciation'],
    action: 'withdrawal_notified',
    re: r(String.raw`\b${REGRET}\s+(?:the\s+)?${OWNER}\s+(?<t>denunciation)\s+of\b`),
    objTreaty: true,
    ownDate: true,
  },
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
  // A chain of such nouns: "following accession by A (8 June), ratification by B (7 June) and accession by C": each
  // later item after the first done noun, with its own agent and day.
  {
    id: 'J22d',
    g: ['ratification by', 'accession by'],
    action: 'joined',
    re: r(
      String.raw`(?<=\b${DONE}\s+(?:the\s+)?(?:accession|ratification)\s+by\s[^.;:]{1,160}?)(?:,\s*|\s+and\s+)(?<t>accession|ratification)\s+by\s+[^.;:]{1,60}?(?=\s*\(|\s+on\s|\s*[,;.]|\s+and\s)`,
    ),
    byAgent: true,
    ownDate: true,
  },
  {
    id: 'J22c',
    g: ['deposit of', 'deposit by'],
    action: 'joined',
    re: r(String.raw`\b${DONE}\s+(?:the\s+)?${DEPOSIT}${AGENTS}`),
    byAgent: true,
    ownDate: true,
  },
  {
    id: 'J22b',
    g: ['accession', 'adhesion', 'ratification'],
    action: 'joined',
    re: r(String.raw`\b${RESULT_NOUN}${AGENTS}${COMPLEMENT}${RESULT}`, 'gu'),
    byAgent: true,
    ownDate: true,
    dateInMatch: true,
  },
  {
    id: 'J23b',
    g: ['accession', 'adhesion', 'ratification'],
    action: 'joined',
    ownDate: true,
    dateInMatch: true,
    re: r(String.raw`${RESULT_OWNER}\s+${RESULT_NOUN}\b${NOT_RESULT_NOUN}${COMPLEMENT}${RESULT}`, 'gu'),
  },
];
