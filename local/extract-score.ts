// Scoring predicted claims against hand labels (pure).
import type { Claim } from '#core/model';
import { cleanText } from '#core/extract/clean';
import { findTreaties, type Gazetteer } from '#core/extract/gazetteer';
import { cataloguedIds } from '#core/extract/mentions';
import { isProvisionalTreaty, provisionalTreatyId } from '#core/provisional';

export interface LabelDev {
  state: string;
  treaty: string;
  action: string;
  date: string | null;
  role: string;
  note?: string;
  treatyName?: string;
}
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface Miss {
  file: string;
  state: string;
  treaty: string;
  action: string;
  date: string | null;
  role: string;
  evidence?: string;
  note?: string;
}
export interface Score {
  overall: Prf;
  primary: Prf;
  background: Prf;
  dateAccuracy: number;
  dateMatched: number;
  dateCorrect: number;
  misses: Miss[];
  falseAlarms: Miss[];
  dateErrors: (Miss & { predicted: string | null })[];
  /** Matched on (state, treaty, action) but read in the other role: a miss in one role, a false alarm in the other. */
  roleErrors: (Miss & { predicted: string })[];
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
};
const key = (c: { state: string; treaty: string; action: string }) => `${c.state}|${c.treaty}|${c.action}`;

/** Greedy one-to-one matching on (state, treaty, action); same role, then same date, preferred. */
type Item = Omit<Miss, 'file'>;
function match<P extends Item, L extends Item>(pred: P[], gold: L[]) {
  const pairs: [P, L][] = [];
  const used = new Set<number>();
  const rank = (p: P, l: L) => (p.role === l.role ? 0 : 2) + (p.date === l.date ? 0 : 1);
  const freeP: P[] = [];
  const order = pred.map((p) => ({
    p,
    done: false,
    cands: gold.map((l, i) => ({ l, i })).filter(({ l }) => key(l) === key(p)),
  }));
  for (const r of [0, 1, 2, 3]) {
    for (const o of order) {
      if (o.done) continue;
      const c = o.cands.find(({ l, i }) => !used.has(i) && rank(o.p, l) === r);
      if (c) {
        used.add(c.i);
        pairs.push([o.p, c.l]);
        o.done = true;
      }
    }
  }
  for (const o of order) if (!o.done) freeP.push(o.p);
  const freeL = gold.filter((_, i) => !used.has(i));
  return { pairs, freeP, freeL };
}

export function scoreClaims(
  predicted: { file: string; claims: Claim[] }[],
  labels: { file: string; developments: LabelDev[] }[],
): Score {
  const byFile = new Map(predicted.map((p) => [p.file, p.claims]));
  let tp = 0,
    fp = 0,
    fn = 0,
    ptp = 0,
    pfp = 0,
    pfn = 0,
    btp = 0,
    bfp = 0,
    bfn = 0,
    dm = 0,
    dc = 0;
  const misses: Miss[] = [],
    falseAlarms: Miss[] = [],
    dateErrors: (Miss & { predicted: string | null })[] = [],
    roleErrors: (Miss & { predicted: string })[] = [];
  for (const lab of labels) {
    const pred = byFile.get(lab.file) ?? [];
    const all = match(pred, lab.developments);
    tp += all.pairs.length;
    fp += all.freeP.length;
    fn += all.freeL.length;
    for (const [p, l] of all.pairs) {
      dm++;
      if (p.date === l.date) dc++;
      else dateErrors.push({ file: lab.file, ...l, predicted: p.date, evidence: p.evidence });
      if (p.role !== l.role) roleErrors.push({ file: lab.file, ...l, predicted: p.role, evidence: p.evidence });
    }
    for (const p of all.freeP) falseAlarms.push({ file: lab.file, ...p });
    for (const l of all.freeL) misses.push({ file: lab.file, ...l });
    for (const role of ['primary', 'background'] as const) {
      const r = match(
        pred.filter((p) => p.role === role),
        lab.developments.filter((l) => l.role === role),
      );
      if (role === 'primary') {
        ptp += r.pairs.length;
        pfp += r.freeP.length;
        pfn += r.freeL.length;
      } else {
        btp += r.pairs.length;
        bfp += r.freeP.length;
        bfn += r.freeL.length;
      }
    }
  }
  return {
    overall: prf(tp, fp, fn),
    primary: prf(ptp, pfp, pfn),
    background: prf(btp, bfp, bfn),
    dateAccuracy: dm ? dc / dm : 1,
    dateMatched: dm,
    dateCorrect: dc,
    misses,
    falseAlarms,
    dateErrors,
    roleErrors,
  };
}

