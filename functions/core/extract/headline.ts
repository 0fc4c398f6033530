// Claims stated only in the headline. Headlines put the news in the present tense or the infinitive ("Angola
// leaves OPEC", "Gambia to withdraw from ICC", "Palau becomes first country to ratify High Seas Treaty"), forms the
// body's past-tense cues do not read, and the body often restates the act in words no cue knows. A headline act is
// used only when the body gives no claim of the same kind for that state and treaty, and never from a headline that
// negates, hedges or asks.
import type { Action } from '../model';
import { isProvisionalTreaty } from '../provisional';
import { SIGNED_INSTRUMENT } from './instrument-signing';

// Any inflection of "become" a member or party, with an ordinal or a modifier ("on becoming the 111th State Party
// to", "formally becomes new WTO member", "becomes WTO's newest member", "becomes 94th country in"); not an
// observer, associate or permanent seat, nor "first country in the world to ...".
const MODIFIER = String.raw`(?!(?:observer|associate|permanent|non-permanent|honorary)\b)(?:the|a|an|\d+(?:st|nd|rd|th)?|[\p{L}][\p{L}\d.&-]*(?:['’]s)?)`;
const BECOME = String.raw`(?:becom(?:es|e|ing)|became) (?:${MODIFIER} ){0,3}?(?:state )?(?:part(?:y|ies)|members?)|(?:becom(?:es|e|ing)|became) (?:the )?\d+(?:st|nd|rd|th)? (?:country|state|nation) (?:in|of|to (?:the|join|ratify|accede))(?! the world)`;
// "denounces" is an exit only with a treaty as its object ("denounces the OAS Charter", "denounce agreement with
// Ukraine"), not a condemnation of someone's act ("denounces Peru's withdrawal from ...").
const TREATY_OBJECT = String.raw`(?= (?:(?!withdrawal|exit|decision|move|violation|breach|plan)[\p{L}\d-]+ ){0,4}?(?:treat(?:y|ies)|conventions?|protocols?|agreements?|charter|statute|pacts?|accords?)\b)`;

// What a headline's verb says, at the weakest stage the words allow (borderline rule 6: an announced departure,
// even "with immediate effect", is a proposal until a notice is reported).
const FORMS: [Action, RegExp][] = [
  ['ratification_revoked', /\b(?:revok\w*|rescind\w*|withdraw\w*) (?:\S+ ){0,2}ratification|\bde-?ratif/i],
  [
    'withdrawal_effective',
    /\b(?:(?:formally|officially) (?:withdraws|exits|quits|leaves|pulls out)|complet(?:es|ed) (?:its |their |the )?(?:withdrawal|exit)|(?:withdrawal|exit)\b[^,:;]{0,80}\b(?:takes|took) effect|ha(?:s|ve) (?:now )?(?:officially |formally )?(?:withdrawn|left|quit|exited|pulled out)|ceases? to be (?:a )?(?:party|member))\b/i,
  ],
  [
    'withdrawal_notified',
    /\b(?:notif(?:y|ies)|informs?) (?:the )?(?:UN|U\.N\.|United Nations|Secretary)|\bnotif(?:y|ies|ied) (?:its |their )?(?:withdrawal|exit|denunciation)\b|\b(?:submits?|sends?|hands?|lodges?|deposits?|files?|delivers?) (?:\S+ ){0,3}(?:notice|notification|letter) of (?:withdrawal|denunciation)|\btriggers? Article 50\b/i,
  ],
  // Votes by no named chamber ("Estonia votes to leave ..."); a chamber's own act is read by CHAMBER_ACT.
  ['withdrawal_approved', /\bvotes? (?:to (?:leave|quit|withdraw|exit)|for (?:withdrawal|exit|leaving))/i],
  [
    'withdrawal_proposed',
    new RegExp(
      String.raw`\b(?:(?:introduces?|submits?|tables?|sends?) (?:a |the )?(?:bill|motion|draft law|proposal) (?:to|on) (?:withdraw|quit|leave|exit)\w*|to (?:formally )?(?:withdraw|quit|leave|exit|pull out)|withdraws|quits|leaves|exits|pulls? out|announc(?:es?|ed) (?:its |their )?(?:withdrawal|exit|departure|plans? to (?:withdraw|quit|leave|exit))|decides? to (?:withdraw|quit|leave|exit)|(?:to )?denounc(?:es|e)${TREATY_OBJECT}|(?:is|are) (?:leaving|quitting|withdrawing|exiting|pulling out))\b`,
      'iu',
    ),
  ],
  ['suspended', /\bsuspends\b/i],
  [
    'joined',
    new RegExp(
      String.raw`\b(?:joins|rejoins|ratif(?:ies|y)|accedes|returns to|(?:is|are) (?:officially |formally )?back in|${BECOME}|becomes? (?:the )?first (?:country|state|nation) to (?:ratify|join|accede))\b`,
      'iu',
    ),
  ],
  [
    'signed',
    /\b(?:signs|sign|inks|ink)\b(?!\s+(?:(?:the|a|an|its)\s+)?(?:[\p{L}-]+\s+)?(?:decree|law|bill|order|requests?|letter|memorandum|deal|executive)s?\b)/iu,
  ],
];
// A chamber as subject ("State Duma denounces ...", "Chile's Senate greenlights ...", "Senate OKs ..."): its vote
// approves an exit when the headline speaks of one, otherwise it is the parliamentary ratification (joined).
const CHAMBER_ACT =
  /\b(?:parliament|senate|congress|duma|rada|sejm|seimas|saeima|riigikogu|knesset|storting|bundestag|assembly|chamber|legislature|lawmakers|legislators|MPs|deputies|lower house|upper house)\b[^,:;]{0,40}?\b(?<v>denounc(?:es|ed|e)|ratif(?:ies|ied|y)|approv(?:es|ed|e)|OKs?|greenlights?|backs?|endorses?|votes?(?! against| down)|voted(?! against| down)|passes|passed|adopts?|concurs? (?:in|with)|supports?)\b/diu;
