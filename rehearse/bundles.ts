// The bundle rehearsal: every function's asset from cdk.out, run as Lambda's Node runtime
// would (lambda-host.ts), with the environment the template gives it resolved to local
// resources (local-resources.ts); each trigger type it has gets a realistic event (events.ts),
// then the seeds run end to end through the bundles only:
//   ingest → table stream → detect → stream → compose → SQS → send → one e-mail in the local SES.
// The driver plays the event source mappings (stream and SQS polling, the template's filters);
// it never calls the source modules' handlers.
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { join } from 'node:path';
import type { DynamoDBRecord } from 'aws-lambda';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { makeStores } from '#adapters/stores';
import { buildGazetteer } from '#core/extract/index';
import { subscriberIdFor } from '#core/subscriber';
import { timelinesFromFacts } from '#core/timeline';
import { topics } from '#schema';
import { readArticleFiles } from '../local/article-files.ts';
import { readSesStore, startDynamoDbLocal, startSesLocal } from '../local/emulators.ts';
import type { Emulator, StoredEmail } from '../local/emulators.ts';
import { startFeedServer } from '../local/feed-server.ts';
import { matchesPattern } from '../local/filter.ts';
import { orderByPublication } from '../local/replay.ts';
import { LocalStream } from '../local/triggers.ts';
import { readAssembly, REPO_ROOT, type Assembly, type DeployedFunction } from './assembly.ts';
import { HostedFunction, LambdaSandbox, type Invocation } from './lambda-host.ts';
import { CREDENTIALS, LocalResources, REGION } from './local-resources.ts';
import { startLambdaFront, startMoto, startSesFront } from './stand-ins.ts';
import { smokeEveryTrigger, type TriggerCheck } from './trigger-checks.ts';

export const DEMO_SUBSCRIBER = 'demo.subscriber@treaty-watch.local';

export interface FunctionRun {
  name: string;
  handler: string;
  runtime: string;
  initMs: number;
  initError?: string;
  invocations: number;
  errors: number;
}

export interface BundleRehearsal {
  assembly: Assembly;
  functions: FunctionRun[];
  /** The seeds through the bundles: what the local SES holds at the end, and the time. */
  seeds: { articles: number; emails: StoredEmail[]; deadLetters: number; ms: number };
  triggers: TriggerCheck[];
  sdkPackages: number;
  ms: number;
}

/** One hosted function per deployed function, with counters. */
export class Fleet {
  readonly hosts = new Map<string, HostedFunction>();
  readonly counts = new Map<string, { invocations: number; errors: number }>();

  async invoke(name: string, event: unknown): Promise<Invocation> {
    const host = this.hosts.get(name);
    if (!host) throw new Error(`no deployed function ${name}`);
    const out = await host.invoke(event);
    const c = this.counts.get(name) ?? { invocations: 0, errors: 0 };
    c.invocations++;
    if (out.error) c.errors++;
    this.counts.set(name, c);
    return out;
  }

  /** Invoke and return the payload; an error answer throws with the function's last log lines. */
  async call(name: string, event: unknown): Promise<unknown> {
    const out = await this.invoke(name, event);
    if (out.error) {
      const tail = this.hosts.get(name)!.log.slice(-8).join('\n');
      throw new Error(`${name} answered ${out.error.errorType}: ${out.error.errorMessage}\n${tail}`);
    }
    return out.payload;
  }
}

