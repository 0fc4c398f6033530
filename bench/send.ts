// Sending throughput: the full send path (SQS stand-in → send handler → ledger claim on
// DynamoDB Local → personalise → SES SendEmail → ledger mark) against the local SES ceiling
// measured in the same run (goal: ≥ 80 %).
// The ceiling is raw SendEmail calls with nothing around them: the same sender class, SDK
// client settings and message shape as the path (one personalised e-mail, its headers and
// tags), at whichever of several concurrencies goes fastest in that round (the path keeps
// its own: instances × 10 messages × sends per message).
// Timed: the send function draining the queue (the local driver's stream polling is not).
// The SES store is cleared before every timed run, so each starts from the same state.
// Steady state: DynamoDB Local runs with the JVM's full JIT (TW_DYNAMODB_JIT=full, as for a
// long session; tests use the quick C1-only flags) and both paths are warmed up first —
// BENCH_WARMUP full deliveries, enough for C2 to compile DynamoDB Local's hot paths (the
// warm-up line shows its CPU per e-mail falling). BENCH_DYNAMODB_JIT=quick measures the
// tests' JVM instead.
// CPU per e-mail, by process, over the timed part only, is read from /proc (Linux; n/a elsewhere).
// On AWS the path's cost per e-mail is its DynamoDB requests and its Node CPU, not the local SES
// ceiling: both are printed, the CPU as a ratio to raw SendEmail's in the same run (goal ≤ 1.2×).
// Requests are counted at the DynamoDB client the send function uses (a middleware).
import { readFileSync } from 'node:fs';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { linkMaker } from '#core/links';
import { instantEditionId, toSendBatches } from '#core/editions';
import { tagSafe, unsubscribeHeaders, type OutgoingEmail } from '#core/email-sending';
import { sdkLogger } from '#adapters/sdk-logger';
import { SesSender } from '#adapters/ses-sender';
import { renderEdition } from '#emails/index';
import { personalise } from '#emails/personalise';
import { readSesStore, sesLocalHttp } from '#local/emulators';
import { LocalPipeline } from '#local/pipeline';
import { median, row } from './stats';

const RECIPIENTS = 1000;
const RAW = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Sends in flight on the path: invocations × 10 messages per invocation × concurrency per message. */
const PER_MESSAGE = Number(process.env.BENCH_PER_MESSAGE ?? 8);
const INVOCATIONS = Number(process.env.BENCH_INVOCATIONS ?? 2);
const IN_FLIGHT = INVOCATIONS * 10 * PER_MESSAGE;
/**
 * Concurrencies tried for the raw ceiling; the best of them is the round's ceiling. On a loaded
 * machine fewer in flight (e.g. BENCH_RAW_IN_FLIGHT=16) keeps answers inside the SES client's 2 s timeout.
 */
const RAW_TRIED = (process.env.BENCH_RAW_IN_FLIGHT ?? '16,32,64')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const RAW_CONCURRENCIES = [...new Set([...RAW_TRIED, IN_FLIGHT])].sort((a, b) => a - b);
/** Full deliveries before anything is measured (the JIT of DynamoDB Local, Node and the SES stand-in). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 12);
const JIT = process.env.BENCH_DYNAMODB_JIT ?? 'full';

interface Cpu {
  node: number;
  dynamo?: number;
  ses?: number;
}
interface Run {
  rate: number;
  cpu: Cpu;
  /** DynamoDB requests per recipient, by operation (path runs only). */
  requests?: Map<string, number>;
}

/** CPU milliseconds a process has used so far (utime + stime from /proc), or undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms (USER_HZ)
  } catch {
    return undefined;
  }
}

/** Times `fn` (which handles `emails` e-mails): sends/s, and CPU per e-mail of each process. */
async function timed(pids: { dynamo?: number; ses?: number }, emails: number, fn: () => Promise<void>): Promise<Run> {
  const self0 = process.cpuUsage();
  const d0 = cpuMs(pids.dynamo);
  const s0 = cpuMs(pids.ses);
  const t0 = performance.now();
  await fn();
  const seconds = (performance.now() - t0) / 1000;
  const self = process.cpuUsage(self0);
  const d1 = cpuMs(pids.dynamo);
  const s1 = cpuMs(pids.ses);
  const per = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : (b - a) / emails);
  return {
    rate: emails / seconds,
    cpu: { node: (self.user + self.system) / 1000 / emails, dynamo: per(d0, d1), ses: per(s0, s1) },
  };
}

