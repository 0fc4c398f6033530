// Over 300 lines: claims, splits and the replay's alerts are scored from one labelled corpus in one pass.
// Evaluation built into the product: scores the extractor and a replay against a labels.json
// in the format of shared/corpus (any directory in that format, not only ours).
// Claims: precision/recall/F1 on (state, treaty, action), per role; date accuracy on matches.
// Alerts: the labelled primary developments are what should alert, once each; an alert that
// covers none of them (a hard negative, a re-report, a background fact) is a false alarm.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import {
  resolveLabelTreaty,
  scoreClaims,
  scoreSplits,
  type LabelDev,
  type Prf,
  type Score,
  type TreatySplit,
} from '#local/extract-score';
import type { FactBase } from '#core/facts';
import { isoDay } from '#core/article';
import { expandArticlePaths, readArticleFile } from './article-files';
import type { ArticleInput } from '#core/model';
import { replay } from './replay';
import type { AlertSummary, ConflictSummary } from './summary';
import { count } from './plural';

export interface Labels {
  articles: { file: string; cluster: string | null; url?: string; developments: LabelDev[] }[];
}

export interface AlertScore {
  expected: number;
  alerts: number;
  truePositives: number;
  precision: number;
  recall: number;
  falseAlarms: (AlertSummary & { why: string })[];
  missed: { state: string; treaty: string; action: string; files: string[] }[];
}

/** Labels whose note starts with "ERROR:" mark claims that contradict the record. */
export interface ConflictScore {
  expected: number;
  found: number;
  matched: number;
  missed: string[];
  extra: string[];
}

export interface EvalResult {
  corpus: string;
  articles: number;
  /** Folders holding a labels.json that were read (relative to the corpus), and those left out. */
  batches: string[];
  excluded: string[];
  /** Labelled articles whose text is not on this machine (not scored; fetch them by their url). */
  missingTexts: string[];
  asOf: string;
  claims: Score;
  /** Claim scores for the first 14-treaty catalogue, the treaties new to it, and instruments outside it. */
  splits: Record<TreatySplit, Prf & { labelled: number }>;
  alerts: AlertScore;
  conflicts: ConflictScore;
}

export function scoreConflicts(found: ConflictSummary[], labels: Labels): ConflictScore {
  const expected = labels.articles.flatMap((a) =>
    a.developments
      .filter((d) => /^ERROR:/i.test(d.note ?? ''))
      .map((d) => `${a.file}|${d.state}|${d.treaty}|${d.action}`),
  );
  const got = found.map((c) => `${c.source}|${c.state}|${c.treaty}|${c.action}`);
  const matched = expected.filter((e) => got.includes(e));
  return {
    expected: expected.length,
    found: got.length,
    matched: matched.length,
    missed: expected.filter((e) => !got.includes(e)),
    extra: got.filter((g) => !expected.includes(g)),
  };
}

/** Finds labels.json and the article folder (DIR/articles, else DIR). */
export function readCorpus(dir: string): { labels: Labels; articlesDir: string } {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) throw new Error(`no labels.json in ${dir}`);
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels;
  if (!Array.isArray(labels.articles)) throw new Error(`${labelsPath} has no "articles" array`);
  const articlesDir = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  return { labels, articlesDir };
}

export interface CorpusBatch {
  name: string;
  labels: Labels;
  articlesDir: string;
}

/**
 * Every folder under DIR (DIR included) that holds a labels.json, as one corpus
 * (real-news/<group>/batch-N/). Article files resolve per folder. Folders named in `exclude`
 * (any path segment, e.g. "final") are left out with everything under them.
 */
export function readCorpora(dir: string, exclude: string[] = []): { batches: CorpusBatch[]; excluded: string[] } {
  const batches: CorpusBatch[] = [];
  const excluded: string[] = [];
  const walk = (d: string) => {
    const name = relative(dir, d) || '.';
    if (name !== '.' && name.split(/[\\/]/).some((seg) => exclude.includes(seg))) {
      excluded.push(name);
      return;
    }
    if (existsSync(join(d, 'labels.json'))) batches.push({ name, ...readCorpus(d) });
    for (const sub of readdirSync(d).sort()) {
      if (sub === 'articles' || sub.startsWith('.') || sub === 'node_modules') continue;
      if (statSync(join(d, sub)).isDirectory()) walk(join(d, sub));
    }
  };
  walk(dir);
  if (!batches.length) throw new Error(`no labels.json in ${dir} or its subfolders`);
  return { batches, excluded };
}

/** Files of a corpus folder that are not articles. */
const CORPUS_FILES = new Set(['labels.json', 'manifest.json', 'README.md']);

const unitKey = (u: { state: string; treaty: string; action: string }) => `${u.state}|${u.treaty}|${u.action}`;