export async function rehearseBundles(options: { log?: (line: string) => void } = {}): Promise<BundleRehearsal> {
  const t0 = performance.now();
  const elapsed = () => ((performance.now() - t0) / 1000).toFixed(1).padStart(5);
  const log = (line: string) => options.log?.(`[${elapsed()} s] ${line}`);
  const assembly = readAssembly();
  const emulators: Emulator[] = [];
  const fleet = new Fleet();
  const sandbox = LambdaSandbox.create();
  try {
    const [dynamo, ses, moto] = await Promise.all([startDynamoDbLocal(), startSesLocal(), startMoto()]);
    emulators.push(dynamo, ses, moto);
    const sesFront = await startSesFront(ses.endpoint);
    const endpoints = { dynamodb: dynamo.endpoint, ses: sesFront.endpoint, moto: moto.endpoint, lambda: '' };
    const resources = new LocalResources(assembly, endpoints);
    const lambdaFront = await startLambdaFront(async (name, payload) => {
      const fn = assembly.functions.find((f) => resources.stateless.get(f.logicalId)?.ref === name || f.name === name);
      return fn ? fleet.invoke(fn.name, payload) : undefined;
    });
    const feeds = await startFeedServer(join(REPO_ROOT, 'tests', 'fixtures', 'feeds'));
    emulators.push(sesFront, lambdaFront, { name: 'feeds', endpoint: feeds.base, port: 0, stop: () => feeds.stop() });
    resources.endpoints.lambda = lambdaFront.endpoint;
    await resources.create();
    log(`stand-ins up; SDK closure: ${sandbox.sdkPackages} packages in ${sandbox.dir}/node_modules`);

    await Promise.all(
      assembly.functions.map(async (fn) => {
        const host = new HostedFunction({
          name: resources.physical(fn.logicalId).ref,
          taskRoot: sandbox.addTask(fn.name, fn.assetDir),
          handler: fn.handler,
          environment: { ...resources.environmentOf(fn), ...resources.runtimeEnvironment(fn) },
          timeoutSeconds: fn.timeoutSeconds,
          memoryMb: fn.memoryMb,
          sandbox,
        });
        fleet.hosts.set(fn.name, await host.start());
        const failed = host.initError ? `  INIT ERROR ${host.initError.errorType}: ${host.initError.errorMessage}` : '';
        log(`  ${fn.name.padEnd(12)} ${fn.handler} init ${host.initMs.toFixed(0)} ms${failed}`);
      }),
    );

    const seeds = await runSeeds(assembly, resources, fleet, ses.endpoint, log);
    const triggers = await smokeEveryTrigger({
      assembly,
      resources,
      fleet,
      sesEndpoint: ses.endpoint,
      suppressed: sesFront.suppressed,
      lambdaInvocations: lambdaFront.invocations,
      feedBase: feeds.base,
      seedsRun: seeds.run,
    });
    return {
      assembly,
      functions: assembly.functions.map((fn) => {
        const host = fleet.hosts.get(fn.name)!;
        const c = fleet.counts.get(fn.name) ?? { invocations: 0, errors: 0 };
        const { name, handler, runtime } = fn;
        return { name, handler, runtime, initMs: host.initMs, initError: host.initError?.errorMessage, ...c };
      }),
      seeds: seeds.result,
      triggers,
      sdkPackages: sandbox.sdkPackages,
      ms: performance.now() - t0,
    };
  } finally {
    await Promise.all([...fleet.hosts.values()].map((h) => h.stop()));
    await Promise.all(emulators.map((e) => e.stop().catch(() => undefined)));
    sandbox.remove();
  }
}

type BatchResponse = { batchItemFailures: { itemIdentifier: string }[] };

/** Plays the deployed stream mappings (their filters from the template) and the SQS mapping. */
export class Mappings {
  private readonly stream: LocalStream;
  readonly sendQueue: { url: string; arn: string; fn: string };

  constructor(
    assembly: Assembly,
    private readonly resources: LocalResources,
    private readonly fleet: Fleet,
  ) {
    const endpoint = resources.endpoints.dynamodb;
    const streams = new DynamoDBStreamsClient({ region: REGION, credentials: CREDENTIALS, endpoint });
    const subscriptions = assembly.functions.flatMap((fn) =>
      fn.triggers.flatMap((t) =>
        t.kind !== 'stream'
          ? []
          : [
              {
                name: fn.name,
                batchSize: t.batchSize,
                filter: (r: DynamoDBRecord) =>
                  t.filters.length === 0 || t.filters.some((p) => matchesPattern(p as never, r)),
                fn: async (event: { Records: DynamoDBRecord[] }) => (await fleet.call(fn.name, event)) as BatchResponse,
              },
            ],
      ),
    );
    this.stream = new LocalStream(streams, resources.streamArn(), subscriptions);
    const sqsFn = assembly.functions.find((fn) => fn.triggers.some((t) => t.kind === 'sqs'))!;
    const trigger = sqsFn.triggers.find((t) => t.kind === 'sqs') as { queue: string };
    const queue = resources.physical(trigger.queue);
    this.sendQueue = { url: queue.ref, arn: queue.attributes.Arn, fn: sqsFn.name };
  }

