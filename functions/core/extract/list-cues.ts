// Cues for acts of listed states that the ordinary cues miss or read as plans: "A, B and C are the latest countries to
// ratify", "A and B were among countries signing", "the fourth to ratify, following A, B and C" (state-lists.ts finds
// the listed states for each).
import type { CueDef, CueHit } from './cues';
import type { StateMention } from './mentions';
import { items, listFrom, NOUN } from './state-lists';
import { matchesOf } from './match-all';

// "A, B and C are the latest countries to ratify X", "have become the 13th, 14th and 15th countries to ratify": an
// infinitive after a copula and a count noun is an act done (the ordinary cues read "to ratify" as a plan).
const ORD = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|latest|newest|last|most\s+recent|only|other)`;
const DONE_TO = new RegExp(
  String.raw`\b(?:are|were|is|was|have\s+become|has\s+become|became|become)\s+(?:now\s+|also\s+)?(?:among\s+)?(?:the\s+)?` +
    String.raw`(?:${ORD}(?:,?\s+(?:and\s+)?${ORD})*\s+)+(?:[\p{L}-]+\s+){0,2}?${NOUN}\s+to\s+(?<t>sign|ratify|accede\s+to|join|approve|accept)\b`,
  'giu',
);
const SIGN_DEF: CueDef = { id: 'L1s', g: [], action: 'signed', re: DONE_TO };
const JOIN_DEF: CueDef = { id: 'L1j', g: [], action: 'joined', re: DONE_TO };
// "A and B were among (the) countries signing the treaty": a gerund after "among" and a count noun is the act.
const AMONG = new RegExp(
  String.raw`\b(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${NOUN}\s+` +
    String.raw`(?<t>signing|ratifying|acceding\s+to|joining|approving)\b`,
  'giu',
);
const SIGN_AMONG: CueDef = { id: 'L3s', g: [], action: 'signed', re: AMONG };
const JOIN_AMONG: CueDef = { id: 'L3j', g: [], action: 'joined', re: AMONG };
// "It is the fourth Nordic country to ratify the treaty, following A, B and C", "the second to withdraw after A":
// the states after "following"/"after" did the same act earlier. The list is checked by the caller's states.
const ORD_ONE = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|\w+ty-\w+|latest|newest|next|last)`;
const ONE = String.raw`(?:country|state|nation|member(?:\s+state|\s+country)?|signatory|party|economy|government)`;
const EARLIER = new RegExp(
  String.raw`\b${ORD_ONE}\s+(?:[\p{L}-]+\s+){0,3}?${ONE}\s+to\s+` +
    String.raw`(?<t>sign|ratify|accede|join|approve|accept|withdraw|leave|quit|exit)\b[^.;:]{0,50}?\s(?:following|after)\s+(?:the\s+)?`,
  'giu',
);
// After the earlier states: the clause ends ("following A, B and C.", "after A in 2019").
const EARLIER_END = /^\s*(?:$|[,.;:()—–]|(?:in|on|last|earlier|this)\b)/;
const EARLIER_DEF: Record<string, CueDef> = {
  signed: { id: 'L2s', g: [], action: 'signed', re: EARLIER, older: true },
  joined: { id: 'L2j', g: [], action: 'joined', re: EARLIER, older: true },
  withdrawal_effective: { id: 'L2w', g: [], action: 'withdrawal_effective', re: EARLIER, older: true },
};
function earlierCues(s: string, states: StateMention[]): CueHit[] {
  const out: CueHit[] = [];
  const all = items(s, states, undefined).filter((m) => !m.grouping);
  for (const m of matchesOf(s, EARLIER)) {
    const l = listFrom(s, all, m.index! + m[0].length);
    // "after A, which left in 2017": the relative clause states their act itself (the ordinary cues read it, dated).
    if (!l?.states.length || !EARLIER_END.test(s.slice(l.end)) || /^\s*,?\s*(?:which|who)\b/i.test(s.slice(l.end)))
      continue;
    const t = m.groups!.t.toLowerCase();
    const action =
      t === 'sign' ? 'signed' : /^(?:withdraw|leave|quit|exit)$/.test(t) ? 'withdrawal_effective' : 'joined';
    out.push({ def: EARLIER_DEF[action], start: m.index! + m[0].length, end: l.end, trigger: l.end });
  }
  return out;
}

/**
 * Cues for an act a listed subject has done, stated as "the latest countries to ratify" (see DONE_TO), "were among
 * countries signing" (AMONG), or by the states an Nth actor followed (EARLIER; needs the sentence's states).
 */
export function listCues(s: string, states?: () => StateMention[]): CueHit[] {
  const out: CueHit[] = [];
  if (
    states &&
    /\b(?:following|after)\b/i.test(s) &&
    /\bto\s+(?:sign|ratif|acced|join|approv|accept|withdr|leav|quit|exit)/i.test(s)
  )
    out.push(...earlierCues(s, states()));
  if (/\bamong\b/i.test(s))
    for (const m of matchesOf(s, AMONG)) {
      const t = m.groups!.t;
      const trigger = m.index! + m[0].lastIndexOf(t);
      out.push({
        def: /^sign/i.test(t) ? SIGN_AMONG : JOIN_AMONG,
        start: trigger,
        end: m.index! + m[0].length,
        trigger,
      });
    }
  if (!/\bto\s+(?:sign|ratify|accede|join|approve|accept)\b/i.test(s)) return out;
  for (const m of matchesOf(s, DONE_TO)) {
    const t = m.groups!.t;
    const trigger = m.index! + m[0].lastIndexOf(t);
    // "the latest States to sign up to X": signing up is joining, not a signature.
    const up = /^\s+up\b/.test(s.slice(m.index! + m[0].length));
    out.push({
      def: /^sign/i.test(t) && !up ? SIGN_DEF : JOIN_DEF,
      start: trigger,
      end: m.index! + m[0].length,
      trigger,
    });
  }
  return out;
}
