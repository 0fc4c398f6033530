// Does a small statistical model generalise to unseen articles better than hand rules? Leave-one-share-out
// cross-validation of the learned reader (local/learned/): train on every share but one, read the
// held-out share, score rules alone vs rules + model with the project's evaluator (scoreClaims), for the two uses
// (ADD an unclaimed pair, RE-LABEL a rule claim). The thresholds are picked on the training shares only (inner
// leave-one-share-out). Usage: npx tsx scripts/learned-xval.ts [--exclude-batch holdoutN] [--cache FILE] [--write MODEL]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { loadFactBase } from '#adapters/fact-files';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import { type Candidate, candidatesOf, NONE } from '#local/learned/candidates';
import {
  applyReadings,
  type PairReading,
  type Readers,
  readPairs,
  type Thresholds,
  trainReader,
} from '#local/learned/reader';
import type { Claim } from '#core/model';
import { expandArticlePaths, readArticleFile } from '#local/article-files';
import { readCorpora } from '#local/eval';
import { type LabelDev, resolveLabelTreaty, scoreClaims } from '#local/extract-score';

const ROOT = 'tests/fixtures/real-news';
interface Art {
  share: string;
  file: string;
  claims: Claim[];
  cands: Candidate[];
  developments: LabelDev[];
}
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

function load(): Art[] {
  const cache = arg('--cache');
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const gz = buildGazetteer(loadFactBase());
  const arts: Art[] = [];
  // --exclude-batch NAME (repeatable) keeps a holdout out of every fold, as `npm run eval` does.
  const excluded = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--exclude-batch' ? [a] : []));
  for (const batch of readCorpora(ROOT, excluded).batches) {
    const labels = new Map(batch.labels.articles.map((a) => [a.file, a]));
    for (const f of expandArticlePaths([batch.articlesDir]).files) {
      const lab = labels.get(relative(batch.articlesDir, f));
      if (!lab || basename(f) === 'labels.json') continue;
      const [input] = readArticleFile(f, batch.articlesDir);
      const body = { body: input.text, title: input.title, published: input.published, url: input.url };
      const { claims } = extractClaims(body, gz);
      arts.push({
        share: batch.name.split('/')[0],
        file: `${batch.name}/${lab.file}`,
        claims,
        cands: candidatesOf(input.text, input.title, gz, claims),
        developments: lab.developments.map((d) => resolveLabelTreaty(d, gz)),
      });
    }
  }
  if (cache) writeFileSync(cache, JSON.stringify(arts));
  return arts;
}

const unclaimed = (c: Candidate) => c.features.includes(`rule:${NONE}`);
/**
 * The candidate's target: a labelled action for its pair in its article that the rules did not claim (for an
 * unclaimed pair, any labelled action), one a cue in the sentence names first; else "none".
 */
function target(c: Candidate, a: Art): string {
  const acts = a.developments
    .filter((d) => d.state === c.state && d.treaty === c.treaty && !c.features.includes(`rule:${d.action}`))
    .map((d) => d.action);
  if (!acts.length) return NONE;
  return acts.find((x) => c.features.includes(`cue-act:${x}`)) ?? acts[0];
}
// Features seen in fewer than LEARN_MIN_SHARES of the training shares may be left out (vocabulary that recurs
// across outlets and topics, not one share's).
const MIN_SHARES = Number(process.env.LEARN_MIN_SHARES ?? 0);
function examples(xs: Art[], which: (c: Candidate) => boolean) {
  const seen = new Map<string, Set<string>>();
  if (MIN_SHARES)
    for (const a of xs)
      for (const c of a.cands) for (const f of c.features) (seen.get(f) ?? seen.set(f, new Set()).get(f)!).add(a.share);
  const ok = (f: string) => !MIN_SHARES || (seen.get(f)?.size ?? 0) >= MIN_SHARES;
  return xs.flatMap((a) =>
    a.cands.filter(which).map((c) => ({ features: c.features.filter(ok), label: target(c, a) })),
  );
}
const train = (xs: Art[]): Readers => ({
  unclaimed: trainReader(examples(xs, unclaimed)),
  claimed: trainReader(examples(xs, (c) => !unclaimed(c))),
});

type Read = { art: Art; readings: PairReading[] };
const score = (rs: Read[], t: Partial<Thresholds>) =>
  scoreClaims(
    rs.map(({ art, readings }) => ({ file: art.file, claims: applyReadings(art.claims, readings, { ...NO, ...t }) })),
    rs.map(({ art }) => ({ file: art.file, developments: art.developments })),
  ).overall;