/**
 * Labels name an instrument outside the catalogue as `"treaty": "uncatalogued"` with its
 * `treatyName`. The catalogue grows after labelling: a name the gazetteer now reads as one
 * catalogued record (as it reads a title) is that record; any other name keeps the provisional
 * id derived from it, which a claim on the same name shares.
 */
export function resolveLabelTreaty<L extends LabelDev>(dev: L, gazetteer?: Gazetteer): L {
  if (dev.treaty !== 'uncatalogued') return dev;
  if (!dev.treatyName)
    throw new Error(`label ${dev.state} ${dev.action}: "treaty": "uncatalogued" needs a "treatyName"`);
  const catalogued = gazetteer ? catalogueIdOfName(dev.treatyName, gazetteer) : null;
  return { ...dev, treaty: catalogued ?? provisionalTreatyId(dev.treatyName) };
}

// Words a label's name may hold beside a catalogued name and still be that instrument: articles, years,
// "UN", the head noun said again ("the RCEP agreement", "the 1961 Convention on ..."), "original".
const BESIDE_NAME =
  /^(?:[\s,.'’()-]|\b(?:the|an?|of|on|un|u\.n|united nations|original|\d{4}|agreement|treaty|accord|pact|charter|constitution)\b)*$/i;

/** The catalogue id a whole instrument name stands for, read by the extractor's own treaty finder; else null. */
export function catalogueIdOfName(name: string, gazetteer: Gazetteer): string | null {
  const text = cleanText(name);
  const found = findTreaties(text, gazetteer);
  const ids = new Set(found.map((m) => m.treaty));
  // A body standing for its catalogued founding instrument that no plain name reads ("International Atomic Energy
  // Agency", which the reader takes only as what a state joins or leaves): the record whose names give its id.
  if (!ids.size || (ids.size === 1 && isProvisionalTreaty([...ids][0] ?? ''))) {
    const known = cataloguedIds(gazetteer, provisionalTreatyId(text));
    if (known.length === 1) return known[0];
  }
  if (ids.size !== 1) return null;
  const [id] = ids;
  if (!id || isProvisionalTreaty(id)) return null;
  let rest = '';
  let at = 0;
  for (const m of found) {
    rest += text.slice(at, m.start);
    at = m.end;
  }
  rest += text.slice(at);
  return BESIDE_NAME.test(rest) ? id : null;
}

/** The 14 treaties of the first catalogue: the split that says whether old figures still hold. */
export const FIRST_CATALOGUE = new Set([
  'ottawa-convention',
  'cluster-munitions-convention',
  'rome-statute',
  'paris-agreement',
  'ctbt',
  'arms-trade-treaty',
  'tpnw',
  'new-start',
  'who-constitution',
  'istanbul-convention',
  'npt',
  'inf-treaty',
  'open-skies-treaty',
  'cfe-treaty',
]);

export type TreatySplit = 'first-catalogue' | 'new-to-catalogue' | 'uncatalogued';
export const TREATY_SPLITS: readonly TreatySplit[] = ['first-catalogue', 'new-to-catalogue', 'uncatalogued'];

export function splitOf(treaty: string): TreatySplit {
  return isProvisionalTreaty(treaty) || treaty === 'uncatalogued'
    ? 'uncatalogued'
    : FIRST_CATALOGUE.has(treaty)
      ? 'first-catalogue'
      : 'new-to-catalogue';
}

/** Claim scores restricted to one split on both sides (a claim and its label always share a split). */
export function scoreSplits(
  predicted: { file: string; claims: Claim[] }[],
  labels: { file: string; developments: LabelDev[] }[],
) {
  const out = {} as Record<TreatySplit, Prf & { labelled: number }>;
  for (const split of TREATY_SPLITS) {
    const s = scoreClaims(
      predicted.map((p) => ({ file: p.file, claims: p.claims.filter((c) => splitOf(c.treaty) === split) })),
      labels.map((l) => ({ file: l.file, developments: l.developments.filter((d) => splitOf(d.treaty) === split) })),
    );
    out[split] = { ...s.overall, labelled: s.overall.tp + s.overall.fn };
  }
  return out;
}
