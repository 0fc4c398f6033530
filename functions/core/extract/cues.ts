// Over 300 lines: the verb lexicons are one table per action, one entry a line, read together with their scopes.
// Verb lexicons per action, and the negation / modality scope that cancels a cue.
import { ADMISSION_CUES } from './admission-cues';
import { bmpSafe, bmpTwin, spellWithoutU, twinWithoutU } from './bmp-twins';
import { type CueDef, cuePattern, LEG } from './cue-def';
import { DECISION_CUES } from './decision-cues';
import { DEROGATION_CUES } from './derogation-cues';
import { GERUND_CUES } from './gerund-acts';
import { INSTRUMENT_CUES, NOT_INSTRUMENT_SIGNING } from './instrument-signing';
import { JOINING_OBJECT_CUES } from './joining-objects';
import { NOMINAL_CUES } from './nominal-acts';
import { NOTICE_CUES } from './notice-cues';
import { negatedAcross } from './structure';
import { TRANSITIVE_EXIT_CUES } from './transitive-exits';

export type { CueDef } from './cue-def';
export { LEG };
export interface CueHit {
  def: CueDef;
  start: number;
  end: number;
  trigger: number;
}

// "ending its extradition treaty", "plans to end the pact": the plain verb "end" is an exit only with an instrument as
// its object.
const END_OBJ = String.raw`(?=\s+(?:the|its|their|an?)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:treaty|agreement|pact|accord|convention)\b)`;
export const W = String.raw`(?:withdraw(?:al|als|ing|n|s)?|withdrew|exit(?:ing|s)?|leav(?:e|es|ing)|quit(?:ting|s)?|pull(?:ing|ed)? out|out of|denounc(?:e|ed|es|ing|ement)|denunciation|terminat(?:e|ed|es|ing|ion)(?!\s+(?:of\s+)?(?:the\s+)?[\p{Lu}][\p{L}]*['’]s\s)|departure)`;
const GOV = String.raw`(?:government|cabinet|council|ministry|ministries|minister|ministers|junta|juntas|authorities|administration|executive|president|prime minister|communiqu[eé]|statement)`;
const NOTICE = String.raw`(?:notices?|notifications?|(?:withdrawal|denunciation) letters?|instruments?(?! of (?:ratification|accession|acceptance|approval)| for\b)|documents|papers|theirs|its own|their own)`;
const UN = String.raw`(?:the\s+)?(?:UN|U\.N\.|United Nations|(?:UN\s+|U\.N\.\s+)?Secretary[- ]General|(?:(?:treaty|convention|agreement|pact)'s\s+)?depositar(?:y|ies)|UN chief|UN secretary-general)`;
const TREATYWORD = String.raw`(?:treaty|convention|agreement|accord|pact|statute|court|organi[sz]ation|text|document)`;

// Approval verbs of a legislature (beyond "voted"/"approved"): "rubber-stamped", "okayed", "gave its consent to",
// "concurred in" / "gave its concurrence in" (a chamber that concurs in the executive's ratification).
const APPROVE = String.raw`(?:voted|approved|backed|endorsed|supported|passed|adopted|rubber-stamped|okayed|signed off on|cleared|concurred|concurs|gave (?:its |their )?(?:final )?(?:approval|consent|concurrence|backing|green light) (?:to|for|in))`;
// A day after "on" ("signed on Friday", "signed on 12 May", "signed on March 8, 2018"): a date adverbial, not the
// particle of the phrasal verb ("signed on to a statement"). ON_DAY is the adverbial itself, for a verb and its object.
const DAY_WORD = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d{1,2}(?:st|nd|rd|th)?\b|the\s+\d{1,2}(?:st|nd|rd|th)?\b)`;
export const ON_DAY = String.raw`on\s+(?:[\p{L}]+day,?\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+)?(?:${DAY_WORD})(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4})?,?`;
const NOT_DAY = String.raw`(?!\s+${DAY_WORD})`;
const GAP = String.raw`(?:(?!\b(?:withdrawal|exit|departure)\b)[^.;:])`;
const r = cuePattern;
// A state named as a clause's subject ("Hungary", "the US", "the United States"): one to three capitalised words.
const NAMED = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}`;

