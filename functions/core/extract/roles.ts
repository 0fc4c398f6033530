// Merging duplicate claims and telling the article's news (primary) from restated facts (background).
import type { Action, Claim } from '../model';
import { actionRank, WITHDRAWAL_STAGES } from '../model';
import type { Ymd } from './dates';
import { dayNumber, fmtDay } from './dates';

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
  effect?: boolean; // "entered into force for X": the joining act's effect, not a step of its own
  progressive?: boolean; // "the country is leaving the treaty": the process under way, told in the present
}
export interface Merged extends RawClaim {
  members: RawClaim[];
  role?: 'primary' | 'background';
}

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

export function mergeClaims(raw: RawClaim[]): Merged[] {
  const out: Merged[] = [];
  // Strong, precise dates first so weaker mentions fold into them.
  const sorted = [...raw].sort(
    (a, b) =>
      Number(a.dateWeak) - Number(b.dateWeak) || (b.date?.length ?? 0) - (a.date?.length ?? 0) || a.sIdx - b.sIdx,
  );
  for (const c of sorted) {
    const same = out.filter((m) => m.state === c.state && m.treaty === c.treaty && m.action === c.action);
    let target = same.find((m) => compatible(m.date, c.date));
    if (!target && c.dateWeak && c.date?.length === 10)
      target = same.find((m) => m.date?.length === 10 && Math.abs(dayNumber(m.date) - dayNumber(c.date!)) <= 3);
    if (!target) {
      out.push({ ...c, members: [c] });
      continue;
    }
    target.members.push(c);
    if ((c.date?.length ?? 0) > (target.date?.length ?? 0) && !(c.dateWeak && !target.dateWeak && target.date)) {
      target.date = c.date;
      target.dateWeak = c.dateWeak;
    }
    target.lead ||= c.lead;
    if ((target.weakCue && !c.weakCue) || (c.weakCue === target.weakCue && c.sIdx < target.sIdx)) {
      target.evidence = c.evidence;
      target.weakCue = c.weakCue;
    }
    target.sIdx = Math.min(target.sIdx, c.sIdx);
  }
  foldEntryIntoForce(out);
  // "notified the UN on Friday ... 'We are leaving the treaty'": a present progressive elsewhere in the article restates
  // the process its notice formalised, not a decision of its own (within one sentence the cue filter does this).
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i];
    if (
      m.action === 'withdrawal_proposed' &&
      m.members.every((x) => x.progressive) &&
      out.some((o) => o.action === 'withdrawal_notified' && o.state === m.state && o.treaty === m.treaty)
    )
      out.splice(i, 1);
  }
  for (const m of out) {
    // Evidence: the sentence that gave the kept date, from a strong cue when there is one.
    const best = m.members
      .filter((x) => x.date === m.date)
      .sort((a, b) => Number(a.weakCue) - Number(b.weakCue) || a.sIdx - b.sIdx)[0];
    if (best) m.evidence = best.evidence;
  }
  return out.sort((a, b) => a.sIdx - b.sIdx);
}

const ENTRY_WINDOW_DAYS = 100;
const dayOf = (d: string | null) => (d && d.length >= 7 ? dayNumber(d.length === 7 ? `${d}-01` : d) : null);

/**
 * "deposited its instrument on 3 March ... entered into force for Chile on 2 June": the treaty's entry into force for
 * a state within a few months after its deposit is the same joining act, told twice. The lead's claim keeps its date;
 * else the earlier one (the deposit). Two steps without an entry into force (a vote, then a deposit) stay apart.
 */
function foldEntryIntoForce(out: Merged[]): void {
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (a.action !== 'joined') continue;
    for (let j = out.length - 1; j > i; j--) {
      const b = out[j];
      if (b.action !== 'joined' || b.state !== a.state || b.treaty !== a.treaty) continue;
      const ea = a.members.some((x) => x.effect);
      const eb = b.members.some((x) => x.effect);
      if (!ea && !eb) continue;
      const da = dayOf(a.date);
      const db = dayOf(b.date);
      if (da === null || db === null) continue;
      // The effect follows the deposit (or restates another effect): never more than the window after it.
      const gap = ea && !eb ? da - db : eb && !ea ? db - da : Math.abs(da - db);
      if (gap < 0 || gap > ENTRY_WINDOW_DAYS) continue;
      const keepB = a.lead !== b.lead ? b.lead : db < da;
      if (keepB) {
        a.date = b.date;
        a.dateWeak = b.dateWeak;
      }
      a.members.push(...b.members);
      a.lead ||= b.lead;
      a.older = a.older && b.older;
      a.sIdx = Math.min(a.sIdx, b.sIdx);
      out.splice(j, 1);
    }
  }
}

