// Merging duplicate claims and telling the article's news (primary) from restated facts (background).
import type { Action, Claim } from '../model';
import { WITHDRAWAL_STAGES } from '../model';
import type { Ymd } from './dates';
import { fmtDay } from './dates';

export interface RawClaim {
  state: string;
  treaty: string;
  action: Action;
  date: string | null;
  dateWeak: boolean; // taken from a reporting verb ("said on Tuesday") or a fallback
  evidence: string;
  sIdx: number;
  lead: boolean;
  weakCue: boolean;
  older?: boolean; // a step placed before the main one ("a year after notifying the UN")
}
export interface Merged extends RawClaim { members: RawClaim[]; role?: 'primary' | 'background' }

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);
const dayNum = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000;

export function mergeClaims(raw: RawClaim[]): Merged[] {
  const out: Merged[] = [];
  // Strong, precise dates first so weaker mentions fold into them.
  const sorted = [...raw].sort((a, b) => Number(a.dateWeak) - Number(b.dateWeak) || (b.date?.length ?? 0) - (a.date?.length ?? 0) || a.sIdx - b.sIdx);
  for (const c of sorted) {
    const same = out.filter((m) => m.state === c.state && m.treaty === c.treaty && m.action === c.action);
    let target = same.find((m) => compatible(m.date, c.date));
    if (!target && c.dateWeak && c.date?.length === 10)
      target = same.find((m) => m.date?.length === 10 && Math.abs(dayNum(m.date) - dayNum(c.date!)) <= 3);
    if (!target) { out.push({ ...c, members: [c] }); continue; }
    target.members.push(c);
    if ((c.date?.length ?? 0) > (target.date?.length ?? 0) && !(c.dateWeak && !target.dateWeak && target.date)) { target.date = c.date; target.dateWeak = c.dateWeak; }
    target.lead ||= c.lead;
    if ((target.weakCue && !c.weakCue) || (c.weakCue === target.weakCue && c.sIdx < target.sIdx)) { target.evidence = c.evidence; target.weakCue = c.weakCue; }
    target.sIdx = Math.min(target.sIdx, c.sIdx);
  }
  for (const m of out) {
    // Evidence: the sentence that gave the kept date, from a strong cue when there is one.
    const best = m.members.filter((x) => x.date === m.date).sort((a, b) => Number(a.weakCue) - Number(b.weakCue) || a.sIdx - b.sIdx)[0];
    if (best) m.evidence = best.evidence;
  }
  return out.sort((a, b) => a.sIdx - b.sIdx);
}

export interface RoleCtx {
  pub: Ymd | null;
  pubPrecise: boolean;
  titleActions: Set<Action>;
  titleStates: Set<string>;
}

/** Is a (partial) date within the few days before publication that make it "the news"? */
export function nearPub(date: string | null, pub: Ymd | null): boolean {
  if (!date || !pub) return false;
  const p = dayNum(fmtDay(pub));
  if (date.length === 10) { const d = dayNum(date); return d > p - 7 && d <= p + 1; }
  if (date.length === 7) {
    const back = new Date((p - 6) * 86400000).toISOString().slice(0, 7);
    return date === fmtDay(pub).slice(0, 7) || date === back;
  }
  return false;
}

export function assignRoles(claims: Merged[], ctx: RoleCtx): Claim[] {
  const isPrimary = new Set<Merged>();
  // An undated claim in the lead is the news only when the lead has no dated news of another kind
  // ("X on Thursday signed a law ..., mirroring the United States, which signed the pact but never ratified it").
  const datedLead = claims.filter((c) => c.lead && c.date !== null && nearPub(c.date, ctx.pub) && !c.members.every((x) => x.older));
  for (const c of claims) {
    if (c.members.every((x) => x.older)) continue;
    const undatedOk = !datedLead.length || datedLead.some((d) => d.action === c.action);
    if (c.lead && (c.date === null ? undatedOk : ctx.pub ? nearPub(c.date, ctx.pub) : false)) isPrimary.add(c);
    const titled = ctx.titleActions.has(c.action) && (ctx.titleStates.size === 0 || ctx.titleStates.has(c.state));
    if (titled && nearPub(c.date, ctx.pub)) isPrimary.add(c);
  }
  const stage = (c: Merged) => c.action !== 'joined' && c.action !== 'signed';
  if (isPrimary.size === 0) for (const c of claims) if (nearPub(c.date, ctx.pub) && stage(c)) isPrimary.add(c);
  // Without a usable publication date, the first undated process step is the best guess at the news.
  if (isPrimary.size === 0 && !ctx.pubPrecise) {
    const first = claims.find((c) => c.date === null && stage(c));
    if (first) isPrimary.add(first);
  }
  // Propagate: the same event for other states, and earlier stages of the same event.
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of claims) {
      if (isPrimary.has(c) || c.members.every((x) => x.older)) continue;
      for (const p of isPrimary) {
        const sameEvent = c.treaty === p.treaty && c.action === p.action && c.date !== null && c.date === p.date;
        const sameProcess = c.state === p.state && c.treaty === p.treaty && WITHDRAWAL_STAGES.includes(c.action)
          && WITHDRAWAL_STAGES.includes(p.action) && (c.date === null || c.date === p.date);
        if (sameEvent || sameProcess) { isPrimary.add(c); changed = true; break; }
      }
    }
  }
  return claims.map((c) => ({
    state: c.state, treaty: c.treaty, action: c.action, date: c.date,
    role: isPrimary.has(c) ? 'primary' : 'background', evidence: c.evidence,
  }));
}

// Headline forms (present tense, nouns) that name the news of the article.
const TITLE_HINTS: [Action, RegExp][] = [
  ['withdrawal_notified', /\b(?:notice|notif\w*|lodges?|files?|hands?|deposits?|informs?)\b/i],
  ['withdrawal_approved', /\b(?:votes?|voted|approves?|backs?|endorses?|parliament|lawmakers|lower house|sejm|seimas|saeima|riigikogu|assembly)\b/i],
  ['withdrawal_decreed', /\b(?:decree|orders?|ordered)\b/i],
  ['withdrawal_enacted', /\bsigns? (?:the )?(?:withdrawal )?law\b/i],
  ['withdrawal_effective', /\b(?:is out|completes? (?:its )?exit|loses|takes effect|effective|leaves|formally left)\b/i],
  ['withdrawal_proposed', /\b(?:announces?|plans? to|decides?|proposes?|turns its back|quits)\b/i],
  ['ratification_revoked', /\brevok\w* [\w-]* ?ratification|de-?ratif/i],
  ['suspended', /\bsuspend/i],
  ['joined', /\b(?:joins|ratifies|accedes|becomes (?:a )?(?:state )?party)\b/i],
];
export function titleActions(title: string | undefined): Set<Action> {
  const s = new Set<Action>();
  if (title) for (const [a, re] of TITLE_HINTS) if (re.test(title)) s.add(a);
  return s;
}