const fmt = (v?: number) => (v === undefined ? 'n/a' : v.toFixed(2));
const cpuLine = (cpus: Cpu[]) => {
  const m = (k: keyof Cpu) => (cpus.every((c) => c[k] !== undefined) ? median(cpus.map((c) => c[k]!)) : undefined);
  return `${fmt(m('node'))} / ${fmt(m('dynamo'))} / ${fmt(m('ses'))} ms`;
};

async function clearSesStore(endpoint: string): Promise<void> {
  const res = await fetch(`${endpoint}/clear-store`, { method: 'POST' });
  if (!res.ok) throw new Error(`SES clear-store answered ${res.status}`);
}

export async function benchSend(): Promise<string[]> {
  const previousJit = process.env.TW_DYNAMODB_JIT;
  process.env.TW_DYNAMODB_JIT = JIT;
  const pipeline = await LocalPipeline.start({
    withSes: true,
    maxSendRate: 100_000,
    sendConcurrency: PER_MESSAGE,
  }).finally(() => {
    if (previousJit === undefined) delete process.env.TW_DYNAMODB_JIT;
    else process.env.TW_DYNAMODB_JIT = previousJit;
  });
  const pids = { dynamo: pipeline.emulators[0]?.pid, ses: pipeline.ses?.pid };
  try {
    const endpoint = pipeline.ses!.endpoint;
    await pipeline.addSubscribers(Array.from({ length: RECIPIENTS }, (_, i) => `bench${i}@example.org`));
    const edition = await renderEdition({
      kind: 'instant',
      editionId: 'bench',
      generatedAt: new Date().toISOString(),
      items: [
        {
          stateCode: 'UKR',
          stateName: 'Ukraine',
          treatyId: 'ottawa-convention',
          treatyName: 'Ottawa Convention',
          actions: ['withdrawal_decreed'],
          date: '2025-06-29',
          novelty: 'NEW',
          headline: 'Ukraine decreed its withdrawal from the Ottawa Convention',
          evidence: 'The president signed a decree.',
          sources: [{ label: 'Outlet', url: 'https://news.example/story' }],
        },
      ],
    });
    const store = (alertId: string) =>
      pipeline.stores.editions.putOnce({
        editionId: instantEditionId({ alertId }),
        kind: 'instant',
        ...edition,
        alertIds: [alertId],
        about: { state: 'UKR', treaty: 'ottawa-convention' },
        topics: ['TOPIC#all'],
        frequency: 'instant',
        createdAt: new Date().toISOString(),
      });
    const ids = await pipeline.stores.subscribers.idsForTopics(['TOPIC#all'], 'instant');

    // The raw e-mail: what the path sends to one recipient, built once.
    const links = linkMaker('bench-secret', pipeline.publicBaseUrl, 'unsubscribe@treaty-watch.local', () =>
      Math.floor(Date.now() / 1000),
    )('bench-raw');
    const personal = personalise(edition, {
      unsubscribeUrl: links.unsubscribeUrl,
      preferencesUrl: links.preferencesUrl,
      reason: 'You follow: Ottawa Convention',
    });
    const email: OutgoingEmail = {
      from: 'Treaty Watch <alerts@treaty-watch.local>',
      to: '',
      subject: personal.subject,
      html: personal.html,
      text: personal.text,
      headers: unsubscribeHeaders(links.unsubscribeUrl, links.unsubscribeMailto),
      tags: { edition: tagSafe('instant-bench'), kind: 'instant' },
    };
    // The same client settings as the path's (local/pipeline.ts), its logger included.
    const sesClient = new SESv2Client({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
      logger: sdkLogger,
      ...sesLocalHttp(),
    });
    const rawSender = new SesSender(sesClient, 'treaty-watch-local');

    /** Raw SendEmail: RAW copies of the e-mail (only the address varies), `inFlight` at once. */
    const rawRun = async (inFlight: number): Promise<Run> => {
      await clearSesStore(endpoint);
      let next = 0;
      const run = await timed(pids, RAW, async () => {
        await Promise.all(
          Array.from({ length: inFlight }, async () => {
            for (let i = next++; i < RAW; i = next++) await rawSender.send({ ...email, to: `raw${i}@example.org` });
          }),
        );
      });
      const stored = (await readSesStore(endpoint)).length;
      if (stored !== RAW) throw new Error(`raw: SES stored ${stored} of ${RAW}`);
      return run;
    };
    /** The round's ceiling: the best raw rate over the candidate concurrencies, and which won. */
    const ceiling = async () => {
      let best: Run & { inFlight: number } = { rate: 0, cpu: { node: 0 }, inFlight: 0 };
      for (const c of RAW_CONCURRENCIES) {
        const run = await rawRun(c);
        if (run.rate > best.rate) best = { ...run, inFlight: c };
      }
      return best;
    };
    /** One full delivery of a fresh edition to every subscriber, through the send function. */
    const pathRun = async (alertId: string): Promise<Run> => {
      await store(alertId);
      await clearSesStore(endpoint);
      pipeline.requests.reset();
      const run = await timed(pids, ids.length, async () => {
        await pipeline.queue.enqueue(toSendBatches(instantEditionId({ alertId }), ids));
        await pipeline.drainSends(INVOCATIONS);
      });
      const requests = new Map<string, number>();
      for (const ops of pipeline.requests.counts.values()) {
        for (const [op, n] of ops) requests.set(op, (requests.get(op) ?? 0) + n / ids.length);
      }
      const sent = (await readSesStore(endpoint)).length;
      if (sent !== ids.length)
        throw new Error(`sent ${sent} of ${ids.length}: ${JSON.stringify(pipeline.sendWarnings.slice(0, 3))}`);
      return { ...run, requests };
    };

    // Warm up both paths, then alternate ceiling and path runs so load from elsewhere hits
    // both alike; compare medians.
    const warmStarted = performance.now();
    await ceiling();
    const warm: Run[] = [];
    for (let i = 0; i < Math.max(1, WARMUP); i++) warm.push(await pathRun(`warm-up-${i}`));
    const warmSeconds = (performance.now() - warmStarted) / 1000;
    const ceilings: Awaited<ReturnType<typeof ceiling>>[] = [];
    const paths: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ceilings.push(await ceiling());
      paths.push(await pathRun(`bench-${round}`));
    }
    const ceilingRate = median(ceilings.map((c) => c.rate));
    const pathRate = median(paths.map((p) => p.rate));
    const perRound = ceilings
      .map(
        (c, i) =>
          `${paths[i].rate.toFixed(0)}/${c.rate.toFixed(0)} ` +
          `(${((paths[i].rate / c.rate) * 100).toFixed(0)} %, raw best at ${c.inFlight})`,
      )
      .join(', ');
    const sampled = warm.filter((_, i) => i % 3 === 0 || i === warm.length - 1);
    // Each path run against its own round's raw run (load from elsewhere hits both alike).
    const cpuRatios = paths.map((p, i) => p.cpu.node / ceilings[i].cpu.node);
    const cpuRatio = median(cpuRatios);
    const requests = paths.at(-1)!.requests!;
    const requestTotal = [...requests.values()].reduce((a, b) => a + b, 0);
    const byOp = [...requests].sort((a, b) => b[1] - a[1]).map(([op, n]) => `${op} ${n.toFixed(3)}`);
    return [
      `Sending: full send path vs raw local SES, same run, same e-mail (DynamoDB Local JIT: ${JIT})`,
      row(
        `raw SendEmail to aws-ses-v2-local (median of ${ROUNDS}; ` +
          `each the best of ${RAW_CONCURRENCIES.join('/')} in flight × ${RAW})`,
        `${ceilingRate.toFixed(0)} sends/s`,
      ),
      row(
        `send path (median of ${ROUNDS} × ${ids.length} recipients, ${INVOCATIONS} instances, ${IN_FLIGHT} in flight)`,
        `${pathRate.toFixed(0)} sends/s`,
      ),
      row('send path / local SES ceiling (goal ≥ 80 %)', `${((pathRate / ceilingRate) * 100).toFixed(1)} %`),
      row('per round: path/ceiling', perRound),
      row('CPU per e-mail, raw: bench / DynamoDB Local / SES', cpuLine(ceilings.map((c) => c.cpu))),
      row('CPU per e-mail, path: bench / DynamoDB Local / SES', cpuLine(paths.map((p) => p.cpu))),
      row(
        'Node CPU per e-mail, path / raw SendEmail (goal ≤ 1.2×)',
        `${cpuRatio.toFixed(2)}× (median; per round ${cpuRatios.map((r) => r.toFixed(2)).join(', ')})`,
      ),
      row('DynamoDB requests per recipient (last path run)', `${requestTotal.toFixed(3)}: ${byOp.join(', ')}`),
      row(
        `warm-up (${warm.length} runs, ${warmSeconds.toFixed(0)} s): path sends/s, DynamoDB Local CPU ms/e-mail`,
        sampled.map((w) => `${w.rate.toFixed(0)}, ${fmt(w.cpu.dynamo)}`).join(' → '),
      ),
    ];
  } finally {
    await pipeline.stop();
  }
}