const EXIT_WORD =
  /\b(?:withdraw\w*|leav\w*|exit\w*|quit\w*|denounc\w*|denunciation|terminat\w*|repeal\w*|annul\w*|pull\w* out)\b/i;
// Joining as a noun after its state, read only when no verb states an act ("Bhutan's accession to", "Statement on
// their accession to"). Not after "after", "since", ...: a step the headline sets as background. A withdrawal as a
// noun ("Statement on X's withdrawal from") names no stage: reactions follow a notice as often as a proposal.
const NOMINAL: [Action, RegExp][] = [['joined', /\b(?:accession|ratification|adhesion|admission|assent) (?:to|of)\b/i]];
const BACKGROUND = /\b(?:after|since|following|amid|despite|before|without|ahead of|post)\b[^,:;]*$/i;
// A noun names a step still to come when the headline blocks, delays or seeks it ("X's accession to Y blocked",
// "Parliament delays X's accession", "X's bid for accession").
const PENDING =
  /\b(?:block\w*|delay\w*|stall\w*|veto\w*|halt\w*|hold\w* up|obstacles?|hurdles?|bid|path|road|talks|pending|hopes?|prospects?|oppos\w*|against|uncertain\w*|next|plans?|process)\b/i;
// A headline that negates, hedges, threatens, reports a party's pledge or asks a question states no act; an observer
// seat is no party's ("X becomes observer state in Y").
// "Japan 'to leave whaling body'": a quoted infinitive is attributed speculation; "reported to have" is hearsay.
const HEDGE =
  /\?|['‘"“]\s*to\s|\b(?:not|no|never|won't|n't|denies|deny|denied|rules? out|could|may|might|should|would|if|unless|threat\w*|mulls?|weighs?|consider\w*|urg\w+|calls? (?:on|for)|asks?|whether|why|how|what|questions?|seeks?|eyes|mooted|reported(?:ly)?|rumou?r\w*|said to|set to|poised|ready to|time to|pledges?|vows?|promises?|preparing|drafting|observer)\b/i;
const FAMILY = (a: Action) =>
  a.startsWith('withdrawal_') || a === 'suspended' || a === 'ratification_revoked' ? 'exit' : a;

export interface HeadlineAct {
  action: Action;
  at: number;
}

/** The act a headline states, with the position of its verb; null when it states none or hedges. */
export function headlineAct(title: string | undefined): HeadlineAct | null {
  if (!title || HEDGE.test(title)) return null;
  // The earliest act in the headline is its main verb ("X revokes its ratification ... for Y to ratify").
  let best: HeadlineAct | null = null;
  for (const [action, re] of FORMS) {
    const m = re.exec(title);
    if (m && (!best || m.index < best.at)) best = { action, at: m.index };
  }
  // A chamber's vote to revoke a ratification has no stage in the vocabulary (see resolve.ts).
  const ch = /\b(?:revok|rescind)\w*|\bde-?ratif/i.test(title) ? null : CHAMBER_ACT.exec(title);
  const at = ch?.indices?.groups?.v?.[0];
  if (at !== undefined && (!best || at <= best.at))
    best = { action: EXIT_WORD.test(title) ? 'withdrawal_approved' : 'joined', at };
  if (best) return best;
  for (const [action, re] of NOMINAL) {
    const m = re.exec(title);
    if (m && !BACKGROUND.test(title.slice(0, m.index)) && !PENDING.test(title) && (!best || m.index < best.at))
      best = { action, at: m.index };
  }
  return best;
}

/** Does the body already give a claim of the headline act's kind for this state and treaty? */
// A dated background step ("joined in 2018") is history and leaves the headline's act to be read.
export function bodyCovers(
  claims: { state: string; treaty: string; action: Action; role: string; date: string | null; evidence?: string }[],
  state: string,
  treaty: string,
  action: Action,
): boolean {
  // Outside the catalogue a headline and its body often name the instrument differently ("the Convention on
  // Migratory Species", then its full name), so their provisional ids differ: any such instrument covers it.
  const sameTreaty = (t: string) => t === treaty || (isProvisionalTreaty(t) && isProvisionalTreaty(treaty));
  // "A signs T" over a body where A signed its instrument of accession and joined T: the headline restates that
  // accession (the instrument's sentence may name only part of what it covers, "the Convention and its Protocol").
  const joinedBySigning =
    action === 'signed' &&
    claims.some((c) => c.state === state && c.action === 'joined' && sameTreaty(c.treaty)) &&
    claims.some((c) => c.state === state && c.action === 'joined' && SIGNED_INSTRUMENT.test(c.evidence ?? ''));
  return (
    joinedBySigning ||
    claims.some(
      (c) =>
        c.state === state &&
        sameTreaty(c.treaty) &&
        FAMILY(c.action) === FAMILY(action) &&
        (c.role === 'primary' || c.date === null),
    )
  );
}

// "Kenya, Ghana first to ratify T", "A becomes 71st to ratify T", "A is the first nation to join T": the states
// ranked by their act (the copula dropped, as headlines do) are its subject.
const ORDINAL_GAP =
  /^\s*(?:(?:becomes?|became|is|are)\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|latest|newest|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,2}?to\s+$/u;
/** The headline's subject: the state mention right before the verb, with a list it closes ("Iraq, Poland and Zimbabwe"). */
export function headlineSubject(
  title: string,
  mentions: { start: number; end: number; states: string[] }[],
  at: number,
): string[] {
  const before = mentions.filter((m) => m.end <= at).sort((a, b) => a.start - b.start);
  const last = before[before.length - 1];
  // Between the subject and its verb only an institution, a name or an adverb ("'s parliament", "President Duda",
  // "officially"): "lawmakers shelve motion to leave" has another verb first.
  if (
    !last ||
    (!ORDINAL_GAP.test(title.slice(last.end, at)) &&
      !/^(?:['’´]s?)?\s*(?:(?:\p{Lu}[\p{L}.'’-]*|government|cabinet|parliament|lawmakers|legislators|MPs|deputies|senate|assembly|chamber|lower house|upper house|president|prime minister|minister|officially|formally|finally|now|also|immediately|fully|has|have|is|are|on|its|their)\s+){0,3}$/u.test(
        title.slice(last.end, at),
      ) &&
      // "Chile and Peru: Statement by the Spokesperson on their accession to ...": the states heading the headline.
      !/^\s*:[^,;:]*\b(?:its|their)\s+$/u.test(title.slice(last.end, at)))
  )
    return [];
  const out = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    if (!/^\s*(?:,|&|and|,\s*and)\s*$/.test(title.slice(before[k].end, out[0].start))) break;
    out.unshift(before[k]);
  }
  return [...new Set(out.flatMap((m) => m.states))];
}