const HOLD = String.raw`(?:hold|holds|held|holding|put|puts|putting|placed|places|placing|kept|keeps|keep)`;
const ABEYANCE = String.raw`(?:in\s+abeyance|on\s+hold)\b`;
const HELD = String.raw`(?:${ABEYANCE}|(?=(?:[\p{L}'’-]+\s+){1,8}?${ABEYANCE}))`; // before or after the object
// "became the 7th ASEAN member state to", "had become the first African State to", "is one of the first nations to":
// an ordinal actor, any adjectives before its noun (J5, J5b, S2).
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|newest|\d+(?:st|nd|rd|th)(?:\s+and\s+\d+(?:st|nd|rd|th))?)`;
// A person acting for the state counts too ("X, Argentina's foreign minister, was the first official to sign").
const NTH_NOUN = String.raw`\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:state|nation|member|official|leader|representative)s?|country|countries|party|parties)\s+(?:ever\s+)?(?:in\s+(?:the\s+)?\p{L}+\s+)?`;
// "was among the first to sign", "despite being amongst the first states to sign" (stage7 hook: a signature, not the
// ratification's date).
const NTH_HEAD = String.raw`\b(?:became|becomes|has\s+become|have\s+become|had\s+become|is|was|were|being|been)\s+(?:also\s+)?(?<t>the\s+${ORDINAL}|(?:one\s+of|among|amongst)\s+the\s+(?:first|earliest))`;
const NTH_ACTOR = `${NTH_HEAD}${NTH_NOUN}`;
// The same set off as an aside ("the United States, one of the first nations to ratify, ..."): history, dated only
// by a date of its own.
const NTH_ASIDE = String.raw`(?:,|—|–)\s*(?<t>the\s+${ORDINAL}|one\s+of\s+the\s+(?:first|earliest))${NTH_NOUN}`;
const NTH_ORG = String.raw`(?:(?:new|full|\d+(?:st|nd|rd|th)),?\s+){0,3}(?:\p{Lu}{2,}\s+)?(?:member|ally|party)\b(?![^.;]{0,60}?\bto ratify)`;
export const CUES: CueDef[] = [
  // ratification revoked
  {
    id: 'R1',
    g: ['revok'],
    action: 'ratification_revoked',
    re: r(
      String.raw`\b(?<t>revok(?:ed|es|ing))\s+(?:its\s+|their\s+|the\s+)?(?:[\p{L}]+'s\s+)?(?:instrument of\s+)?ratification\b`,
    ),
  },
  { id: 'R2', g: ['ratif'], action: 'ratification_revoked', re: r(String.raw`\b(?<t>de-?ratif(?:ied|ication|y))\b`) },
  {
    id: 'R3',
    g: ['ratification'],
    action: 'ratification_revoked',
    re: r(
      String.raw`\b(?<t>withdr(?:ew|awn|awing|aws)|rescind(?:ed|ing|s)?|annull(?:ed|ing)|cancell?(?:ed|ing))\s+(?:(?:its|their|the)\s+(?:[\p{L}]+'s\s+)?|[\p{L}]+'s\s+)(?:instrument of\s+)?ratification\b`,
    ),
  },
  // suspension
  {
    id: 'U1',
    g: ['suspend', 'halt', 'froze', 'freezes', 'pause'],
    action: 'suspended',
    re: r(
      String.raw`\b(?<t>suspended|suspends|halted|halts|froze|frozen|freezes|paused|pauses)\s+(?:its\s+|their\s+|[\p{L}]+'s\s+)?(?:own\s+)?(?:participation|obligations|membership|implementation|compliance)\b`,
    ),
  },
  {
    id: 'U2',
    g: ['suspending'],
    action: 'suspended',
    re: r(
      String.raw`\b(?:law|decree|act|bill|legislation)\b(?:\s+[\p{L}',]+){0,3}?\s+(?<t>suspending)\s+(?:its\s+|their\s+|the\s+)?(?:[\p{L}]+'s\s+)?(?:own\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:treaty|pact|agreement|accord|convention)|participation|obligations|membership)\b`,
    ),
  },
  {
    id: 'U3',
    g: ['suspend'],
    action: 'suspended',
    // "Fiji suspended from the Commonwealth" (a headline's passive): the organisation acted, not the state.
    re: r(
      String.raw`\b(?<t>suspended|suspends)\s+(?!from\b)(?=(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}${TREATYWORD}?)`,
    ),
    objTreaty: true,
  },
  {
    id: 'U4',
    g: ['suspending'],
    action: 'suspended',
    re: r(
      String.raw`\b(?:(?:is|are|was|were)\s+(?:formally\s+|now\s+)?|by\s+)(?<t>suspending)\s+(?:its\s+|their\s+|[\p{L}]+'s\s+)?(?:participation|obligations|membership|implementation|compliance|the\s+(?:treaty|pact|agreement|accord|convention))\b`,
    ),
    modalOk: true,
  },
  // "has put the treaty on hold", "held the treaty in abeyance", "decided to hold in abeyance the treaty", "informed
  // B about the decision to hold in abeyance T" (the informing state acts): the state's obligations are suspended (a
  // threat, "may put it in abeyance", is the modal scope's).
  {
    id: 'U8',
    g: ['abeyance', 'on hold'],
    action: 'suspended',
    re: r(String.raw`\b(?<t>${HOLD})\s+${HELD}`),
    objTreaty: true,
  },
  {
    id: 'U8b',
    g: ['abeyance', 'on hold'],
    action: 'suspended',
    re: r(String.raw`\b(?<t>decided|informed)\s+(?:[^.;]{1,50}?\bdecision\s+)?to\s+${HOLD}\s+${HELD}`),
    objTreaty: true,
    modalOk: true,
  },
  // withdrawal effective
  {
    id: 'F1',
    g: ['effect', 'force'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\b(?<t>withdrawal|exit|departure|denunciation|pull-?out)\b${GAP}{0,90}?\b(?:(?:took|has taken|had taken|have taken|came into|has come into|had come into|entered into|went into) (?:legal |full )?(?:effect|force)|with effect (?:from|as of))\b`,
    ),
  },
  {
    id: 'F2',
    g: ['became', 'become'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\b(?<t>withdrawal|exit|departure|denunciation)\b${GAP}{0,90}?\b(?:became|has become|had become) (?:legally |formally |officially )?(?:effective|final|binding|official)\b`,
    ),
  },
  {
    id: 'F3',
    g: ['force'],
    action: 'withdrawal_effective',
    re: r(String.raw`\b(?<t>withdrawal|exit)\b${GAP}{0,60}?\b(?:acquired|gained) (?:legal )?force\b`),
  },
  // "the notice period for X's exit ran out on ...": the end of the notice period is the effect.
  {
    id: 'F9',
    g: ['ran out', 'expired', 'elapsed', 'lapsed'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\b(?:notice|waiting)(?: period)?\b[^.;]{0,90}?\b(?:has |had )?(?<t>ran out|run out|expired|elapsed|lapsed)\b`,
    ),
    needW: true,
  },
  {
    id: 'F4',
    g: ['ceased', 'stopped'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\b(?<t>ceased|has ceased|had ceased|stopped|has stopped) (?:to be|being) (?:a |an )?(?:state |high contracting |contracting )?(?:party|parties|member|members)\b`,
    ),
  },
  {
    id: 'F5',
    g: ['no longer'],
    action: 'withdrawal_effective',
    re: r(String.raw`\b(?:is|are) (?<t>no longer) (?:a |an )?(?:state )?(?:party|member)\b`),
  },
  {
    id: 'F6',
    g: ['left', 'completed', 'first', 'exited', 'withdrew', 'withdrawn', 'quit', 'pulled out', 'finali'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\b(?<t>(?:(?:has|have|had)\s+(?:now\s+)?)?(?:formally|officially) (?:left|exited|quit|withdrew from|withdrawn from|pulled out of)|(?:completed|finali[sz]ed) (?:its|their) (?:withdrawal|exit|departure|pull-?out)|became the first (?:state|country|member|nation)(?: ever)? to (?:formally |officially )?(?:leave|quit|exit|withdraw))\b`,
    ),
  },
  {
    id: 'F7',
    g: ['left'],
    action: 'withdrawal_effective',
    re: r(String.raw`\b(?<t>left)\b(?=\s+(?:the|it)\b)`),
    objTreaty: true,
  },
  // "terminated its membership of the bank", "ended their membership in the union": the exit done, in the past.
  {
    id: 'F14',
    g: ['membership'],
    action: 'withdrawal_effective',
    re: r(String.raw`\b(?<t>terminated|ended|relinquished)\s+(?:its|their)\s+(?:full\s+)?membership\b`),
  },
  // "left OPEC", "left ECOWAS": an acronym right after the verb (case-sensitive, unlike r()).
  {
    id: 'F7b',
    g: ['left', 'exited', 'quit'],
    action: 'withdrawal_effective',
    re: new RegExp(String.raw`\b(?<t>left|exited|quit)\b(?=\s+[A-Z]{2,}\b)`, 'gu'),
    objTreaty: true,
  },
  // "The Emirates withdrew in 1988", "Burundi, which left in 2017": a completed exit without an object, dated,
  // about the treaty in context.
  {
    id: 'F11',
    g: ['left', 'withdrew', 'exited', 'quit', 'pulled out'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\b(?<t>left|withdrew|exited|quit|pulled out)\b(?=\s+in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b)`,
    ),
    objTreaty: true,
  },
  {
    id: 'F8',
    g: ['pulled out', 'withdrew from', 'quit', 'exited', 'walked away'],
    action: 'withdrawal_effective',
    re: r(
      String.raw`\b(?<t>pulled out of|withdrew from|quit|exited|walked away from)\b(?=\s+(?:the|it|its|their|an?)\b)`,
    ),
    objTreaty: true,
  },
  // "formally abandoned the treaty": a completed exit, when the object is a treaty.
  {
    id: 'F10',
    g: ['abandoned'],
    action: 'withdrawal_effective',
    re: r(String.raw`\b(?<t>(?:formally|officially) abandoned)\b(?=\s+(?:the|it|its|their|an?)\b)`),
    objTreaty: true,
  },
  // "is quitting the treaty", "are withdrawing from the pact": an announced departure, not a completed one.
  {
    id: 'P13',
    g: ['quitting', 'withdrawing', 'leaving', 'pulling out', 'exiting'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:is|are)\s+(?:formally\s+|now\s+|officially\s+)?(?<t>quitting|withdrawing from|leaving|pulling out of|exiting)\b(?=\s+(?:the|it|its|their|an?)\b)`,
    ),
    objTreaty: true,
    weak: true,
    modalOk: true,
  },
  // notification to the depositary
  {
    id: 'N1',
    g: ['notif', 'inform', 'told'],
    action: 'withdrawal_notified',
    re: r(String.raw`\b(?:formally\s+|officially\s+)?(?<t>notified|informed|told|notifying|informing)\s+${UN}\b`),
  },
  // "notified the Union on 17 October 2018 of its withdrawal": a date may stand between the addressee and "of".
  {
    id: 'N6',
    g: ['notif', 'inform'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:formally\s+|officially\s+)?(?<t>notified|informed|notifying|informing)\s+(?:the\s+)?(?:[\p{L}.'’-]+,?\s+|\d{1,4},?\s+){1,11}?of\s+(?:its|their|the(?:\s+country's)?)\s+(?:(?:formal|final|decision to|intention to|intent to)\s+)?(?:withdrawal|withdraw|exit|departure|denunciation|leave|quit)\b`,
    ),
  },
  // "handed over the activation letter", "gave the Forum's secretary-general a letter", "sent a note to the embassy",
  // "announced its exit in a letter to": a letter or note counts as the notice when the sentence is about leaving (a
  // letter to the editor or to a head of government is a plea, not a notice).
  {
    id: 'N2d',
    g: ['letter', 'note'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>handed(?: over)?|delivered|deliver|presented|submitted|sent|transmitted|gave)\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+|secretary-general\s+|[\p{L}]+['’]s?\s+){1,6}?)?(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+(?:\d+\s+)?)?(?:letter|(?<!\bexplanatory\s+)note)\b`,
    ),
    needW: true,
  },
  {
    id: 'N2e',
    g: ['letter', 'note'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`(?:\b(?:its|their)\s+(?:withdrawal|exit|departure|decision\s+to\s+\p{L}+)\b(?:[^.;]|(?<=\b\p{Lu})\.){0,80}?)?\b(?<t>in)\s+an?\s+(?:(?:formal|official|written|diplomatic)\s+)?(?:letter|note)\s+(?:to(?!\s+(?:the\s+editor|(?:[\p{Lu}]\p{L}+\s+)?(?:Prime\s+Minister|President)\b))|that|sent|addressed|delivered)\b`,
    ),
    needW: true,
  },
  {
    id: 'N2',
    g: ['lodg', 'fil', 'deposit', 'presented', 'submit', 'deliver', 'hand', 'sent', 'transmit'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>lodged|filed|deposited|presented|submitted|delivered|handed(?: over)?|sent|transmitted|lodging|filing|depositing|submitting|delivering|handing(?: over)?|transmitting)\s+(?:[\p{L}'’.-]+\s+){0,4}?${NOTICE}\b`,
    ),
    noRatif: true,
  },
  {
    id: 'N2c',
    g: ['withdrawal'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>lodged|filed|deposited|submitted)\s+(?:its|their)\s+(?:formal\s+)?(?:withdrawal|denunciation)\b(?:[^.;]{0,80}?\b(?:with|to)\s+${UN}|\s+(?:from|of)\s)`,
    ),
  },
  {
    id: 'N2b',
    g: ['became the'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>became the (?:first|latest|last|second|third|next))\b[^.;]{0,60}?\bto (?:formally |officially )?(?:lodge|file|deposit|notify|submit)\b`,
    ),
  },
  {
    id: 'N3',
    g: ['notice', 'notification', 'instrument', 'letter'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>notices?(?! period)|notifications?|instruments? of (?:withdrawal|denunciation)|letters? of (?:withdrawal|denunciation)|(?:withdrawal|denunciation) letters?)\b[^.;]{0,100}?\b(?:(?:was|were|had been|has been|have been)?\s*(?:delivered|handed over|lodged|deposited|presented|submitted|transmitted|reached|received|sent)|(?:was|were|had been|has been|have been) given to)\b`,
    ),
  },
  {
    id: 'N4',
    g: ['received'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:UN|U\.N\.|United Nations|Secretary[- ]General|depositary|UN chief)\s+(?:has\s+|had\s+)?(?<t>received)\s+(?:[\p{L}'’.]+\s+){0,3}?(?:notices?|notifications?|instruments?|documents?)\b`,
    ),
  },
  // "she had received a letter Sunday morning from the government announcing its withdrawal", "confirmed receipt of the
  // notice", "said it had received a “written statement of denunciation” from A".
  {
    id: 'N4b',
    g: ['received', 'receipt'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:has\s+|had\s+)?(?<t>received|receipt\s+of)\s+(?:(?:a|an|the)\s+)?["“]?(?:formal\s+|official\s+|written\s+)?(?:letter|notice|notification|(?:statement\s+of\s+)?denunciation)\b`,
    ),
    needW: true,
  },
  // "sent a communication today to the Secretary General of the OAS ... denounce the Charter": a formal
  // communication to the depositary or the organisation's head, in a sentence about leaving.
  {
    id: 'N10',
    g: ['communication'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>sent|submitted|delivered|handed(?: over)?|presented|transmitted|addressed)\s+(?:an?|the|that|its|their)\s+["']?(?:(?:official|formal|written)\s+)?communication["']?\s+(?:\w+\s+)?to\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?(?:Secretary[- ]General|depositary|Director[- ]General|General Secretariat)\b`,
    ),
    needW: true,
  },
  // "triggered Article 50": the withdrawal clause invoked is the notice (Article 50 TEU names its own treaty).
  {
    id: 'N7',
    g: ['article 50', 'clause'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:formally\s+|officially\s+)?(?<t>triggered|invoked|activated)\s+(?:(?:its|the)\s+)?(?:Article\s+50\b|(?:withdrawal|exit)\s+clause\b)`,
    ),
  },
  // "gave notice of its denunciation", "gave a one-year notice of their decision to quit", "gave formal notice to the
  // depositary of its intention to withdraw", "have given formal notice to Russia, ..., that the US is withdrawing",
  // "its formal notice to ECOWAS", "confirmed its own notification".
  {
    id: 'N8',
    g: ['notice'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?<t>gave|given|giving|gives|served)\s+(?:(?:a|an|its|their)\s+)?(?:(?:formal|written|official|final|[\p{L}\d]+-(?:year|month|day))\s+)*notice(?:\s+to\s+[^.;:]{1,70}?)?(?:\s+of\s+(?:its|their)\s+(?:(?:formal\s+)?(?:decision|intention|intent)\s+to\s+)?|,[^.;:]{0,60}?,\s+that\s+[^.;:]{1,60}?\b(?:is|are|was|were)\s+)(?:withdraw\w*|denunciation|denounce|exit|leav\w+|quit\w*|departure|pull(?:ing)?[- ]?out)\b`,
    ),
  },
  {
    id: 'N9',
    g: ['notice', 'notification'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:its|their)\s+(?:own\s+)?(?:formal\s+|official\s+|written\s+)?(?<t>notice|notification)\b(?=\s+to\s+(?:the\s+)?[\p{Lu}]|\s*[.;]|\s+of\s+(?:its\s+|their\s+)?(?:withdrawal|denunciation|exit))`,
    ),
    noRatif: true,
  },
  {
    id: 'N5',
    g: ['dated'],
    action: 'withdrawal_notified',
    re: r(String.raw`\b(?<t>notice|notification)\b[^.;]{0,80}?\bwas dated\b`),
  },
  // enacted (head of state signs the law)
  {
    id: 'E1',
    g: ['signed'],
    action: 'withdrawal_enacted',
    re: r(
      String.raw`\b(?<t>signed)\s+(?:a\s+|the\s+)?(?:federal\s+|corresponding\s+)?(?:withdrawal\s+|denunciation\s+)?(?:law|legislation|bill|act)\b(?!\s*,?\s*(?:(?:last|on|this|late|early) \w+(?: \w+)?,?\s*)?(?:revoking|suspending|ratifying|halting|on ratif))`,
    ),
  },
  {
    id: 'E2',
    g: ['into law', 'promulgated'],
    action: 'withdrawal_enacted',
    re: r(String.raw`\b(?<t>signed (?:it )?into law|promulgated)\b`),
    needW: true,
  },
  // "signed into law the termination of the agreement": ending a treaty by law.
  {
    id: 'E3',
    g: ['into law'],
    action: 'withdrawal_enacted',
    re: r(String.raw`\b(?<t>signed (?:it )?into law)\s+(?:the\s+)?(?:termination|denunciation)\b`),
  },
  // decreed (executive decree / order)
  {
    id: 'D1',
    g: ['decree', 'order', 'memorand'],
    action: 'withdrawal_decreed',
    re: r(
      String.raw`\b(?<t>signed|issued|published)\s+(?:${ON_DAY}\s+)?(?:an?\s+|the\s+|two\s+|several\s+)?(?!explanatory\b)(?:[\p{L}-]+\s+)?(?:decrees?|executive orders?|orders?|memorand(?:um|a))\b`,
    ),
  },
  {
    id: 'D2',
    g: ['decree', 'order', 'memorand'],
    action: 'withdrawal_decreed',
    re: r(
      String.raw`\b(?:presidential\s+)?(?<t>decree|executive orders?|(?<=(?:presidential|White House)\s+)memorandum)\b`,
    ),
    weak: true,
    needW: true,
  },
  // "is withdrawing its signature on President X's orders", "announced on the orders of the president": an act
  // carried out on the head of state's orders is his decree.
  {
    id: 'D4',
    g: ['orders'],
    action: 'withdrawal_decreed',
    re: r(String.raw`\bon\s+(?:the\s+|[^.;,]{0,40}?['’]s\s+)(?<t>orders)\b`),
    needW: true,
  },
  {
    id: 'D3',
    g: ['ordered'],
    action: 'withdrawal_decreed',
    re: r(
      String.raw`\b(?<t>ordered)\s+(?:the\s+(?:country|nation|United States|US|U\.S\.)|it|[\p{Lu}][\p{L}.]+)\s+(?:out of|to (?:leave|withdraw from|exit|quit))\b`,
    ),
  },
  // approved by a legislature
  {
    id: 'A1',
    g: [
      'voted',
      'approv',
      'backed',
      'endorsed',
      'supported',
      'passed',
      'adopted',
      'to back',
      'to endorse',
      'rubber',
      'okayed',
      'signed off',
      'cleared',
      'gave',
    ],
    action: 'withdrawal_approved',
    // "law" but not a name's "Law of the Sea" / "Law of Treaties".
    re: r(
      String.raw`\b(?<t>${APPROVE}|to (?:approve|back|endorse|pass|rubber-stamp))\b(?=[^.;]{0,90}?(?:${W}|\b(?:bill|motion|law(?!\s+of\b)|legislation|measure|it|the move|proposal|denunciation|the decision)\b))`,
    ),
    needLeg: true,
    noRatif: true,
  },
  // "A and B have approved withdrawal": an approval even with no word for parliament (a government's is mapped
  // to a proposal by the caller).
  {
    id: 'A9',
    g: ['approv', 'endorsed', 'backed'],
    action: 'withdrawal_approved',
    re: r(
      String.raw`\b(?:have|has|had)\s+(?:now\s+|already\s+|both\s+|formally\s+)?(?<t>approved|endorsed|backed)\s+(?:the\s+|their\s+|its\s+)?(?:countr(?:y|ies)'s?\s+)?(?:withdrawal|exit|denunciation)\b`,
    ),
  },
  // A tally: "the initiative to denounce T was supported by 81 out of 101 deputies" (the passive), "107 voted to
  // withdraw from the convention" (a count of members as the subject: the article's state acts, index.ts).
  {
    id: 'A10',
    g: ['ed by'],
    action: 'withdrawal_approved',
    re: r(
      String.raw`\b(?:initiative|bill|proposal|motion|resolution|draft(?: law)?)\s+to\s+(?:denounce|withdraw|leave|quit|exit|terminate)\b[^.;]{0,100}?\b(?:was|were|has been)\s+(?<t>supported|approved|backed|adopted|passed)\s+by\s+\d+(?:\s+(?:out\s+)?of\s+\d+)?\s+(?:deputies|MPs|lawmakers|members|votes)\b`,
    ),
  },
  {
    id: 'A11',
    g: ['voted'],
    action: 'withdrawal_approved',
    re: r(
      String.raw`(?:^|[,;]\s*)\d+\s+(?:(?:deputies|MPs|lawmakers|members)\s+)?(?<t>voted)\s+(?:for\s+|in\s+favou?r\s+of\s+)?(?:to\s+(?:withdraw|leave|quit|exit|denounce|terminate)|withdrawing|denouncing|the\s+(?:withdrawal|denunciation))\b`,
    ),
  },
  {
    id: 'A2',
    g: ['vote', 'ballot'],
    action: 'withdrawal_approved',
    re: r(String.raw`\b(?<t>vote|ballot)\s+(?:in|of|by)\s+(?:the\s+)?(?:[\p{L}]+\s+){0,2}?${LEG}`),
  },
  {
    id: 'A3',
    g: ['passed'],
    action: 'withdrawal_approved',
    re: r(
      String.raw`\b(?:bill|motion|law|legislation|measure|denunciation|resolution|decision)\b[^.;]{0,40}?\b(?<t>passed) (?:with|by) (?:\d+|[a-z]+-?[a-z]*) (?:votes?|deputies|lawmakers|MPs)\b`,
    ),
  },
  {
    id: 'A4',
    g: ['voted'],
    action: 'withdrawal_approved',
    re: r(String.raw`\b(?<t>voted) (?:itself|themselves|the country|[\p{L}]+) out\b`),
  },
  {
    id: 'A5',
    g: ['decision'],
    action: 'withdrawal_approved',
    re: r(String.raw`\b(?<t>took|made) (?:a|the) (?:similar |same |final )?decision\b`),
    needLeg: true,
  },
  {
    id: 'A6',
    g: ['ratified'],
    action: 'withdrawal_approved',
    re: r(
      String.raw`\b(?<t>ratified)\s+(?:the\s+|a\s+|its\s+)?(?:withdrawal|denunciation|exit|law on (?:withdrawal|denunciation))\b`,
    ),
    needLeg: true,
  },
  {
    id: 'A7',
    g: ['voted'],
    action: 'withdrawal_approved',
    re: r(String.raw`\b(?<t>voted)\b(?=\s+(?:on|in|at|last|this|earlier|late|early)\b)`),
    needLeg: true,
    needW: true,
    noRatif: true,
  },
  {
    id: 'A8',
    g: ['vote', 'ballot'],
    action: 'withdrawal_approved',
    re: r(
      String.raw`\b(?<t>completed|held|finished)\s+(?:its|their)\s+(?:own\s+)?(?:final\s+)?(?:vote|votes|ballot)\b`,
    ),
    needLeg: true,
  },
  {
    id: 'A8b',
    g: ['parliamentary vote'],
    action: 'withdrawal_approved',
    re: r(
      String.raw`\b(?<t>completed|held|finished)\s+(?:its|their)\s+(?:own\s+)?(?:final\s+)?parliamentary\s+votes?\b`,
    ),
  },
  // proposed / decided by a government
  {
    id: 'P11',
    g: ['similar', 'comparable', 'same'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:government|cabinet|ministry|council|ministers)(?:'s)?\s+(?:has\s+|had\s+)?(?<t>proposed|approved|adopted|took|taken|made|announced)\s+(?:a|the)\s+(?:similar|comparable|same)\s+(?:step|move|decision|proposal)\b`,
    ),
  },
  {
    id: 'P1',
    g: ['adopted', 'approved', 'endorsed'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?<t>adopted|approved|endorsed)\s+(?:a\s+|the\s+)?(?:draft\s+)?(?:joint\s+)?(?:resolution|bill|law|proposal|recommendation)\b`,
    ),
    needW: false,
  },
  {
    id: 'P2',
    g: ['recommended', 'proposed'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:jointly\s+)?(?<t>recommended|proposed)\s+(?:that\s+)?(?:their|the|its)\s+countr(?:y|ies)\s+(?:should\s+)?(?:leave|withdraw|quit|denounce|exit)\b`,
    ),
    joint: true,
  },
  {
    id: 'P3',
    g: ['requested', 'proposed', 'initiat', 'launch'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:formally\s+)?(?<t>requested|proposed|initiated|launched|initiating|launching)\s+(?:the\s+|a\s+|its\s+)?(?:formal\s+)?(?:denunciation|withdrawal|exit)\b`,
    ),
  },
  {
    id: 'P4',
    // Gated by its verbs (one is required), not by " to ", which nearly every sentence holds.
    g: ['sent', 'submit', 'tabled', 'referr', 'forwarded', 'introduced'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?<t>sent|submitted|tabled|referred|forwarded|introduced|referring|submitting)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:bill|proposal|motion|draft|resolution)\b[^.;]{0,40}?\bto\s+(?:the\s+)?(?:${LEG})`,
    ),
  },
  // "a draft law on leaving the pact was sent to parliament on Tuesday": the passive submission.
  {
    id: 'P4c',
    g: ['sent', 'submitted', 'tabled', 'forwarded', 'referred', 'introduced'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:bill|draft(?: law| bill)?|proposal|motion|legislation)\b[^.;]{0,80}?\b(?:was|were|has been|had been|is being|have been)\s+(?:formally\s+)?(?<t>sent|submitted|tabled|forwarded|referred|introduced)\s+(?:on\s+\w+\s+)?(?:to|in)\s+(?:the\s+)?(?:[\p{L}]+'s\s+)?${LEG}`,
    ),
    needW: true,
  },
  {
    id: 'P4b',
    g: ['tabled', 'submitted', 'introduced'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:proposal|bill|motion)\b[^.;]{0,20}?\b(?:has been|had been|was|were) (?<t>tabled|submitted|introduced)\b`,
    ),
    needW: true,
  },
  // "agreed that my decision to withdraw ...": a clause after "that" is what was agreed, not the subject's act.
  {
    id: 'P6',
    g: ['decided', 'agreed', 'resolved'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?<t>decided|agreed|resolved)\b(?:(?!that\b)[^.;,]){0,25}?\bto (?:\p{L}+ly )?(?:begin |start )?(?:preparing |prepare )?(?:the )?${W}`,
    ),
  },
  {
    id: 'P7',
    g: ['decision'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?<t>took|taken|made|adopted)\s+(?:a|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?decision\s+to\s+${W}`,
    ),
  },
  {
    id: 'P8',
    g: ['decision of'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?<t>decision) of the\s+(?:[\p{L}]+\s+){0,6}?(?:council|government|cabinet|committee)\b[^.;]{0,120}?\b(?:to\s+${W}|on\s+[^.;]{0,40}?\bwithdrawal)`,
    ),
  },
  {
    id: 'P9',
    // Gated by its participles (one is required), not by the auxiliaries, which nearly every sentence holds.
    g: ['withdrawing', 'leaving', 'quitting', 'pulling out', 'exiting', 'denouncing', 'ending'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:announced|announces|declared|said|says|stated|confirmed)\b[^.;]{0,80}?(?:\b(?:was|were|is|are)|'s|'re)\s+(?:formally\s+|immediately\s+|now\s+)?(?<t>withdrawing|leaving|quitting|pulling out|exiting|denouncing|ending${END_OBJ})\b`,
    ),
    weak: true,
    modalOk: true,
  },
  {
    id: 'P9b',
    g: ['would', 'will'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:announced|announces|declared)\b[^.;]{0,80}?\b(?:would|will)\s+(?:formally\s+|immediately\s+)?(?<t>withdraw|leave|quit|pull out|exit|denounce|terminate|end${END_OBJ})\b`,
    ),
    weak: true,
    modalOk: true,
  },
  // "Canada said on Monday that it would withdraw from the protocol", "Japan confirmed that it will quit
  // the commission": a government's own statement of its departure is the announcement (a pundit's
  // "X will leave" has no "it").
  {
    id: 'P9e',
    g: ['would', 'will'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:said|says|confirmed|confirms|stated|announced|announces)\b(?:\s+(?:on\s+)?[\p{L}]+day|\s+(?:in|this|last)(?:\s+(?:early|late|mid-?))?\s+(?:\d{4}|[\p{Lu}][\p{L}]+|month|year|week))?\s+(?:that\s+)?(?:it|they|the country|the government|${NAMED})\s+(?:would|will)\s+(?:formally\s+|officially\s+|fully\s+)?(?<t>withdraw|leave|quit|pull out|exit|denounce|terminate|end${END_OBJ})\b(?:\s+(?:from|of))?`,
    ),
    objTreaty: true,
    weak: true,
    modalOk: true,
  },
  // "announced plans to withdraw from the court", "announced on Monday that it is planning to withdraw", "announced
  // intentions to withdraw from it", "withdrew ..., after X announced his plans to do so" (after a withdrawal verb).
  {
    id: 'P9f',
    g: ['plan', 'intention'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:announced|announces|declared)\s+(?:(?:on\s+)?[\p{L}]+day\s+|for\s+the\s+first\s+time\s+)?(?:that\s+it\s+(?:(?:is|was)\s+planning|plans)|(?:(?:its|their|his|her|the)\s+)?(?:plans?|intentions?))\s+to\s+(?:formally\s+)?(?<t>withdraw|leave|quit|pull out|exit|abandon|denounce|terminate|end${END_OBJ}|(?<=\b(?:withdr\w+|quit|exit\w*|left|leav\w+|pull\w*\s+out)\b[^.;]{1,160})do\s+so)\b(?:\s+(?:from|of))?`,
    ),
    objTreaty: true,
    weak: true,
    modalOk: true,
  },
  // "Canada's decision to withdraw from the protocol": the possessor's decision, named as a noun. A reaction to it
  // ("condemned President Daniel Ortega's decision", "denounces the Venezuelan government's decision": within a few
  // words of the verb) is the reacting state's only.
  {
    id: 'P15',
    g: ['decision'],
    action: 'withdrawal_proposed',
    re: r(
      // (The look-ahead, implied by the match, first: the look-behind is read only before "X's decision".)
      String.raw`\b(?=[\p{Lu}][\p{L}.]*'s\s+decision)(?<!\b(?:revers\w*|rescind\w*|revok\w*|reconsider\w*|cancel\w*|overturn\w*|retract\w*|against|condemn\w*|critici[sz]\w*|denounc\w*|deplor\w*|regrett?\w*)\s+(?:[\p{L}.]+\s+){0,5})(?:[\p{Lu}][\p{L}.]*'s)\s+(?<t>decision)\s+to\s+(?:formally\s+)?(?:withdraw|leave|quit|exit|pull out)\b(?:\s+(?:from|of))?`,
    ),
    objTreaty: true,
    weak: true,
    modalOk: true,
  },
  {
    id: 'P9c',
    g: ['announced', 'declared'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:will|would|is|are)\s+(?:formally\s+|now\s+)?(?<t>withdraw|leave|quit|pull out|exit|withdrawing|leaving|quitting|pulling out)\b[^.;]{0,120}?,\s+(?:[^.;,]{0,60}?\s)?(?:announced|declared)\b`,
    ),
    weak: true,
    modalOk: true,
  },
  {
    id: 'P9d',
    g: ['said'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:will|is|are)\s+(?:formally\s+|now\s+)?(?<t>withdraw|leave|quit|pull out|exit|withdrawing|leaving|quitting|pulling out)\b[^.;]{0,120}?,\s+[^.;]{0,80}?\b(?:minister|spokes(?:man|woman|person)|chief of staff|government|president|prime minister|presidency|cabinet|ministry)\b[^.;]{0,50}?\bsaid\b`,
    ),
    weak: true,
    modalOk: true,
  },
  // "the withdrawal announcement of 3 April", "Hungary's exit decision on Thursday".
  {
    id: 'P12',
    g: ['announcement', 'declaration'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:withdrawal|exit|departure|denunciation)\s+(?<t>announcement|declaration)\b(?=\s+(?:of|on|in|last|this)\b)`,
    ),
  },
  // "announced his decision to withdraw the US from", "explained the decision to leave the treaty": a leader's
  // possessive and a report of the decision taken are the government's decision as well.
  {
    id: 'P10',
    g: ['announced', 'declared', 'explained', 'defended'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?<t>announced|declared|(?:explained|defended)(?=\s+(?:the|its|their|his|her)\s+decision\s+to\s+(?:formally\s+)?(?:withdraw|leave|quit|exit|pull\s+out|denounce)\b))\s+(?:the|its|their|his|her|a)\s+(?:[\p{L}-]+(?:'s)?\s+)?(?:decision|withdrawal|exit)\b`,
    ),
  },
  // joined
  {
    id: 'J0',
    g: ['did not'],
    action: 'joined',
    re: r(String.raw`\b(?<t>did not (?:ratify|join|accede to))\b[^.;]{0,50}?\buntil\b`),
    noScope: true,
  },
  {
    id: 'J1',
    g: ['ratified', 'acceded', 'accedes', 'rejoin', 're-join', 're-enter', 're-acced'],
    action: 'joined',
    re: r(String.raw`\b(?<t>ratified|acceded|accedes|rejoined|rejoins|re-joined|re-entered|re-acceded)\b`),
    objTreaty: true,
  },
  {
    id: 'J2',
    g: ['became', 'becomes', 'become'],
    action: 'joined',
    // Any tense of "become"; an ordinal needs no article ("became 162nd member"); "its" is the treaty named before.
    // Several states at once, or the legal style, need none either ("have become parties to", "became party to").
    re: r(
      String.raw`\b(?<t>became|becomes|(?:has|have|had)\s+(?:now\s+|officially\s+|formally\s+)?become)\s+(?:(?:officially|formally)\s+)?(?:(?:(?:a|an|the|its|their)\s+(?:\d+(?:st|nd|rd|th)\s+)?|\d+(?:st|nd|rd|th)\s+)(?:full\s+|new\s+|latest\s+|newest\s+)?(?:state\s+)?(?:party|member|ratifier)|(?:(?:full\s+|new\s+|the\s+latest\s+|the\s+newest\s+)?(?:states?\s+)?(?:parties|members))(?=\s+(?:to|of|in)\s)|(?:state\s+)?party(?=\s+to\s))\b(?!\s+to\s+the\s+conflict)(?![^.;]{0,60}?\bto\s+(?:ratify|accede|join)\b)`,
    ),
  },
  {
    id: 'J3',
    g: ['since'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>has been|have been|had been|an?|as an?|is an?|was an?)\s+(?:(?:full|official|founding|active|permanent)\s+)?(?:[A-Z]{2,}\s+)?(?:state\s+)?(?:party|member)\b(?:\s+(?:to|of)\s+[^.;]{0,60}?)?\s+since\b`,
    ),
  },
  // "renewed its membership in 2007": a return is joining.
  {
    id: 'J17',
    g: ['membership'],
    action: 'joined',
    re: r(String.raw`\b(?<t>renewed|resumed|restored|reactivated|regained)\s+(?:its|their)\s+(?:full\s+)?membership\b`),
  },
  {
    id: 'J5b',
    g: ['to ratify', 'to accede', 'to join'],
    action: 'joined',
    re: r(String.raw`${NTH_ASIDE}to\s+(?:ratify|accede|join)\b`),
    older: true,
    ownDate: true,
  },
  { id: 'J4', g: ['signed up'], action: 'joined', re: r(String.raw`\b(?<t>signed up)\b`) },
  // "B quickly followed as the 101st ratifier": a tally's next entry, its own act.
  {
    id: 'J5d',
    g: ['followed as'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>followed)\s+as\s+(?:the|its)\s+${ORDINAL}\s+(?:ratifier|(?:contracting\s+|state\s+)?party|member\s+state)\b`,
    ),
  },
  {
    id: 'J5',
    g: ['ratify', 'accede', 'join', 'sign up', 'to become', 'approve'],
    action: 'joined',
    re: r(
      String.raw`${NTH_ACTOR}to\s+(?:\p{L}+ly\s+)?(?:ratify|accede|join|approve|sign up|become\s+(?:a\s+)?(?:state\s+)?party)\b`,
    ),
  },
  // "making it the 110th state party", "making Chile one of the first countries to join": a result clause's object
  // is the state that joined (a named one acts itself; "it" and "the country" are the clause's subject). Not after
  // a modal ("will deposit ..., making it"), nor a count of signatories.
  // "A is now officially a member of T", "is officially the 30th NATO member-state": the news of a completed joining.
  {
    id: 'J2o',
    g: ['officially', 'formally'],
    action: 'joined',
    re: r(String.raw`\b(?:is|are)\s+(?:now\s+)?(?<t>officially|formally)\s+(?:an?|the)\s+${NTH_ORG}`, 'gu'),
  },
  // "welcomed Finland as the 31st member", "welcome Bhutan to the family as its 161st Contracting Party": the state
  // welcomed joined (a plan, "will/hopes to welcome", is not: the modals are read in the look-behind).
  {
    id: 'J5w',
    g: ['welcom'],
    action: 'joined',
    re: r(
      String.raw`\b(?=welcom)(?<!\b(?:will|would|could|shall|forward|hopes?)\s[^.;]*)(?<t>welcom(?:e|ed|es|ing))\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,3}\s+(?:(?:to|into)\s+[^.;,]{1,40}?\s+)?as\s+(?:its|the|their)\s+(?:\d+(?:st|nd|rd|th)|first|new(?:est)?)\s+(?:[\p{L}-]+\s+)?(?:[Mm]ember|[Pp]arty|[Ss]tate|[Aa]lly)\b`,
      'gu',
    ),
    byAgent: true,
    modalOk: true,
  },
  // "the depositary received A's instrument of accession": the possessor joined, whoever received it.
  {
    id: 'J9r',
    g: ['received'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>received)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+(?:of\s+)?){0,4}?\p{Lu}[\p{L}.-]*['’]s?\s+instruments?\s+of\s+(?:ratification|accession|acceptance|approval)\b`,
      'gu',
    ),
    byAgent: true,
  },
  { id: 'J6', g: ['belong'], action: 'joined', re: r(String.raw`\b(?<t>belong(?:ed|s)?)\b[^.;]{0,30}?\bsince\b`) },
  {
    id: 'J7',
    g: ['returned', 'brought'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>returned|brought)\s+(?:the\s+(?:country|United States|US|U\.S\.)|it|[\p{Lu}][\p{L}.]+)\s+(?:back\s+)?(?:to|into|in)\b(?:\s+the\s+${TREATYWORD}|\b(?!\s+\w))`,
    ),
  },
  {
    id: 'J14',
    g: ['completed'],
    action: 'joined',
    re: r(String.raw`\b(?<t>completed)\s+(?:its|their|the)\s+(?:signature\s+and\s+)?(?:ratification|accession)\b`),
  },
  // "its signature and ratification in February": both steps, as nouns (not "awaiting its signature and ratification").
  {
    id: 'S5',
    g: ['signature and ratification'],
    action: 'signed',
    re: r(
      String.raw`(?<!\b(?:await\w*|pending|ahead of|before|for|urg\w+|call\w* for|seek\w*|completed)\s+)\b(?:its|their|[\p{L}]+'s)\s+(?<t>signature)\s+and\s+ratification\b`,
    ),
  },
  {
    id: 'J16',
    g: ['signature and ratification'],
    action: 'joined',
    re: r(
      String.raw`(?<!\b(?:await\w*|pending|ahead of|before|for|urg\w+|call\w* for|seek\w*|completed)\s+)\b(?:its|their|[\p{L}]+'s)\s+signature\s+and\s+(?<t>ratification)\b`,
    ),
  },
  {
    id: 'S4',
    g: ['signature'],
    action: 'signed',
    re: r(String.raw`\b(?<t>completed)\s+(?:its|their|the)\s+signature\b`),
  },
  {
    id: 'J7b',
    g: ['returned to', 'came back to'],
    action: 'joined',
    re: r(String.raw`\b(?<t>returned|came back)\s+to\b`),
    objTreaty: true,
  },
  // "is officially back in the Paris Agreement": a return is joining, not leaving.
  {
    id: 'J7c',
    g: ['back in', 'back into'],
    action: 'joined',
    re: r(String.raw`\b(?:is|are|was|were)\s+(?:now\s+|officially\s+|formally\s+)?(?<t>back)\s+(?:in|into)\b`),
    objTreaty: true,
  },
  // "Later, Finland joined them": people or states are joined, not the treaty.
  {
    id: 'J8',
    g: ['joined'],
    action: 'joined',
    re: r(String.raw`\b(?<t>joined)\b(?!\s+(?:them|us|him|her|forces)\b)`),
    objTreaty: true,
  },
  // "submitted the papers for formal accession to the convention", "delivered documents to the UN on Friday, joining
  // the Rome Statute", "filed the necessary documents with the UN to formally join": papers for joining are a deposit
  // (N2 reads the same verbs with papers as a withdrawal notice only where no joining is said).
  {
    id: 'J9e',
    g: ['papers', 'documents'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>submitted|deposited|delivered|filed|handed(?:\s+over)?|presented|lodged)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:papers|documents)\b(?=[^.;]{0,80}?(?:\b(?:accession|ratification|joining|acceding)\b|\bto\s+(?:formally\s+)?(?:join|accede\s+to|ratify)\b))`,
    ),
  },
  {
    id: 'J9',
    g: ['instrument'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>instruments? of (?:ratification|accession|acceptance|approval))\b[^.;]{0,60}?\b(?:deposited|lodged|presented|submitted|handed|received)\b`,
    ),
  },
  {
    id: 'J11',
    g: ['ratif'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>${APPROVE}|agreed)(?:\s+[^.;,]{0,30}?)?\s+(?:to\s+ratify|(?<!\b(?:revok\w*|withdraw\w*|rescind\w*|annul\w*|cancel\w*)\s+)(?:for\s+)?(?:the\s+)?ratification|(?:a\s+|the\s+)?(?:bill|law)\s+(?:on\s+(?:the\s+)?ratification|ratifying))\b`,
    ),
    needLeg: true,
  },
  // "Chile's congress voted to approve the CPTPP", "parliament approved the treaty": a legislature approving the
  // instrument itself is its ratification vote (a withdrawal word anywhere in the sentence leaves it to the A cues).
  {
    id: 'J19',
    g: ['approve', 'voted'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>voted\s+(?:unanimously\s+|overwhelmingly\s+)?(?:to\s+(?:approve|endorse)|for|in\s+favou?r\s+of)|approved)\s+(?=(?:the|its|their)\s)`,
    ),
    needLeg: true,
    objTreaty: true,
    noW: true,
  },
  {
    id: 'J12',
    g: ['ratif'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>signed)\s+(?:the\s+|a\s+)?(?:law|bill|act|decree)\s+(?:on\s+(?:the\s+)?ratification|ratifying)\b`,
    ),
  },
  // "deposited its instrument for the Convention": an instrument of no stated kind, for a treaty, in a sentence that
  // says nothing of leaving, is a deposit for joining (an instrument of withdrawal is "of withdrawal from").
  {
    id: 'J9f',
    g: ['instrument'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>deposited|lodged|submitted|handed(?: over)?|depositing|lodging|submitting)\s+(?:its|their|the|[\p{L}]+'s)\s+instruments?\s+for\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:[\p{Lu}]|${TREATYWORD})`,
    ),
    noW: true,
  },
  {
    id: 'J9b',
    g: ['instrument', 'letter', 'proof of', 'declaration of'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>deposited|lodged|submitted|handed(?: over)?|presented|transmitted|depositing|lodging|submitting|handing(?: over)?|presenting)\s+(?:(?:its|their|the|an?|[\p{L}]+'s)\s+)?["']?(?:instruments?|letters?|proof|declarations?)\s+of\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:ratification|accession|acceptance|approval)\b`,
    ),
  },
  // "announced the deposit of its instrument of accession to ...": the deposit as a noun ("the signing and deposit of"
  // adds the signature, on the same day: see index.ts). Someone who welcomes a deposit did not make it, and "after the
  // deposit of" states a rule or an earlier step.
  {
    id: 'J18',
    g: ['deposit of'],
    action: 'joined',
    re: r(
      String.raw`(?<!\b(?:welcom\w*|congratulat\w*|hail\w*|prais\w*|applaud\w*|noted|after|before|upon|following|since|awaiting|pending)\s+(?:the\s+)?)\b(?<t>deposit)\s+of\s+(?:its|their|the|[\p{L}]+'s)\s+(?:instruments?|letters?)\s+of\s+(?:ratification|accession|acceptance|approval)\b`,
    ),
  },
  // "handed over to the Secretary-General the instrument of accession", "depositing its ratification instrument"
  // (or "their ratification documents"),
  // "Poland deposited its own on 30 September": the deposit with the recipient first, a compound noun, an ellipsis.
  {
    id: 'J9c',
    g: ['instrument', 'ratification document', 'accession document', 'acceptance document'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>deposited|lodged|submitted|handed(?: over)?|presented|depositing|lodging|submitting|handing(?: over)?|presenting)\s+(?:(?:to\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,8}?(?:its|their|the|[\p{L}]+'s)\s+instruments?\s+of\s+(?:ratification|accession|acceptance|approval)|(?:its|their)\s+(?:ratification|accession|acceptance)\s+(?:instruments?|documents?))\b`,
    ),
  },
  // The lookahead before the lookbehind: tried at every position, the lookbehind alone cost ~1.5 ms a sentence.
  {
    id: 'J9d',
    g: ['instrument'],
    action: 'joined',
    re: r(
      String.raw`\b(?=(?:deposited|lodged|submitted)\s)(?<=\binstruments?\s+of\s+(?:ratification|accession|acceptance|approval)\b[^.;]{0,200}?)(?<t>deposited|lodged|submitted)\s+(?:its|their)\s+own\b`,
    ),
  },
  {
    id: 'J13',
    g: ['founding'],
    action: 'joined',
    re: r(String.raw`\b(?<t>was|is|became)\s+(?:a|one of the)\s+founding\s+(?:member|party|parties|members|state)\b`),
  },
  {
    id: 'J10',
    // Every match holds one of these (each also holds an old stem: 'for' let 1 sentence in 5 through, for nothing).
    g: ['entered into force', 'took effect', 'became effective'],
    action: 'joined',
    re: r(
      String.raw`\b(?:(?<t>entered into force|took effect|became effective) for\b|(?:accession|ratification|membership)\b${GAP}{0,60}?\b(?:entered into force|took effect|became effective))`,
    ),
  },
  // "Latvia and Lithuania followed suit the same day": the last claim's action (the caller sets it).
  {
    id: 'FS',
    g: ['followed suit', 'did the same', 'did likewise', 'did so'],
    action: 'withdrawal_proposed',
    re: r(String.raw`\b(?<t>followed suit|did (?:the same|likewise|so))\b`),
    follow: true,
  },
  // signed
  {
    id: 'S2',
    g: ['to sign'],
    action: 'signed',
    re: r(String.raw`${NTH_HEAD}(?:${NTH_NOUN}|\s+(?:ever\s+)?)to\s+sign\b(?!\s+up\b)`),
  },
  // A signature stated with a noun: "are among the newest signatories to", "joined as a signatory", "gave their
  // signatures to" ("became the 197th signatory" often means a party, so it is not read here).
  {
    id: 'S6',
    g: ['signator', 'signature'],
    action: 'signed',
    re: r(
      String.raw`\b(?<t>joined\s+as\s+an?\s+(?:[\p{L}-]+\s+)?signatory|(?:gave|added|put)\s+(?:their|its)\s+signatures?\s+to|(?:are|were|is|was)\s+(?:now\s+)?among\s+the\s+(?:newest|latest|new|most recent|recent|first)\s+signatories)\b`,
    ),
  },
  {
    id: 'S3',
    g: ['signing'],
    action: 'signed',
    re: r(String.raw`\b(?:after|since)\s+(?<t>signing)\b`),
    objTreaty: true,
    older: true,
  },
  // "signed the treaty into law": a ratification by the head of state (joining), not a signature or a withdrawal law.
  {
    id: 'J15',
    g: ['into law'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>signed)\s+(?!(?:the\s+|a\s+)?(?:withdrawal|denunciation|exit|bill|law|legislation|act)\b)(?:the\s+|a\s+)?(?:[\p{L}'-]+\s+){0,5}?(?:treaty|convention|agreement|accord|pact|statute|protocol|ratification(?:\s+bill)?)\s+into\s+law\b`,
    ),
  },
  {
    id: 'S1',
    g: ['signed'],
    action: 'signed',
    re: r(
      String.raw`${NOT_INSTRUMENT_SIGNING}(?![^.;]{0,80}?\binto (?:law|force)\b)(?!\s+(?:up|off|on(?!\s+behalf\s+of\b)${NOT_DAY}|into|an?\s+(?:open\s+|joint\s+)?(?:letter|statement|communiqu)|the\s+(?:open\s+)?letter))`,
    ),
    objTreaty: true,
  },
  {
    // A photo caption in the present: "A and B sign the Treaty at the Castle on April 8, 2010"; only with a full date
    // after the object (a plain present is a plan).
    id: 'S1c',
    g: ['sign'],
    action: 'signed',
    re: r(
      String.raw`(?<!\b(?:to|will|would|could|may|not|that|which|if)\s)\b(?<t>signs?)(?=\s+(?:an?|the)\s(?:[^.;]|\.(?!\s+\p{Lu}|$)){0,160}?\b\d\d?(?:,|\s+\p{Lu}\p{Ll}+)?\s+(?:19|20)\d\d\b)`,
    ),
    objTreaty: true,
  },
  ...DECISION_CUES,
  ...NOTICE_CUES,
  ...NOMINAL_CUES,
  ...JOINING_OBJECT_CUES,
  ...INSTRUMENT_CUES,
  ...GERUND_CUES,
  ...ADMISSION_CUES,
  ...TRANSITIVE_EXIT_CUES,
  ...DEROGATION_CUES,
];

const NEG =
  /\b(?:who else|which others?|what other|not|never|no|none|neither|nor|without|yet to|failed to|refused to|declined to|rather than|instead of|denied|denies|deny)\b|n't\b/i;
const MODAL =
  /\b(?:will|would|could|can|may|might|must|shall|should|intends?|intended|plans?|planned|planning|expected|expects|likely|wants?|wanted|seeks?|sought|hopes?|threaten(?:s|ed)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed)? on|asked|if|unless|whether|once|as soon as|due(?! process)|set to|is set|are set|about to|poised|ready to|prepared to|promised|vowed|pledged|after which|possible|potential|(?:has|have|needs?) to)\b/i;

