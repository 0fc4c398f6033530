// Detection throughput (extract + cluster into timelines + classify, pure, one core) and
// DynamoDB requests per ingested article (the real pipeline on DynamoDB Local).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { articleFingerprint } from '#core/article';
import { pairKey, planDetection } from '#core/detection-plan';
import type { StoredArticle } from '#core/records';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import { loadReader, setStructuralReader } from '#core/extract/structure';
import { timelinesFromFacts, type Timeline } from '#core/timeline';
import { loadFactBase } from '#adapters/fact-files';
import { namesFrom, referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';
import { median, row } from './stats';

const corpusDir = join(process.cwd(), 'tests', 'fixtures', 'corpus', 'articles');
const seedsDir = join(process.cwd(), 'seeds', 'articles');

export async function benchPipeline(): Promise<string[]> {
  const facts = loadFactBase();
  const gazetteer = buildGazetteer(facts);
  const names = namesFrom(facts.treaties, facts.states);
  const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);
  const inputs = readArticleFiles([corpusDir, seedsDir]).filter((i) => !i.rejection);
  const initial = new Map(
    timelinesFromFacts(facts, '2023-11-01', '2023-11-01T00:00:00Z', scheduleFor).map((t) => [
      pairKey(t.state, t.treaty),
      t,
    ]),
  );
  const articles: StoredArticle[] = inputs.map((i) => ({
    articleId: articleFingerprint(i.text),
    ...i,
    ingestedAt: '2025-01-01T00:00:00Z',
    status: 'ingested',
  }));

  // One pass = every article extracted, its claims applied to the in-memory timelines, classified.
  const detectPass = () => {
    const timelines = new Map<string, Timeline>(initial);
    for (const a of articles) {
      const extraction = extractClaims({ body: a.text, title: a.title, published: a.published }, gazetteer);
      const plan = planDetection(a, extraction, timelines, names, '2025-07-01T00:00:00Z', scheduleFor);
      for (const o of plan.outcomes)
        if (o.changed) timelines.set(pairKey(o.timeline.state, o.timeline.treaty), o.timeline);
    }
  };
  // Baseline in the same run: only normalising and fingerprinting each article.
  const baselinePass = () => {
    for (const a of articles) articleFingerprint(a.text);
  };
  // Wall-clock rate, and the rate per CPU-second of this process (what one core does when the machine is shared).
  const cpuRates = new Map<() => void, number>();
  const runs = (fn: () => void, n: number, warm = true) => {
    if (warm) fn();
    const rates: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (let k = 0; k < 10; k++) fn();
      const c = process.cpuUsage(c0);
      rates.push((articles.length * 10) / ((performance.now() - t0) / 1000));
      cpu.push((articles.length * 10) / ((c.user + c.system) / 1e6));
    }
    cpuRates.set(fn, median(cpu));
    return median(rates);
  };
  // The sentence reader's model is loaded once per process (a Lambda cold start pays it): time it first.
  const coldMs = loadReader();
  // And in a fresh process, module import included (what a Lambda cold start adds).
  const coldProcessMs = Number(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const t=performance.now();const w=(await import('wink-nlp')).default;const m=(await " +
          "import('wink-eng-lite-web-model')).default;" +
          "w(m,['pos']);console.log(performance.now()-t)",
      ],
      { encoding: 'utf8' },
    ).trim(),
  );
  // The old baseline in the same run: the rules alone, without the structural reader. Rounds alternate (reader on,
  // reader off) so that a load change on a shared machine falls on both alike.
  const rulesPass = () => {
    setStructuralReader(false);
    try {
      detectPass();
    } finally {
      setStructuralReader(true);
    }
  };
  detectPass();
  rulesPass(); // warm both
  const on: number[] = [],
    off: number[] = [],
    onCpu: number[] = [],
    offCpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    on.push(runs(detectPass, 1, false));
    onCpu.push(cpuRates.get(detectPass)!);
    off.push(runs(rulesPass, 1, false));
    offCpu.push(cpuRates.get(rulesPass)!);
  }
  const [detectRate, rulesRate, detectCpu, rulesCpu] = [on, off, onCpu, offCpu].map((xs) => median(xs));
  const baselineRate = runs(baselinePass, 7);

  // Requests per article on DynamoDB Local, through the real handlers.
  const pipeline = await LocalPipeline.start({ facts });
  let perArticle = '';
  try {
    await pipeline.loadFacts('2023-11-01');
    const ordered = orderByPublication(inputs, gazetteer);
    pipeline.requests.reset();
    const outcomes = await feedInOrder(pipeline, ordered, '2023-11-01');
    const stored = outcomes.filter((o) => o.status === 'stored').length;
    const path = ['ingest', 'detect'];
    const alerts = pipeline.observed('alert').length;
    const detail = [...pipeline.requests.counts]
      .map(([stage, ops]) => `${stage}: ${[...ops].map(([k, v]) => `${k} ${v}`).join(', ')}`)
      .join('; ');
    perArticle = [
      row(
        `writes per ingested article, ingest + detect (${stored} articles; goal ≤ 4)`,
        (pipeline.requests.total('write', path) / stored).toFixed(2),
      ),
      row(
        'reads per ingested article, ingest + detect (goal ≤ 2)',
        (pipeline.requests.total('read', path) / stored).toFixed(2),
      ),
      row(
        `compose (instant edition + digest index), per alert (${alerts} alerts): writes / reads`,
        `${(pipeline.requests.total('write', ['compose']) / Math.max(1, alerts)).toFixed(2)} / ` +
          `${(pipeline.requests.total('read', ['compose']) / Math.max(1, alerts)).toFixed(2)}`,
      ),
      row(
        'all stages, per article: writes / reads',
        `${(pipeline.requests.total('write') / stored).toFixed(2)} / ` +
          `${(pipeline.requests.total('read') / stored).toFixed(2)}`,
      ),
      row('requests by stage and operation', detail),
    ].join('\n');
  } finally {
    await pipeline.stop();
  }
  return [
    'Detection: extract + cluster into timelines + classify (pure, one core)',
    row(
      `articles per second, with the wink-nlp reader (median of 7 runs × 10 passes × ${articles.length})`,
      detectRate.toFixed(0),
    ),
    row('  per CPU-second of this process (one core, whatever else the machine runs)', detectCpu.toFixed(0)),
    row('old baseline: rules alone (no wink-nlp reader), articles per second', rulesRate.toFixed(0)),
    row('  per CPU-second', rulesCpu.toFixed(0)),
    row('with the reader: share of the rules-alone rate', `${((100 * detectRate) / rulesRate).toFixed(0)} %`),
    row(
      'reader cold start: model built in this process / import + build in a fresh one, ms',
      `${coldMs.toFixed(0)} / ${coldProcessMs.toFixed(0)}`,
    ),
    row('baseline: fingerprint only, articles per second', baselineRate.toFixed(0)),
    row('detection cost / baseline cost', `${(baselineRate / detectRate).toFixed(1)} ×`),
    row(
      'goal: ≥ 500 articles per second (wall / per CPU-second)',
      `${detectRate >= 500 ? 'met' : 'NOT met'} / ${detectCpu >= 500 ? 'met' : 'NOT met'}`,
    ),
    '',
    'Store: requests per ingested article (real handlers, DynamoDB Local)',
    perArticle,
  ];
}
