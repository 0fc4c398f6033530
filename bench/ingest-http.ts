// HTTP ingest locally (`serve-ingest`): what the handler costs per article, and batch latency
// under load against API Gateway's 30 s limit. First batches alone, with detection idle (the
// handler's own cost: wall time, and CPU of this process and of DynamoDB Local per article);
// then ten batches of 100, four in flight, with detection running on behind the answers.
// DynamoDB Local runs on the full JIT as `serve-ingest` does (BENCH_DYNAMODB_JIT=quick to compare).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startIngestServer } from '#local/ingest-server';
import { LocalPipeline } from '#local/pipeline';
import { syntheticArticles } from '#local/synthetic-articles';
import { median, row } from './stats';

const KEY = 'bench-key';
const BATCH = 100;

function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

export async function benchIngestHttp(): Promise<string[]> {
  const jit = process.env.BENCH_DYNAMODB_JIT ?? 'full';
  const previous = process.env.TW_DYNAMODB_JIT;
  process.env.TW_DYNAMODB_JIT = jit;
  const pipeline = await LocalPipeline.start().finally(() => {
    if (previous === undefined) delete process.env.TW_DYNAMODB_JIT;
    else process.env.TW_DYNAMODB_JIT = previous;
  });
  const load0 = loadavg()[0];
  try {
    await pipeline.loadFacts('2025-06-29');
    const server = await startIngestServer(pipeline, { apiKey: KEY });
    let seed = 5000;
    const send = async () => {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ articles: syntheticArticles(BATCH, seed++) }),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    };
    for (let i = 0; i < 2; i++) await send(); // warm-up: JIT of Node and DynamoDB Local
    await server.detection.idle();

    const dynamoPid = pipeline.emulators[0]?.pid;
    const alone: { ms: number; node: number; dynamo?: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await server.detection.idle();
      const c0 = process.cpuUsage();
      const d0 = cpuMs(dynamoPid);
      const { ms } = await send();
      const c = process.cpuUsage(c0);
      const d1 = cpuMs(dynamoPid);
      alone.push({
        ms,
        node: (c.user + c.system) / 1000,
        ...(d0 !== undefined && d1 !== undefined ? { dynamo: d1 - d0 } : {}),
      });
    }
    await server.detection.idle();

    const answers: { status: number; ms: number }[] = [];
    let left = 10;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (left-- > 0) answers.push(await send());
      }),
    );
    const t0 = performance.now();
    await server.detection.idle();
    const catchUp = (performance.now() - t0) / 1000;
    await server.stop();

    const per = (v: number) => `${(v / BATCH).toFixed(1)} ms`;
    const batchMs = median(alone.map((a) => a.ms));
    const loaded = answers.map((a) => a.ms);
    return [
      `HTTP ingest (serve-ingest): batches of ${BATCH} distinct articles, ` +
        `DynamoDB Local JIT ${jit} (load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)})`,
      row(
        'one batch alone, detection idle: wall time',
        `${(batchMs / 1000).toFixed(2)} s (${per(batchMs)} per article)`,
      ),
      row(
        '  CPU per article: this process / DynamoDB Local',
        `${per(median(alone.map((a) => a.node)))} / ` +
          `${alone.every((a) => a.dynamo !== undefined) ? per(median(alone.map((a) => a.dynamo!))) : '?'}`,
      ),
      row('10 batches, 4 in flight, detection behind: median', `${(median(loaded) / 1000).toFixed(2)} s`),
      row(
        '  slowest batch (API Gateway cuts off at 30 s)',
        `${(Math.max(...loaded) / 1000).toFixed(2)} s = ` +
          `${((Math.max(...loaded) / 30_000) * 100).toFixed(0)} % of the limit`,
      ),
      row(
        '  answers by status',
        [...new Set(answers.map((a) => a.status))]
          .map((s) => `${answers.filter((a) => a.status === s).length} × ${s}`)
          .join(', '),
      ),
      row('  detection caught up after the last answer in', `${catchUp.toFixed(1)} s`),
    ];
  } finally {
    await pipeline.stop();
  }
}
