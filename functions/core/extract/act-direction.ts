// An act's direction, read from the content its own clause states:
// - a vote, bill or decree whose content is a state's RETURN to a treaty is joining (corpus rule 11: "returned to the
//   agreement" = joined), though the approval cue alone reads as the withdrawal process's stage;
// - a notice is a withdrawal notice only when it gives notice of leaving: a "notification of adherence", "notified the
//   depositary of its accession" is joining, and a "notice of derogation" suspends obligations (it is `suspended`).
import type { CueHit } from './cues';
import { W } from './cues';

// "approved a law returning Venezuela to", "voted for the country's return to", "a decree establishing its return to".
const RETURN =
  /\b(?:return(?:ing|s|ed)?\s+(?:[\p{L}'’.-]+\s+){0,4}?to|(?:re-?join(?:ing|s|ed)?|re-?entry\s+(?:in)?to|re-?admi(?:ssion|tting)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:to|in(?:to)?)|re-?incorporation\s+(?:in)?to|re-?accession\s+to))\b/iu;
const W_RE = new RegExp(`\\b${W}`, 'i');
const STAGES = new Set(['withdrawal_approved', 'withdrawal_proposed', 'withdrawal_decreed']);

// "deposited its notification of adherence to", "notified the WTO that the ratification ... had been completed",
// "its notification that it would adhere to".
const JOINING_CONTENT =
  /\b(?:(?:of|on|that)\s+(?:its\s+|their\s+|the\s+)?(?:(?:country|state|government)['’]s\s+)?(?:process\s+of\s+)?(?:adherence|accession|ratification|acceptance|succession|admission)\b|that\s+(?:it|they)\s+(?:would|will|had|has|have)\s+(?:adhere|accede|ratif|join|accept)\w*)/i;
const DEROGATION = /\b(?:of\s+)?(?:its\s+|their\s+|an?\s+)?(?:intention\s+to\s+)?derogat(?:e|ion|ing)\b/i;
const NOTICE_CONTENT_WORD = /adher|acce|ratif|succession|admission|derogat/i;

/** A notice cue whose clause states what is notified: joining or a derogation, not a withdrawal. */
export function redirectNotices(s: string, cues: CueHit[]): CueHit[] {
  if (!cues.some((h) => h.def.action === 'withdrawal_notified') || !NOTICE_CONTENT_WORD.test(s)) return cues;
  return cues.map((h) => {
    if (h.def.action !== 'withdrawal_notified') return h;
    const clause = s.slice(h.start, h.trigger + 120).split(/[.;:]/)[0];
    const j = JOINING_CONTENT.exec(clause);
    const d = DEROGATION.exec(clause);
    const first = j && (!d || j.index < d.index) ? j : d;
    if (!first || W_RE.test(clause.slice(0, first.index))) return h;
    return { ...h, def: { ...h.def, action: first === j ? ('joined' as const) : ('suspended' as const) } };
  });
}

// What an approval, proposal or decree is FOR, when its own clause says so before any withdrawal word: "approved the
// proposal to ratify", "a law returning X to", "a decree to suspend", "the proposal to become an observer state".
const JOIN_CONTENT =
  /\b(?:to|on)\s+(?:ratify|ratifying|accede|acceding|join|joining|become\s+(?:a\s+)?(?:full\s+)?(?:member|party|state\s+party)\b)/i;
const SUSPEND_CONTENT = /\b(?:(?:to|would|will)\s+suspend|suspending)\b/i;
const OBSERVER_CONTENT = /\b(?:(?:to\s+(?:become|be\s+granted|obtain)|as)\s+(?:an?\s+)?observer|observer\s+status)\b/i;
const CONTENT_WORD =
  /return|rejoin|re-join|re-?admi|re-?entry|re-?incorporat|re-?accession|ratif|accede|join|member|part(?:y|ies)|suspend|observer/i;

/** Cues of a withdrawal stage whose own clause states another content: joining, a suspension, observer status. */
export function redirectReturns(s: string, cues: CueHit[]): CueHit[] {
  if (!CONTENT_WORD.test(s)) return cues; // cheap word test first
  return cues.flatMap((h) => {
    if (!STAGES.has(h.def.action)) return [h];
    const clause = s.slice(h.trigger, h.trigger + 120).split(/[.;:]/)[0];
    const hits = [RETURN, JOIN_CONTENT, SUSPEND_CONTENT, OBSERVER_CONTENT]
      .map((re, k) => ({ k, m: re.exec(clause) }))
      .filter((x) => x.m)
      .sort((a, b) => a.m!.index - b.m!.index);
    const first = hits[0];
    if (!first || W_RE.test(clause.slice(0, first.m!.index))) return [h];
    if (first.k === 3) return []; // an observer is no party: no act in the vocabulary
    // A decree that suspends is a suspension; a suspension bill has no approval or proposal stage in the vocabulary.
    if (first.k === 2)
      return h.def.action === 'withdrawal_decreed' ? [{ ...h, def: { ...h.def, action: 'suspended' as const } }] : [];
    return [{ ...h, def: { ...h.def, action: 'joined' as const } }];
  });
}