  get deadLetters() {
    return this.stream.deadLetters.length;
  }

  /** One poll of the queue: a batch to the function, the successes deleted (partial batch response). */
  async pollQueue(): Promise<number> {
    const { sqs } = this.resources;
    const QueueUrl = this.sendQueue.url;
    const got = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MaxNumberOfMessages: 10,
        MessageSystemAttributeNames: ['All'],
        VisibilityTimeout: 1,
      }),
    );
    const messages = got.Messages ?? [];
    if (messages.length === 0) return 0;
    const { sqsEvent } = await import('./events.ts');
    const event = sqsEvent(this.sendQueue.arn, messages);
    const answer = (await this.fleet.call(this.sendQueue.fn, event)) as BatchResponse | null;
    const failed = new Set((answer?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    const done = messages.filter((m) => !failed.has(m.MessageId!));
    const Entries = done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! }));
    if (done.length) await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries }));
    return messages.length;
  }

  async pumpUntilQuiet(maxRounds = 50): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      const moved = await this.stream.pump();
      let sent = 0;
      for (let n = await this.pollQueue(); n > 0; n = await this.pollQueue()) sent += n;
      if (moved === 0 && sent === 0) return;
    }
    throw new Error('the deployed pipeline did not settle');
  }
}

/** npm start's job, through the bundles: facts as of the day before, a subscriber, the seed articles. */
async function runSeeds(
  assembly: Assembly,
  resources: LocalResources,
  fleet: Fleet,
  sesEndpoint: string,
  log: (line: string) => void,
) {
  const t0 = performance.now();
  const mappings = new Mappings(assembly, resources, fleet);
  const facts = loadFactBase();
  const stores = makeStores(resources.tableName(), makeDocumentClient(resources.dynamo));
  const inputs = readArticleFiles([join(REPO_ROOT, 'seeds', 'articles')], { cwd: REPO_ROOT });
  const articles = orderByPublication(inputs, buildGazetteer(facts));
  const firstDay = newsDay(articles.map((a) => a.day));
  // The operator's data load (as npm start does it), then everything else through the bundles.
  const scheduler = schedulerFrom(facts.treaties, referenceConflicts);
  const timelines = timelinesFromFacts(facts, firstDay, `${firstDay}T00:00:00.000Z`, scheduler);
  await stores.timelines.putAll(timelines);
  await stores.subscribers.put({
    subscriberId: subscriberIdFor(DEMO_SUBSCRIBER),
    email: DEMO_SUBSCRIBER,
    status: 'confirmed',
    frequency: 'instant',
    topics: [topics.all],
    createdAt: new Date().toISOString(),
  });
  await mappings.pumpUntilQuiet();
  log(`compose indexed the ${timelines.length} timelines on the record`);
  log(`seeds: ${timelines.length} timelines as of ${firstDay}, a subscriber; ${articles.length} articles to ingest`);
  for (const { input } of articles) {
    const { text, title, outlet, published, url, source } = input;
    await fleet.call('ingest', { articles: [{ text, title, outlet, published, url, source }] });
    await mappings.pumpUntilQuiet();
  }
  const emails = await readSesStore(sesEndpoint);
  log(`seeds done: ${emails.length} e-mail(s)`);
  return {
    run: { firstDay, mappings },
    result: { articles: articles.length, emails, deadLetters: mappings.deadLetters, ms: performance.now() - t0 },
  };
}

/** As npm start: the most common publication day (the later on a tie). */
function newsDay(days: (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const d of days) if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]));
  return top?.[0] ?? new Date().toISOString().slice(0, 10);
}

export type { DeployedFunction };
