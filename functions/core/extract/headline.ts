// Claims stated only in the headline. Headlines put the news in the present tense or the infinitive ("Angola
// leaves OPEC", "Gambia to withdraw from ICC", "Palau becomes first country to ratify High Seas Treaty"), forms the
// body's past-tense cues do not read, and the body often restates the act in words no cue knows. A headline act is
// used only when the body gives no claim of the same kind for that state and treaty, and never from a headline that
// negates, hedges or asks.
import type { Action } from '../model';
import { isProvisionalTreaty } from '../provisional';
import { SIGNED_INSTRUMENT } from './instrument-signing';

// What a headline's verb says, at the weakest stage the words allow (borderline rule 6: an announced departure,
// even "with immediate effect", is a proposal until a notice is reported).
const FORMS: [Action, RegExp][] = [
  ['ratification_revoked', /\b(?:revokes?|rescinds?|withdraws?) (?:\S+ ){0,2}ratification|\bde-?ratif/i],
  [
    'withdrawal_effective',
    /\b(?:(?:formally|officially) (?:withdraws|exits|quits|leaves|pulls out)|ha(?:s|ve) (?:now )?(?:officially |formally )?(?:withdrawn|left|quit|exited|pulled out)|ceases? to be (?:a )?(?:party|member))\b/i,
  ],
  [
    'withdrawal_notified',
    /\b(?:notif(?:y|ies)|informs?) (?:the )?(?:UN|U\.N\.|United Nations|Secretary)|\b(?:submits?|sends?|hands?|lodges?|deposits?|files?|delivers?) (?:\S+ ){0,3}(?:notice|notification|letter) of (?:withdrawal|denunciation)|\btriggers? Article 50\b/i,
  ],
  [
    'withdrawal_approved',
    /\b(?:(?:parliament|lawmakers|MPs|deputies|assembly|senate|chamber|legislature)\b[^,:;]{0,40}?\b(?:votes?|approves?|backs?|endorses?|supports?)\b|votes? (?:to (?:leave|quit|withdraw|exit)|for (?:withdrawal|exit|leaving)))/i,
  ],
  [
    'withdrawal_proposed',
    /\b(?:(?:introduces?|submits?|tables?|sends?) (?:a |the )?(?:bill|motion|draft law|proposal) (?:to|on) (?:withdraw|quit|leave|exit)\w*|to (?:formally )?(?:withdraw|quit|leave|exit|pull out)|withdraws|quits|leaves|exits|pulls? out|announces? (?:its )?(?:withdrawal|exit|departure|plans? to (?:withdraw|quit|leave|exit))|decides? to (?:withdraw|quit|leave|exit)|(?:is|are) (?:leaving|quitting|withdrawing|exiting|pulling out))\b/i,
  ],
  ['suspended', /\bsuspends\b/i],
  [
    'joined',
    /\b(?:joins|rejoins|ratif(?:ies|y)|accedes|returns to|(?:is|are) (?:officially |formally )?back in|becomes? (?:the )?(?:\d+\w* |first |newest |latest |a |an )?(?:state |country |nation )?(?:party|member)|becomes? (?:the )?first (?:country|state|nation) to (?:ratify|join|accede))\b/i,
  ],
  [
    'signed',
    /\b(?:signs|sign|inks|ink)\b(?!\s+(?:(?:the|a|an|its)\s+)?(?:[\p{L}-]+\s+)?(?:decree|law|bill|order|requests?|letter|memorandum|deal|executive)s?\b)/iu,
  ],
];
// A headline that negates, hedges, threatens, reports a party's pledge or asks a question states no act.
// "Japan 'to leave whaling body'": a quoted infinitive is attributed speculation; "reported to have" is hearsay.
const HEDGE =
  /\?|['‘"“]\s*to\s|\b(?:not|no|never|won't|n't|denies|deny|denied|rules? out|could|may|might|should|would|if|unless|threat\w*|mulls?|weighs?|consider\w*|urg\w+|calls? (?:on|for)|asks?|whether|why|how|what|seeks?|eyes|mooted|reported(?:ly)?|rumou?r\w*|said to|set to|poised|ready to|time to|pledges?|vows?|promises?|preparing|drafting)\b/i;
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
    !/^(?:['’]s)?\s*(?:(?:\p{Lu}[\p{L}.'’-]*|government|cabinet|parliament|lawmakers|legislators|MPs|deputies|senate|assembly|chamber|lower house|upper house|president|prime minister|minister|officially|formally|finally|now|also|immediately|fully|has|have|is|are)\s+){0,3}$/u.test(
      title.slice(last.end, at),
    )
  )
    return [];
  const out = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    if (!/^\s*(?:,|&|and|,\s*and)\s*$/.test(title.slice(before[k].end, out[0].start))) break;
    out.unshift(before[k]);
  }
  return [...new Set(out.flatMap((m) => m.states))];
}
