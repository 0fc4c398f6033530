// An act's direction: a vote, bill or decree whose content is a state's RETURN to a treaty is joining (corpus rule 11:
// "returned to the agreement" = joined), though the approval cue alone reads as the withdrawal process's stage.
import type { CueHit } from './cues';
import { W } from './cues';

const RETURN_WORD = /\b(?:return|rejoin|re-join|re-?admi|re-?entry|re-?incorporat|re-?accession)/i;
// "approved a law returning Venezuela to", "voted for the country's return to", "a decree establishing its return to".
const RETURN =
  /\b(?:return(?:ing|s|ed)?\s+(?:[\p{L}'’.-]+\s+){0,4}?to|(?:re-?join(?:ing|s|ed)?|re-?entry\s+(?:in)?to|re-?admi(?:ssion|tting)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:to|in(?:to)?)|re-?incorporation\s+(?:in)?to|re-?accession\s+to))\b/iu;
const W_RE = new RegExp(`\\b${W}`, 'i');
const STAGES = new Set(['withdrawal_approved', 'withdrawal_proposed', 'withdrawal_decreed']);

/** Cues of a withdrawal stage whose own clause states a return to the treaty, turned to joining. */
export function redirectReturns(s: string, cues: CueHit[]): CueHit[] {
  if (!RETURN_WORD.test(s)) return cues; // cheap word test first
  return cues.map((h) => {
    if (!STAGES.has(h.def.action)) return h;
    const clause = s.slice(h.trigger, h.trigger + 120).split(/[.;:]/)[0];
    const m = RETURN.exec(clause);
    if (!m || W_RE.test(clause.slice(0, m.index))) return h;
    return { ...h, def: { ...h.def, action: 'joined' as const } };
  });
}