export interface RoleCtx {
  pub: Ymd | null;
  pubPrecise: boolean;
  /** How much the publication date says: a day, only a month ("2018-03"), a lower bound read from the text, nothing. */
  pubKind?: 'day' | 'month' | 'lower' | 'none';
  titleActions: Set<Action>;
  titleStates: Set<string>;
  titleTreaties?: Set<string>;
  /** Acts the headline or lead reports of many states at once, with the treaties they name (see collectiveActs). */
  collective?: Map<Action, Set<string>>;
}

/** Is a (partial) date within the few days before publication that make it "the news"? */
export function nearPub(date: string | null, pub: Ymd | null, kind: RoleCtx['pubKind'] = 'day'): boolean {
  if (!date || !pub) return false;
  const p = dayNumber(fmtDay(pub));
  // A month-only publication date ("2018-03"): anything in that month or the one before is recent.
  if (kind === 'month') {
    const start = Date.UTC(pub.y, pub.m - 2, 1) / 86400000,
      end = Date.UTC(pub.y, pub.m, 1) / 86400000;
    const d = dayNumber(date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`);
    return date.length >= 7 && d >= start && d < end;
  }
  // A lower bound read from the text (its latest date): the article is at least that late, so the few weeks
  // before the bound are the news, and so is a day the text places after it, within the year ("On Saturday, January 10"
  // read in the year after the bound's July); a month or year after the bound is no day the article reports.
  if (kind === 'lower') {
    const d = dayNumber(date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`);
    return date.length >= 7 && d > p - 31 && (d <= p + 1 || (date.length === 10 && d <= p + 366));
  }
  if (date.length === 10) {
    const d = dayNumber(date);
    return d > p - 7 && d <= p + 1;
  }
  if (date.length === 7) {
    const back = new Date((p - 6) * 86400000).toISOString().slice(0, 7);
    return date === fmtDay(pub).slice(0, 7) || date === back;
  }
  return false;
}

