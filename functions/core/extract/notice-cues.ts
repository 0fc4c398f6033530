// The notice named by its verb (read with cues.ts): "X denounced the <treaty>" is a state's denunciation, made by
// notification under the treaty's withdrawal clause; "X notified its withdrawal from <treaty>" likewise. Criticism
// ("denounced the treaty as unfair", "denounced what it called ...") has no treaty right after the verb or goes on
// with "as"; the caller checks that the object is a treaty (objTreaty). A chamber of parliament that "denounced" the
// treaty voted for the withdrawal ("the Duma denounced the convention", "the Senate of A, the upper house, has
// denounced ..."): an approval, not the notice (N11c).
import { type CueDef, cuePattern, LEG } from './cue-def';

const r = cuePattern;
const TREATY_OBJECT = String.raw`(?=(?:the\s+|its\s+|their\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,5}(?:Treaty|Convention|Charter|Agreement|Protocol|Statute|Covenant|Pact|Accord)?)(?![^.;,]{0,90}?\bas\s+(?:an?\s+|the\s+)?(?!part\b)\p{L})`;
// The chamber as the verb's subject: its name, then "(the Parliament)", "of Ukraine", ", or upper house," and adverbs.
const CHAMBER_BEFORE = String.raw`\b${LEG}(?:['’]s)?(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3})?(?:\s*,[^,.;]{1,60},)?(?:\s+(?:has|have|had|also|formally|officially|unanimously|finally|then|today|yesterday|on\s+[\p{Lu}][\p{L}]*(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?))*\s+`;
const NOT_BY_INSTRUMENT = String.raw`(?<!\b(?:law|laws|bill|bills|decree|decrees|order|act)\s+(?:that\s+|which\s+)?["“]?)`;

export const NOTICE_CUES: CueDef[] = [
  {
    id: 'N11',
    g: ['denounced'],
    action: 'withdrawal_notified',
    // Past tense only: a headline's "X Denounces the Charter" restates the news in the present; a law or decree
    // "that denounced" the treaty is that instrument's act, read by its own cue.
    // The word is looked for first: look-behinds first are tried at every position (same matches, see N11c).
    re: r(String.raw`\b(?=denounced)${NOT_BY_INSTRUMENT}(?<!${CHAMBER_BEFORE})(?<t>denounced)(?=\s+${TREATY_OBJECT})`),
    objTreaty: true,
  },
  {
    id: 'N11c',
    g: ['denounced'],
    action: 'withdrawal_approved',
    re: r(String.raw`\b(?=denounced)(?<=${CHAMBER_BEFORE})(?<t>denounced)(?=\s+${TREATY_OBJECT})`),
    objTreaty: true,
  },
  {
    id: 'N11b',
    g: ['to denounce'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:became|becomes|has become|was|is)\s+the\s+(?:first|second|third|latest|\d+(?:st|nd|rd|th))\s+(?:state|country|nation|government)\s+(?:ever\s+)?to\s+(?<t>denounce)(?=\s+${TREATY_OBJECT})`,
    ),
    objTreaty: true,
    modalOk: true,
  },
  // "notified Director-General X of the U.S. decision to withdraw from", "informed the ICC of Venezuela's intention to
  // leave": the notice names whose decision it conveys; that state (the possessor, `byAgent`) notifies, whoever
  // carries the letter (a ministry, a department). A plan to notify ("will notify") is cancelled by the modal scope.
  {
    id: 'N6b',
    g: ['notified', 'informed'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:formally\s+|officially\s+)?(?<t>notified|informed)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,8}?of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}?[\p{Lu}][\p{L}.-]*(?:['’]s?)?\s+(?:(?:formal|final|official)\s+)?(?:decision|intention|intent)\s+to\s+(?:formally\s+)?(?:withdraw|leave|quit|exit|denounce|pull\s+out)\b`,
      'gu', // case-sensitive: the possessor is a capitalised name, not "its"
    ),
    byAgent: true,
  },
  // "formally notified UNASUR that the country is leaving", "has notified the ICO that it is withdrawing from": the
  // notice told to its addressee in a that-clause (a plan to notify is the modal scope's; reporters are no addressee).
  // Not "informed the Commission that A would withdraw": a future told to a third party is the intention.
  {
    id: 'N13',
    g: ['notified', 'informed'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>notified|informed)\s+(?!(?:the\s+)?(?:reporters|journalists|press|media)\b)(?:[\p{L}.'’()-]+,?\s+){1,9}?that\s+(?:it|they|the\s+\w+|[\p{Lu}][\p{L}.-]*)\s+(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:withdrawing|leaving|quitting|exiting|pulling\s+out|denouncing))\b`,
    ),
  },
  {
    id: 'N12',
    g: ['notified', 'notifies'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:formally\s+|officially\s+)?(?<t>notified|notifies)\s+(?:its|their)\s+(?:formal\s+|final\s+)?(?:withdrawal|exit|departure|denunciation)\s+(?:from|of)\b`,
    ),
  },
];