// "announced it will be joining", "will formally accede to", "is set to sign": the act is still to come ("will become
// a member on April 1" is the entry into force of an accession done, not an intention).
const COMING_ACT =
  /\b(?:will|shall|is\s+(?:set|due|expected|poised)\s+to|is\s+to|plans\s+to|intends\s+to)\s+(?:\p{Ll}+ly\s+)?(?:be\s+)?(?:join(?:ing)?|accede|acceding|adhere|sign(?:ing)?|ratify(?:ing)?)\b/u;
const JOINING_ACTS = new Set<Action>(['joined', 'signed']);

/**
 * A headline's joining act ("Comoros Joins the Bloc", "Georgia accedes to T") that the lead gives only as coming
 * ("announced it will be joining", "will formally accede"): the lead's first sentence about that state is the
 * report, and it is an intention, not the act.
 */
export function leadGivesItAsComing(
  action: Action,
  state: string,
  lead: { s: string; states: { end: number; states: string[] }[] }[],
): boolean {
  if (!JOINING_ACTS.has(action)) return false;
  const first = lead.find((x) => x.states.some((m) => m.states.includes(state)));
  if (!first) return false;
  const m = COMING_ACT.exec(first.s);
  return !!m && first.states.some((x) => x.states.includes(state) && x.end <= m.index);
}
