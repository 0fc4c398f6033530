// What a headline or a lead says the news is: the acts a headline names, and acts of many states at once.
import type { Action } from '../model';

// Headline forms (present tense, nouns) that name the news of the article.
const TITLE_HINTS: [Action, RegExp][] = [
  [
    'withdrawal_notified',
    /\b(?:notice|notif\w*|lodges?|files?|hands?|deposits?|informs?|transmits?|sends?\b[^:]{0,30}\bletter|triggers?|invokes?)\b/i,
  ],
  [
    'withdrawal_approved',
    /\b(?:votes?|voted|approves?|backs?|endorses?|parliament|lawmakers|lower house|sejm|seimas|saeima|riigikogu|assembly)\b/i,
  ],
  ['withdrawal_decreed', /\b(?:decree|orders?|ordered|directs?|memorandum)\b/i],
  ['withdrawal_enacted', /\bsigns? (?:the )?(?:withdrawal )?law\b/i],
  [
    'withdrawal_effective',
    /\b(?:is out|completes? (?:its )?exit|loses|takes effect|effective|leaves|formally left|(?:formally|officially) (?:withdraws|exits|quits|leaves|pulls out)|ha(?:s|ve) (?:now )?(?:officially |formally )?(?:withdrawn|left|quit|exited)|withdrew|ceases? to be)\b/i,
  ],
  // Headlines put an announced departure in the present or the infinitive ("Gambia to withdraw", "Canada pulls out").
  [
    'withdrawal_proposed',
    /\b(?:announces?|plans? to|decides?|proposes?|turns its back|quits|to (?:withdraw|quit|leave|exit|pull out)|withdraws?|exits|pulls? out|is (?:leaving|quitting|withdrawing))\b/i,
  ],
  ['ratification_revoked', /\brevok\w* [\w-]* ?ratification|de-?ratif/i],
  // "Turkey to suspend ..." is an intention (rule 9): only a suspension stated as done names the news.
  ['suspended', /(?<!\bto (?:\w+ly )?)\b(?:suspends|suspended|suspension|freezes|froze|frozen)\b/i],
  [
    'joined',
    /\b(?:joins?|rejoins?|ratif(?:ies|y|ied)|ratifications?(?! (?:debate|vote|bill)s?\b)|accedes?|accession|assent|adhesion|admission|admitted|returns? to|becomes? (?:the )?(?:a |an )?(?:[\p{L}-]+'s? )?(?:\d+\w* |first |newest |latest )?(?:full(?:-fledged)? |allied )?(?:state |country |nation )?(?:party|member|ally|nation)|(?:becomes?|is) (?:the )?first (?:country|state|nation) to (?:ratify|join|accede))\b/iu,
  ],
  // "EU, US and UK sign first AI treaty", "Canada, Japan ink ...": a signature, not a signed decree, law or letter.
  [
    'signed',
    /\b(?:signs?|inks?)\b(?!\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:decree|law|bill|order|requests?|letter|memorandum)s?\b)/iu,
  ],
];
export function titleActions(title: string | undefined): Set<Action> {
  const s = new Set<Action>();
  if (title) for (const [a, re] of TITLE_HINTS) if (re.test(title)) s.add(a);
  return s;
}

// Acts of a number of states, unnamed, in a headline or a lead: "72 states ratify the convention", "Multiple states
// are signing and ratifying the treaty this week", "the signing of the convention by 72 Member States", "the
// high-level signing ceremony". A negation or a modal between the states and the verb stops the match.
const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|dozens of|a number of)`;
// "twelve Pacific Rim countries", "five Nordic states": a region's name may stand between the count and the noun.
const MANY_STATES = String.raw`${COUNT}\s+(?:(?:new|more|other|further|additional)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:member\s+)?(?:states|countries|nations|governments)`;
// "All twelve countries on 4 February 2016 signed": the day may stand between the subject and the verb.
const COLLECTIVE_VERB = new RegExp(
  String.raw`\b${MANY_STATES}\b(?:\s+on\s+\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?|\s+on\s+\p{Lu}\p{Ll}+\s+\d{1,2}(?:,?\s+\d{4})?)?(?:\s+(?:have|had|are|were|also|formally|officially|now|just))*\s+(?<v>sign|ink|ratif|acced|join|deposit)\w*(?<more>(?:\s+(?:and|or)\s+(?:sign|ratif|acced|join)\w*)?)`,
  'iu',
);
const COLLECTIVE_NOUN = new RegExp(
  String.raw`\b(?<v>sign|ratif|access)(?:ing|ature|ation|ion)s?\s+(?:ceremony|event|of\s+[^.;]{0,120}?\bby\s+${MANY_STATES})`,
  'iu',
);
// "if six of the 11 countries ratify it": a condition, not an act.
const CONDITION = /\b(?:if|unless|once|until|when|before)\b[^,;.]*$/i;
const stemAction = (v: string): Action => (/^(?:sign|ink)/i.test(v) ? 'signed' : 'joined');
// Speed (V8 reads \b under the i and u flags through a slow path): an ASCII text with neither pattern's words cannot
// match, and is passed over (the flags agree on ASCII; a text with other characters is read as before).
const MAY_MATCH = /states|countries|nations|governments|(?:sign|ratif|access)(?:ing|ature|ation|ion)/i;
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
/** The treaties of a text are asked for only when it reports such an act (most leads do not). */
export function collectiveActs(lead: { text: string; treaties: () => string[] }[]): Map<Action, Set<string>> {
  const out = new Map<Action, Set<string>>();
  for (const { text, treaties: treatiesOf } of lead) {
    if (!MAY_MATCH.test(text) && ASCII_ONLY.test(text)) continue;
    for (const re of [COLLECTIVE_VERB, COLLECTIVE_NOUN]) {
      const m = re.exec(text);
      if (!m?.groups || CONDITION.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const treaties = treatiesOf();
      const acts = [m.groups.v, ...(m.groups.more ? [m.groups.more.replace(/^\s+(?:and|or)\s+/i, '')] : [])];
      for (const v of acts) {
        const set = out.get(stemAction(v)) ?? new Set<string>();
        for (const t of treaties) set.add(t);
        out.set(stemAction(v), set);
      }
    }
  }
  return out;
}
