// The learned reader: naive Bayes classifiers (wink-naive-bayes-text-classifier) over the features of a pair named
// in one sentence (candidates.ts). One model reads the pairs the rules left unclaimed (target: the labelled action
// for the pair, or "none"); one reads the pairs the rules claimed (target: a labelled action the rules did not
// claim, or "none"). Uses after the rules, each only when the model's log2-odds for its action reach a threshold
// (picked on training shares: scripts/learned-xval.ts): ADD a claim for an unclaimed pair, RE-LABEL the action of
// a pair's one rule claim, or add a SECOND action beside the rules' claim.
import nbc from 'wink-naive-bayes-text-classifier';
import type { Action, Claim } from '#core/model';
import { type Candidate, NONE } from './candidates';

export interface Reader {
  /** [label, log2 odds of the label against the others], best first. */
  odds(features: string[]): [string, number][];
  json(): string;
}
export interface Thresholds {
  add: number;
  relabel: number;
  second: number;
}
/** The two models: for pairs the rules left unclaimed, and for pairs they claimed. */
export interface Readers {
  unclaimed: Reader;
  claimed: Reader;
}
/** The best action the model reads for a pair, over the sentences naming it. */
export interface PairReading {
  state: string;
  treaty: string;
  action: string;
  odds: number;
  cand: Candidate;
}

const CONFIG = { considerOnlyPresence: true, smoothingFactor: 0.5 };

export function trainReader(examples: { features: string[]; label: string }[]): Reader {
  const m = nbc();
  m.defineConfig(CONFIG);
  for (const e of examples) m.learn(e.features, e.label);
  m.consolidate();
  return wrap(m);
}

export function readerFromJSON(json: string): Reader {
  const m = nbc();
  m.importJSON(json);
  m.consolidate();
  return wrap(m);
}

function wrap(m: ReturnType<typeof nbc>): Reader {
  return { odds: (f) => m.computeOdds(f), json: () => m.exportJSON() };
}

/** Per pair, the sentence where the model's top label is an action with the highest odds. */
export function readPairs(cands: Candidate[], readers: Readers): PairReading[] {
  const best = new Map<string, PairReading>();
  for (const cand of cands) {
    const reader = cand.features.includes(`rule:${NONE}`) ? readers.unclaimed : readers.claimed;
    const [top] = reader.odds(cand.features);
    if (!top || top[0] === NONE || top[0] === 'unknown') continue;
    const key = `${cand.state}|${cand.treaty}`;
    const was = best.get(key);
    if (!was || top[1] > was.odds)
      best.set(key, { state: cand.state, treaty: cand.treaty, action: top[0], odds: top[1], cand });
  }
  return [...best.values()];
}

/** The rules' claims with the model's readings applied: additions and re-labels at their thresholds. */
export function applyReadings(claims: Claim[], readings: PairReading[], t: Thresholds): Claim[] {
  const ruled = new Map<string, Claim[]>();
  for (const c of claims) ruled.set(`${c.state}|${c.treaty}`, [...(ruled.get(`${c.state}|${c.treaty}`) ?? []), c]);
  const out = [...claims];
  for (const r of readings) {
    const mine = ruled.get(`${r.state}|${r.treaty}`);
    const action = r.action as Action;
    if (!mine) {
      if (r.odds < t.add) continue;
      const lead = r.cand.headline || r.cand.sIdx <= 3;
      const role = lead ? 'primary' : 'background';
      out.push({ state: r.state, treaty: r.treaty, action, date: null, role, evidence: r.cand.evidence });
    } else if (!mine.some((c) => c.action === action)) {
      if (mine.length === 1 && r.odds >= t.relabel) out[out.indexOf(mine[0])] = { ...mine[0], action };
      else if (r.odds >= t.second) out.push({ ...mine[0], action, date: null });
    }
  }
  return out;
}