export function scoreAlerts(alerts: AlertSummary[], labels: Labels): AlertScore {
  const expected = new Map<string, { state: string; treaty: string; action: string; files: string[] }>();
  for (const a of labels.articles) {
    for (const d of a.developments) {
      if (d.role !== 'primary') continue;
      const unit = expected.get(unitKey(d)) ?? { state: d.state, treaty: d.treaty, action: d.action, files: [] };
      unit.files.push(a.file);
      expected.set(unitKey(d), unit);
    }
  }
  const covered = new Set<string>();
  const falseAlarms: AlertScore['falseAlarms'] = [];
  let truePositives = 0;
  for (const alert of alerts) {
    const units = alert.actions.map((action) => unitKey({ state: alert.state, treaty: alert.treaty, action }));
    const fresh = units.filter((u) => expected.has(u) && !covered.has(u));
    if (fresh.length > 0) {
      truePositives++;
      for (const u of fresh) covered.add(u);
    } else {
      falseAlarms.push({
        ...alert,
        why: units.some((u) => expected.has(u)) ? 'repeats an alert already raised' : 'no labelled primary development',
      });
    }
  }
  const missed = [...expected.entries()].filter(([k]) => !covered.has(k)).map(([, u]) => u);
  return {
    expected: expected.size,
    alerts: alerts.length,
    truePositives,
    precision: alerts.length ? truePositives / alerts.length : 1,
    recall: expected.size ? covered.size / expected.size : 1,
    falseAlarms,
    missed,
  };
}

export interface EvalOptions {
  /** Subfolder names to leave out (e.g. the held-out "final" batch). */
  excludeBatches?: string[];
}

export async function evaluateCorpus(dir: string, facts?: FactBase, options: EvalOptions = {}): Promise<EvalResult> {
  const { batches, excluded } = readCorpora(dir, options.excludeBatches);
  // One key per article across batches: "<batch>/<file>" (just "<file>" for a flat corpus).
  const keyOf = (batch: CorpusBatch, file: string) => (batch.name === '.' ? file : `${batch.name}/${file}`);
  const inputs: ArticleInput[] = [];
  const labelled: Labels['articles'] = [];
  const missingTexts: string[] = [];
  const { loadFactBase } = await import('#adapters/fact-files');
  const factBase = facts ?? loadFactBase();
  // Built before the labels are read: a label's uncatalogued name the catalogue now holds is that record.
  const gazetteer = buildGazetteer(factBase);
  for (const batch of batches) {
    // The batch's own files (labels, manifest) sit beside the articles when there is no articles/ folder.
    const files = expandArticlePaths([batch.articlesDir]).files.filter((f) => !CORPUS_FILES.has(basename(f)));
    for (const f of files) {
      const read = readArticleFile(f, batch.articlesDir);
      const key = keyOf(batch, relative(batch.articlesDir, f));
      // A .json file may hold several articles: "<file>#<n>" each, as ingest names them.
      for (const [i, input] of read.entries()) {
        inputs.push({ ...input, source: read.length === 1 ? key : `${key}#${i}` });
      }
    }
    const present = new Set(files.map((f) => relative(batch.articlesDir, f)));
    for (const a of batch.labels.articles) {
      if (!present.has(a.file)) {
        missingTexts.push(keyOf(batch, a.file));
        continue;
      }
      labelled.push({
        ...a,
        file: keyOf(batch, a.file),
        developments: a.developments.map((d) => resolveLabelTreaty(d, gazetteer)),
      });
    }
  }
  const labels: Labels = { articles: labelled };
  const predicted = inputs.map((input) => ({
    file: input.source ?? '',
    claims: extractClaims(
      { body: input.text, title: input.title, published: input.published, url: input.url },
      gazetteer,
    ).claims,
  }));
  const claims = scoreClaims(predicted, labels.articles);
  const splits = scoreSplits(predicted, labels.articles);
  // The store starts with what was on the record before the eve of the oldest article: the record
  // learns a fact after the news does, so a fact dated the day before the first report (Russia's
  // CFE exit, reported the next morning) was not yet on it.
  const days = inputs
    .map((i) => isoDay(i.published))
    .filter((d): d is string => Boolean(d))
    .sort();
  const asOf = dayBefore(days[0] ?? new Date().toISOString().slice(0, 10));
  const replayed = await replay(inputs, asOf, { facts: factBase });
  return {
    corpus: dir,
    articles: inputs.length,
    batches: batches.map((b) => b.name),
    excluded,
    missingTexts,
    asOf,
    claims,
    splits,
    alerts: scoreAlerts(replayed.alerts, labels),
    conflicts: scoreConflicts(replayed.conflicts, labels),
  };
}