/** True when the cue at `trigger` sits in a negated, modal, conditional or intentional scope. */
export function inIrrealisScope(sentence: string, trigger: number, def: CueDef): boolean {
  if (def.noScope) return false;
  // A capitalised "May" inside the sentence ("on 4 May", "Theresa May") is the month or a name: the modal is
  // lowercase there. The same length keeps the offsets.
  const before = sentence.slice(0, trigger).replace(/(?<=\S[\s,]*)\bMay\b/g, 'Mxy');
  let win = before.slice(Math.max(0, trigger - 60));
  const cut = Math.max(
    win.lastIndexOf(';'),
    win.lastIndexOf(':'),
    win.lastIndexOf('—'),
    win.lastIndexOf(' – '),
    win.lastIndexOf('“'),
    win.search(/,\s+(?:and|but|while|which|who|whose|after)\s+[^,]*$/),
  );
  if (cut >= 0) win = win.slice(cut + 1);
  // "Protocols No. 1 and No. 2": the abbreviation of a number is no negation.
  const words = win
    .trim()
    .split(/\s+/)
    .slice(-6)
    .join(' ')
    .replace(/\bNo\.(?=\s*\d)/g, '#.');
  if (NEG.test(words) || /\b(?:none|neither) of\b[^,;]*$/i.test(win)) return true;
  // "dismissed reports that A is leaving", "those who claim that A is leaving are mistaken": a denied claim.
  if (CLAIMED.test(before) && DENIED.test(sentence)) return true;
  // "will enter into force 90 days after it is signed by the president": a passive present inside a future's time
  // clause is a condition, not an act.
  if (FUTURE_WHEN.test(before)) return true;
  if (!def.modalOk && (MODAL.test(words) || /\bto\s+(?:[\p{L}]+ly\s+)?$/iu.test(win))) return true;
  // A negated auxiliary before a parenthesis, beyond the window: read the sentence's structure.
  if (NEG_FAR.test(sentence.slice(0, trigger)) && negatedAcross(sentence, trigger)) return true;
  return false;
}
const CLAIMED = /\b(?:reports?|claims?|rumou?rs?|who (?:\w+ )?(?:assert|claim|say)s?) that\b[^.;]*$/i;
const DENIED = /\b(?:den(?:y|ies|ied)|dismiss|reject|refut|false|untrue|wrong|mistaken|baseless|unfounded)/i;
const FUTURE_WHEN = /\bwill\b[^.;]*\b(?:after|once|when|until)\b[^.;]*\b(?:is|are|been) $/;
const NEG_FAR = /(?:\b(?:not|never)\b|n't\b)\s*,[^.;]*$/i; // a negator, then a parenthesis before the verb

const STEMS = [...new Set(CUES.flatMap((c) => c.g))];
// One scan for every stem in a sentence instead of one `includes` per stem (150 of them): the combined pattern finds
// each position where some stem starts, and the stems with that first letter are compared there.
const STEM_AT = new RegExp(STEMS.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const STEMS_BY_FIRST = new Map<string, string[]>();
for (const x of STEMS) STEMS_BY_FIRST.set(x[0], [...(STEMS_BY_FIRST.get(x[0]) ?? []), x]);
const CUES_BY_STEM = new Map<string, number[]>(
  STEMS.map((x) => [x, CUES.flatMap((c, k) => (c.g.includes(x) ? [k] : []))]),
);
const gated = new Float64Array(CUES.length); // the stamp of the last call whose gate let each cue through
let gateStamp = 0;
function stemsIn(lower: string): Set<string> {
  const present = new Set<string>();
  STEM_AT.lastIndex = 0;
  for (let m = STEM_AT.exec(lower); m; m = STEM_AT.exec(lower)) {
    for (const x of STEMS_BY_FIRST.get(lower[m.index])!) if (lower.startsWith(x, m.index)) present.add(x);
    STEM_AT.lastIndex = m.index + 1; // stems overlap ("ratif", "ratification"; "signed", "signed up")
  }
  return present;
}
const LEG_GATE = new RegExp(`\\b${LEG}\\b`, 'i');

// With the i and u flags together, V8 reads every \b through a slow path (~10 µs per pattern and sentence, against
// under 1 µs without u). On a sentence of ASCII characters only, the same pattern without u matches exactly alike
// (code units are code points; case folding and word characters agree on ASCII), with \p{L} and \p{Lu} spelt as
// their ASCII letters. Most sentences are ASCII, so they are read with such a twin of each cue's pattern.
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const twins = new Map<RegExp, RegExp | null>();
function asciiTwin(re: RegExp): RegExp | null {
  return twinWithoutU(twins, re, asciiSource);
}
/** The pattern for ASCII input without the u flag, or null when it uses a construct that has no such spelling. */
const asciiSource = (src: string): string | null =>
  spellWithoutU(src, {
    L: 'A-Za-z',
    Lu: 'A-Z',
    noTwin: /^\\(?:[pP]|u\{)/,
    readsEscapes: false,
    // A literal outside ASCII is kept only when no ASCII character matches it under either reading.
    keeps: (code) => asciiFree(String.fromCharCode(code)),
  });
function asciiFree(c: string): boolean {
  const u = new RegExp(`[${c}]`, 'iu');
  const plain = new RegExp(`[${c}]`, 'i');
  for (let x = 0; x < 128; x++) if (u.test(String.fromCharCode(x)) || plain.test(String.fromCharCode(x))) return false;
  return true;
}

// Each cue's ASCII twin by its index (null: none), looked up without a map per cue and sentence.
const asciiRes: (RegExp | null)[] = [];
export function findCues(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  // The cues whose gate holds: each stem present marks the cues that list it (with this call's stamp: no array is
  // allocated or cleared per sentence). No stem at all: no cue can match.
  const present = stemsIn(sentence.toLowerCase());
  if (!present.size) return hits;
  const stamp = ++gateStamp;
  for (const x of present) for (const k of CUES_BY_STEM.get(x)!) gated[k] = stamp;
  const ascii = ASCII_ONLY.test(sentence);
  const bmp = !ascii && bmpSafe(sentence); // an em dash or an accented name: the BMP twins (bmp-twins.ts)
  let leg: boolean | undefined;
  for (let k = 0; k < CUES.length; k++) {
    const def = CUES[k];
    if (gated[k] !== stamp) continue;
    if (def.needLeg && !(leg ??= LEG_GATE.test(sentence))) continue;
    // An exec loop on the pattern itself: matchAll would copy the pattern for every sentence.
    const re = (ascii ? (asciiRes[k] ??= asciiTwin(def.re)) : bmp ? bmpTwin(def.re) : null) || def.re;
    if (!re.global) throw new TypeError(`cue ${def.id}: its pattern needs the g flag`); // (an exec loop would not end)
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const t = m.groups?.t;
      const trigger = t ? m.index + m[0].indexOf(t) : m.index;
      hits.push({ def, start: m.index, end: m.index + m[0].length, trigger });
      if (!m[0]) re.lastIndex = m.index + (re.unicode && sentence.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  return hits.sort((a, b) => a.trigger - b.trigger);
}
