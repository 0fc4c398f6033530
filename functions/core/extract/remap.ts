// Cues whose action depends on who acts or on what came before in the article.
import type { Action } from '../model';
import { LEG } from './cues';
import type { CueHit } from './cues';

const LEG_BEFORE = new RegExp(`\\b${LEG}(?:'s)?\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu');
const GOV_BEFORE =
  /\b(?:government|cabinet|council|ministry|ministers?|administration|president|prime minister|junta)s?(?:'s)?\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const TEMPORARY = /\bto\s+(?:temporarily|provisionally)\s/i;
const re = (h: CueHit, action: Action): CueHit => ({ ...h, def: { ...h.def, action } });

/**
 * "the chamber resolved to denounce" is a legislature's approval, "the cabinet has approved withdrawal" a government's
 * proposal, and "Latvia and Lithuania followed suit" repeats the act named before it in the sentence, else the last
 * claim's action (only when nothing else in the sentence names one). A decision "to temporarily leave" is a suspension.
 */
export function remapCues(s: string, hits: CueHit[], lastAction: string | undefined): CueHit[] {
  const out: CueHit[] = [];
  for (const h of hits) {
    const before = s.slice(Math.max(0, h.start - 80), h.start);
    if (h.def.id === 'P6' && LEG_BEFORE.test(before)) out.push(re(h, 'withdrawal_approved'));
    // "decided to temporarily leave the bloc": a departure for a time is a suspension of membership.
    else if (h.def.id === 'P6' && TEMPORARY.test(s.slice(h.trigger, h.end))) out.push(re(h, 'suspended'));
    else if (h.def.id === 'A9' && GOV_BEFORE.test(before)) out.push(re(h, 'withdrawal_proposed'));
    else if (h.def.follow) {
      // "A ratified it on 20 October, while B and C did so on 24 September": the act before it in the sentence.
      // Not "two weeks after A, B and C did the same": that clause dates another act (read by the caller as older).
      const own = hits.filter((o) => !o.def.follow && o.trigger < h.trigger).pop();
      if (own && !/\b(?:after|before|since|than)\b/i.test(s.slice(own.trigger, h.start)))
        out.push(re(h, own.def.action));
      else if (own) continue;
      else if (lastAction && !hits.some((o) => !o.def.follow)) out.push(re(h, lastAction as Action));
    } else out.push(h);
  }
  return out;
}
