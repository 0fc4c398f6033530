// Evaluation built into the product: scores the extractor and a replay against a labels.json
// in the format of shared/corpus (any directory in that format, not only ours).
// Claims: precision/recall/F1 on (state, treaty, action), per role; date accuracy on matches.
// Alerts: the labelled primary developments are what should alert, once each; an alert that
// covers none of them (a hard negative, a re-report, a background fact) is a false alarm.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import { scoreClaims, type LabelDev, type Score } from '#core/extract/score';
import type { FactBase } from '#core/facts';
import { isoDay } from '#core/article';
import { expandPaths, readArticleFile } from './article-files';
import { replay } from './replay';
import type { AlertSummary, ConflictSummary } from './summary';

export interface Labels {
  articles: { file: string; cluster: string | null; developments: LabelDev[] }[];
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
  asOf: string;
  claims: Score;
  alerts: AlertScore;
  conflicts: ConflictScore;
}

export function scoreConflicts(found: ConflictSummary[], labels: Labels): ConflictScore {
  const expected = labels.articles.flatMap((a) =>
    a.developments.filter((d) => /^ERROR:/i.test(d.note ?? '')).map((d) => `${a.file}|${d.state}|${d.treaty}|${d.action}`),
  );
  const got = found.map((c) => `${c.source.split('/').pop()}|${c.state}|${c.treaty}|${c.action}`);
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
      falseAlarms.push({ ...alert, why: units.some((u) => expected.has(u)) ? 'repeats an alert already raised' : 'no labelled primary development' });
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

export async function evaluateCorpus(dir: string, facts?: FactBase): Promise<EvalResult> {
  const { labels, articlesDir } = readCorpus(dir);
  const files = expandPaths([articlesDir]);
  const inputs = files.map((f) => readArticleFile(f, articlesDir));
  const { loadFactBase } = await import('#adapters/fact-files');
  const factBase = facts ?? loadFactBase();
  const gazetteer = buildGazetteer(factBase);
  const predicted = inputs.map((input) => ({
    file: input.source ?? '',
    claims: extractClaims({ body: input.text, title: input.title, published: input.published }, gazetteer).claims,
  }));
  const claims = scoreClaims(predicted, labels.articles);
  // The store starts with what was on the record before the eve of the oldest article: the record
  // learns a fact after the news does, so a fact dated the day before the first report (Russia's
  // CFE exit, reported the next morning) was not yet on it.
  const days = inputs.map((i) => isoDay(i.published)).filter((d): d is string => Boolean(d)).sort();
  const asOf = dayBefore(days[0] ?? new Date().toISOString().slice(0, 10));
  const replayed = await replay(inputs, asOf, { facts: factBase });
  return { corpus: dir, articles: inputs.length, asOf, claims, alerts: scoreAlerts(replayed.alerts, labels), conflicts: scoreConflicts(replayed.conflicts, labels) };
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function formatEval(r: EvalResult): string {
  const c = r.claims;
  const line = (name: string, s: Score['overall']) =>
    `  ${name.padEnd(12)} P ${pct(s.precision).padStart(7)}  R ${pct(s.recall).padStart(7)}  F1 ${s.f1.toFixed(3)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const out = [
    `Corpus ${r.corpus}: ${r.articles} articles; replay as of ${r.asOf}`,
    '',
    'Claims on (state, treaty, action)',
    line('all', c.overall),
    line('primary', c.primary),
    line('background', c.background),
    `  date accuracy on matched claims: ${pct(c.dateAccuracy)} (${c.dateCorrect}/${c.dateMatched})`,
    '',
    'Alerts from the replay (one per labelled primary development)',
    `  P ${pct(r.alerts.precision)}  R ${pct(r.alerts.recall)}   (${r.alerts.truePositives} right of ${r.alerts.alerts} alerts; ${r.alerts.expected} expected)`,
    '',
    'Conflicts with the record (labels noted "ERROR:")',
    `  ${r.conflicts.matched} of ${r.conflicts.expected} flagged; ${r.conflicts.extra.length} other conflict(s) raised`,
    ...r.conflicts.missed.map((m) => `  missed: ${m}`),
    ...r.conflicts.extra.map((m) => `  other: ${m}`),
  ];
  if (c.misses.length) out.push('', 'Missed claims:', ...c.misses.map((m) => `  ${m.file}: ${m.role} ${m.state} ${m.treaty} ${m.action} ${m.date ?? '—'}${m.note ? ` (${m.note})` : ''}`));
  if (c.falseAlarms.length) out.push('', 'False claims:', ...c.falseAlarms.map((m) => `  ${m.file}: ${m.role} ${m.state} ${m.treaty} ${m.action} ${m.date ?? '—'} — "${(m.evidence ?? '').slice(0, 140)}"`));
  if (c.dateErrors.length) out.push('', 'Wrong dates:', ...c.dateErrors.map((m) => `  ${m.file}: ${m.state} ${m.treaty} ${m.action} labelled ${m.date ?? '—'}, extracted ${m.predicted ?? '—'}`));
  if (r.alerts.missed.length) out.push('', 'Missed alerts:', ...r.alerts.missed.map((m) => `  ${m.state} ${m.treaty} ${m.action} (${m.files.join(', ')})`));
  if (r.alerts.falseAlarms.length) out.push('', 'False alarms:', ...r.alerts.falseAlarms.map((a) => `  ${a.state} ${a.treaty} ${a.actions.join('+')} ${a.date ?? '—'}: ${a.why} (${a.sources.join(', ')})`));
  return out.join('\n');
}