/** The headline numbers alone, for recording runs (`eval --json`). */
export function evalFigures(r: EvalResult) {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const prf = (p: Prf) => ({
    precision: round(p.precision),
    recall: round(p.recall),
    f1: round(p.f1),
    tp: p.tp,
    fp: p.fp,
    fn: p.fn,
  });
  return {
    corpus: r.corpus,
    articles: r.articles,
    batches: r.batches,
    excluded: r.excluded,
    missingTexts: r.missingTexts.length,
    asOf: r.asOf,
    claims: {
      all: prf(r.claims.overall),
      primary: prf(r.claims.primary),
      background: prf(r.claims.background),
      dateAccuracy: round(r.claims.dateAccuracy),
      dateMatched: r.claims.dateMatched,
    },
    splits: Object.fromEntries(Object.entries(r.splits).map(([k, v]) => [k, { ...prf(v), labelled: v.labelled }])),
    alerts: {
      precision: round(r.alerts.precision),
      recall: round(r.alerts.recall),
      right: r.alerts.truePositives,
      alerts: r.alerts.alerts,
      expected: r.alerts.expected,
    },
    conflicts: { expected: r.conflicts.expected, matched: r.conflicts.matched, other: r.conflicts.extra.length },
  };
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function formatEval(r: EvalResult): string {
  const c = r.claims;
  const line = (name: string, s: Score['overall']) =>
    `  ${name.padEnd(16)} P ${pct(s.precision).padStart(7)}  R ${pct(s.recall).padStart(7)}  F1 ${s.f1.toFixed(3)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const out = [
    `Corpus ${r.corpus}: ${count(r.articles, 'article')}; replay as of ${r.asOf}`,
    ...(r.batches.length > 1 || r.excluded.length
      ? [`  batches: ${r.batches.join(', ')}${r.excluded.length ? `; left out: ${r.excluded.join(', ')}` : ''}`]
      : []),
    ...(r.missingTexts.length
      ? [`  ${r.missingTexts.length} labelled article(s) without their text here, not scored (re-fetch by url)`]
      : []),
    '',
    'Claims on (state, treaty, action)',
    line('all', c.overall),
    line('primary', c.primary),
    line('background', c.background),
    `  date accuracy on matched claims: ${pct(c.dateAccuracy)} (${c.dateCorrect}/${c.dateMatched})`,
    '',
    'Claims by treaty (all roles)',
    line('first 14', r.splits['first-catalogue']),
    line('new in catalogue', r.splits['new-to-catalogue']),
    line('uncatalogued', r.splits.uncatalogued),
    '',
    'Alerts from the replay (one per labelled primary development)',
    `  P ${pct(r.alerts.precision)}  R ${pct(r.alerts.recall)}   (${r.alerts.truePositives} right of ${count(r.alerts.alerts, 'alert')}; ${r.alerts.expected} expected)`,
    '',
    'Conflicts with the record (labels noted "ERROR:")',
    `  ${r.conflicts.matched} of ${r.conflicts.expected} flagged; ${count(r.conflicts.extra.length, 'other conflict')} raised`,
    ...r.conflicts.missed.map((m) => `  missed: ${m}`),
    ...r.conflicts.extra.map((m) => `  other: ${m}`),
  ];
  if (c.misses.length)
    out.push(
      '',
      'Missed claims:',
      ...c.misses.map(
        (m) =>
          `  ${m.file}: ${m.role} ${m.state} ${m.treaty} ${m.action} ${m.date ?? '—'}${m.note ? ` (${m.note})` : ''}`,
      ),
    );
  if (c.falseAlarms.length)
    out.push(
      '',
      'False claims:',
      ...c.falseAlarms.map(
        (m) =>
          `  ${m.file}: ${m.role} ${m.state} ${m.treaty} ${m.action} ${m.date ?? '—'} — "${(m.evidence ?? '').slice(0, 140)}"`,
      ),
    );
  if (c.dateErrors.length)
    out.push(
      '',
      'Wrong dates:',
      ...c.dateErrors.map(
        (m) =>
          `  ${m.file}: ${m.state} ${m.treaty} ${m.action} labelled ${m.date ?? '—'}, extracted ${m.predicted ?? '—'}`,
      ),
    );
  if (c.roleErrors.length)
    out.push(
      '',
      'Wrong roles:',
      ...c.roleErrors.map(
        (m) => `  ${m.file}: ${m.state} ${m.treaty} ${m.action} labelled ${m.role}, extracted ${m.predicted}`,
      ),
    );
  if (r.alerts.missed.length)
    out.push(
      '',
      'Missed alerts:',
      ...r.alerts.missed.map((m) => `  ${m.state} ${m.treaty} ${m.action} (${m.files.join(', ')})`),
    );
  if (r.alerts.falseAlarms.length)
    out.push(
      '',
      'False alarms:',
      ...r.alerts.falseAlarms.map(
        (a) => `  ${a.state} ${a.treaty} ${a.actions.join('+')} ${a.date ?? '—'}: ${a.why} (${a.sources.join(', ')})`,
      ),
    );
  return out.join('\n');
}