const FORTNIGHT = 14; // days before a publication day whose written-out acts can still be the news
const NEAR_SENTENCES = 1; // the news's sentence and the next or previous one ("Thus he enacted the council's decision")
const DAY_OF = (date: string) =>
  dayNumber(date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`);
const older = (c: Merged) => c.members.every((x) => x.older);

export function assignRoles(claims: Merged[], ctx: RoleCtx): Claim[] {
  const kind = ctx.pubKind ?? (ctx.pub ? (ctx.pubPrecise ? 'day' : 'lower') : 'none');
  const near = (d: string | null) => nearPub(d, ctx.pub, kind);
  // Within the year before publication (or no way to tell): a headline's act is not one from years back.
  const thisYear = (d: string | null) =>
    !d || !ctx.pub || (DAY_OF(d) <= dayNumber(fmtDay(ctx.pub)) + 1 && DAY_OF(d) > dayNumber(fmtDay(ctx.pub)) - 366);
  // With no publication date at all, a dated claim can only be news if nothing in the article is later.
  const last = Math.max(...claims.filter((c) => c.date && !older(c)).map((c) => DAY_OF(c.date!)));
  // A year alone ("ratified by Ukraine in 2005") reads as history, not as the day's report.
  const latest = (d: string) => d.length >= 7 && DAY_OF(d) > last - 31;
  const isPrimary = new Set<Merged>();
  // An undated claim in the lead is the news only when the lead has no dated news of another kind
  // ("X on Thursday signed a law ..., mirroring the United States, which signed the pact but never ratified it").
  const datedLead = claims.filter(
    (c) => c.lead && c.date !== null && (kind === 'none' ? latest(c.date) : near(c.date)) && !older(c),
  );
  // The publication day or the day before: what happened then is the day's news wherever the article tells it
  // (after a preamble, a quote, a dateline); an act of those two days is almost never restated history.
  const pubDay = kind === 'day' && ctx.pub ? dayNumber(fmtDay(ctx.pub)) : null;
  const newsDay = (d: string | null) =>
    pubDay !== null && d?.length === 10 && dayNumber(d) >= pubDay - 1 && dayNumber(d) <= pubDay;
  for (const c of claims) {
    if (older(c)) continue;
    if (newsDay(c.date)) isPrimary.add(c);
    // A ceremony or a milestone of many states ("72 states sign ...", "5 states ratified the treaty at this event"):
    // the states the article then names, undated, are the news it details.
    if (c.date === null && ctx.collective?.get(c.action)?.has(c.treaty)) isPrimary.add(c);
    const undatedOk = !datedLead.length || datedLead.some((d) => d.action === c.action);
    // Without any publication date the lead's dated claim is still the best guess at the news.
    if (c.lead && (c.date === null ? undatedOk : kind === 'none' ? latest(c.date) : near(c.date))) isPrimary.add(c);
    // The headline names the act ("Four New States Join BWC", "Iraq, Poland, Zimbabwe join ... to ratify"): its
    // state (or, with none named, its treaty) and action mark the news, when the date does not say otherwise.
    const titled =
      ctx.titleActions.has(c.action) &&
      (ctx.titleStates.size ? ctx.titleStates.has(c.state) : !!ctx.titleTreaties?.has(c.treaty));
    if (
      titled &&
      (near(c.date) ||
        c.date === null ||
        (c.lead && thisYear(c.date)) ||
        (kind === 'lower' && thisYear(c.date) && c.date !== null && DAY_OF(c.date) > dayNumber(fmtDay(ctx.pub!)) - 92))
    )
      isPrimary.add(c);
  }
  const stage = (c: Merged) => c.action !== 'joined' && c.action !== 'signed';
  if (isPrimary.size === 0) for (const c of claims) if (near(c.date) && stage(c) && !older(c)) isPrimary.add(c);
  // Still nothing, with a publication day: the latest act written with its day in the fortnight before it is the
  // news, whatever the act (a lead that is a reaction or a dateline, "Peru acceded to the convention on 3 May" next);
  // of the headline's state when the headline names one (another party's act is then the context).
  if (isPrimary.size === 0 && pubDay !== null) {
    const recent = claims.filter(
      (c) =>
        !older(c) &&
        c.date?.length === 10 &&
        dayNumber(c.date) >= pubDay - FORTNIGHT &&
        dayNumber(c.date) <= pubDay &&
        (!ctx.titleStates.size || ctx.titleStates.has(c.state)),
    );
    const top = Math.max(...recent.map((c) => dayNumber(c.date!)));
    for (const c of recent) if (dayNumber(c.date!) === top) isPrimary.add(c);
  }
  // Without a usable publication date, the first undated process step is the best guess at the news.
  if (isPrimary.size === 0 && !ctx.pubPrecise) {
    // With no date at all, a joining or signature can be the news as well (a ceremony's list of signatures).
    const first =
      claims.find((c) => c.date === null && stage(c) && !older(c)) ??
      (kind === 'none' ? claims.find((c) => c.date === null && !older(c)) : undefined);
    if (first) isPrimary.add(first);
  }
  // Still nothing, with a publication date: an article reports something, and its headline names whose act. That
  // state's undated withdrawal step is the news ("South Africa withdraws from ICC" over a notice told after a preamble), the
  // furthest step of a withdrawal when it has several.
  if (isPrimary.size === 0 && kind !== 'none') {
    const own = claims.filter(
      (c) => c.date === null && !older(c) && ctx.titleStates.has(c.state) && WITHDRAWAL_STAGES.includes(c.action),
    );
    const furthest = own.sort((a, b) => actionRank(b.action) - actionRank(a.action))[0];
    if (furthest) isPrimary.add(furthest);
  }
  // Propagate: the same event for other states, and earlier stages of the same event. An undated stage joins
  // the news only from the news's own sentence: elsewhere it is the process restated ("it announced its
  // withdrawal last year ... the notice was lodged on Friday").
  const sentences = (c: Merged) => new Set(c.members.map((x) => x.sIdx));
  const shareSentence = (a: Merged, b: Merged, near = NEAR_SENTENCES) => {
    const sb = [...sentences(b)];
    return a.members.some((x) => sb.some((k) => Math.abs(k - x.sIdx) <= near));
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of claims) {
      if (isPrimary.has(c) || older(c)) continue;
      for (const p of isPrimary) {
        // The same act on the same day, or undated in the same sentence (one list of signatories).
        const sameEvent =
          c.treaty === p.treaty &&
          c.action === p.action &&
          (c.date !== null ? c.date === p.date : p.date === null && shareSentence(c, p, 0));
        const sameProcess =
          c.state === p.state &&
          c.treaty === p.treaty &&
          WITHDRAWAL_STAGES.includes(c.action) &&
          WITHDRAWAL_STAGES.includes(p.action) &&
          (c.date === null ? shareSentence(c, p) : c.date === p.date);
        if (sameEvent || sameProcess) {
          isPrimary.add(c);
          changed = true;
          break;
        }
      }
    }
  }
  // A later step of the same withdrawal as the news (the vote, the decree, the notice) makes its proposal the
  // process restated: the announcement came first ("the minister, who submitted the bill, welcomed the vote").
  // Not beside a decree (it carries out the government's decision, often as one act: "Thus the president enacted
  // the council's decision") nor an undated exit alone (the headline's word for the proposal itself).
  for (const c of [...isPrimary]) {
    if (c.action !== 'withdrawal_proposed') continue;
    const later = [...isPrimary].some(
      (p) =>
        p.state === c.state &&
        p.treaty === c.treaty &&
        WITHDRAWAL_STAGES.includes(p.action) &&
        actionRank(p.action) > actionRank(c.action) &&
        p.action !== 'withdrawal_decreed' &&
        !(p.action === 'withdrawal_effective' && p.date === null),
    );
    if (later) isPrimary.delete(c);
  }
  return claims.map((c) => ({
    state: c.state,
    treaty: c.treaty,
    action: c.action,
    date: c.date,
    role: isPrimary.has(c) ? 'primary' : 'background',
    evidence: c.evidence,
  }));
}