const OFF = Number.POSITIVE_INFINITY;
const NO: Thresholds = { add: OFF, relabel: OFF, second: OFF };
const USES = ['add', 'relabel', 'second'] as const;
const GRID = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 25, 30, 40, OFF];
/** The threshold with the best F1 on out-of-fold readings of the training shares (ties: the higher one). */
function pick(rs: Read[], use: keyof Thresholds): number {
  let best = { t: OFF, f1: score(rs, {}).f1 };
  for (const t of GRID) {
    const f1 = score(rs, { [use]: t }).f1;
    if (f1 > best.f1 + 1e-9) best = { t, f1 };
  }
  return best.t;
}
/** Out-of-fold readings of `shares`: each share read by a model trained on the others. */
function outOfFold(arts: Art[], shares: string[]): Read[] {
  return shares.flatMap((s) => {
    const model = train(arts.filter((a) => a.share !== s && shares.includes(a.share)));
    return arts.filter((a) => a.share === s).map((art) => ({ art, readings: readPairs(art.cands, model) }));
  });
}

const arts = load();
// A smaller feature set may be tried (LEARN_KEEP=cue,neg,...: keep only the features with these prefixes).
const keep = (process.env.LEARN_KEEP ?? '').split(',').filter(Boolean);
if (keep.length)
  for (const a of arts)
    for (const c of a.cands) c.features = c.features.filter((f) => keep.some((k) => f.startsWith(k)));
const shares = [...new Set(arts.map((a) => a.share))];
const nCands = arts.reduce((n, a) => n + a.cands.length, 0);
const nPos = arts.reduce((n, a) => n + a.cands.filter((c) => target(c, a) !== NONE).length, 0);
console.log(`${arts.length} articles in ${shares.length} shares; ${nCands} candidates, ${nPos} with a labelled action`);

const fmt = (p: { f1: number; tp: number; fp: number }) => `${p.f1.toFixed(3)} (${p.tp}/${p.fp})`;
const th = (t: number) => (t === OFF ? 'off' : String(t));
const rows: string[] = [];
const heldReads: Read[] = [];
const chosen: Record<string, Thresholds> = {};
for (const held of shares) {
  const rest = shares.filter((s) => s !== held);
  const inner = outOfFold(arts, rest);
  const t: Thresholds = { add: pick(inner, 'add'), relabel: pick(inner, 'relabel'), second: pick(inner, 'second') };
  chosen[held] = t;
  const model = train(arts.filter((a) => a.share !== held));
  const reads = arts.filter((a) => a.share === held).map((art) => ({ art, readings: readPairs(art.cands, model) }));
  heldReads.push(...reads);
  const cells = USES.map((u) => `${th(t[u])}: ${fmt(score(reads, { [u]: t[u] }))}`);
  rows.push(
    `| ${held} | ${reads.length} | ${fmt(score(reads, {}))} | ${cells.join(' | ')} | ${fmt(score(reads, t))} |`,
  );
  console.error(`${held} done`);
}
console.log('F1 (tp/fp) on the held-out share; each use at its threshold (log2 odds) picked on the training shares');
console.log('| held out | articles | rules alone | + add | + re-label | + second action | all three |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
// Pooled over every held-out share, each read with its own fold's model and thresholds.
const pooled = (use: (s: string) => Partial<Thresholds>) =>
  scoreClaims(
    heldReads.map(({ art, readings }) => ({
      file: art.file,
      claims: applyReadings(art.claims, readings, { ...NO, ...use(art.share) }),
    })),
    heldReads.map(({ art }) => ({ file: art.file, developments: art.developments })),
  ).overall;
const cells = USES.map((u) => fmt(pooled((s) => ({ [u]: chosen[s][u] }))));
const allThree = fmt(pooled((s) => chosen[s]));
console.log(`| all (pooled) | ${arts.length} | ${fmt(pooled(() => ({})))} | ${cells.join(' | ')} | ${allThree} |`);
// What any single threshold could have bought out of fold (a ceiling, not a tuned result).
for (const t of GRID)
  console.log(`threshold ${th(t)}: ${USES.map((u) => `${u} ${fmt(pooled(() => ({ [u]: t })))}`).join(' · ')}`);
// In sample (trained and read on the same 651): how much the features can fit, against what carries out of fold.
const all = train(arts);
const inSample = arts.map((art) => ({ art, readings: readPairs(art.cands, all) }));
for (const t of [0, 4, 8, 16])
  console.log(`in sample, threshold ${t}: ${USES.map((u) => `${u} ${fmt(score(inSample, { [u]: t }))}`).join(' · ')}`);
const out = arg('--write');
if (out) {
  writeFileSync(out, JSON.stringify({ unclaimed: all.unclaimed.json(), claimed: all.claimed.json() }));
  console.log(`wrote ${out}`);
}
