// Over 300 lines: the local driver starts the stand-ins and wires all ten functions and their triggers in one place.
// The local driver: the whole pipeline on the laptop. It starts the stand-ins, points the
// AWS SDK at them, wires the same handler modules Lambda runs with the same dependency builders
// (functions/<name>/dependencies.ts, given a configuration object and the stand-ins' clients),
// and plays the triggers: stream → detect/compose, schedule → compose, queue → send.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { STREAM_FILTERS, topics as topicKeys } from '#schema';
import type { FactBase } from '#core/facts';
import type { ArticleInput } from '#core/model';
import type { IngestOutcome } from '#core/records';
import type { WebDeps } from '#web/app/app';
import { subscriberIdFor, type Frequency, type Subscriber } from '#core/subscriber';
import { timelinesFromFacts } from '#core/timeline';
import { SettableClock, systemClock } from '#adapters/clock';
import { makeDocumentClient, RequestCounter } from '#adapters/dynamo-client';
import { sdkLogger } from '#adapters/sdk-logger';
import { loadFactBase } from '#adapters/fact-files';
import { logger } from '#adapters/logger';
import { referenceConflicts, schedulerFrom, type ReferenceData } from '#adapters/reference-data';
import { ReminderStore } from '#adapters/reminder-store';
import { reminderRowsFor } from '#core/reminders';
import { SesSender } from '#adapters/ses-sender';
import { makeStores, type Stores } from '#adapters/stores';
import { makeHandler as makeIngest } from '../functions/ingest/handler';
import { buildIngestDependencies } from '../functions/ingest/dependencies';
import { makeHandler as makeDetect } from '../functions/detect/handler';
import { buildDetectDependencies } from '../functions/detect/dependencies';
import { makeHandler as makeCompose, type DigestEvent } from '../functions/compose/handler';
import { buildComposeDependencies } from '../functions/compose/dependencies';
import { makeHandler as makeSend } from '../functions/send/handler';
import { buildSendDependencies } from '../functions/send/dependencies';
import { makeHandler as makeWeb, type WebFunctionDeps } from '../functions/web/handler';
import { buildWebDependencies } from '../functions/web/dependencies';
import { makeHandler as makeFeedback, type SesEvent, type SesReceiptEvent } from '../functions/feedback/handler';
import { buildFeedbackDependencies } from '../functions/feedback/dependencies';
import { sesLocalHttp, startDynamoDbLocal, startSesLocal, type DynamoJit, type Emulator } from './emulators';
import { matchesPattern } from './filter';
import { LocalQueue, LocalStream } from './triggers';

export interface PipelineOptions {
  /** Start aws-ses-v2-local too (not needed for replays that send nothing). */
  withSes?: boolean;
  facts?: FactBase;
  sender?: string;
  publicBaseUrl?: string;
  tokenSecret?: string;
  /** Overrides for fault injection in tests (e.g. a sender that fails at random). */
  wrapSender?: (sender: SesSender) => SesSender;
  /** Pace to this many sends per second (default: the local SES account's MaxSendRate, from GetAccount). */
  sendRate?: number;
  /** MaxSendRate the local SES reports through GetAccount (default 1000). */
  maxSendRate?: number;
  /** Sends in flight at once in one send invocation. */
  sendConcurrency?: number;
  /** Subscribe limits for the web app (tests lower or raise them). */
  limits?: WebDeps['limitsConfig'];
  /** DynamoDB Local's JIT profile (local/emulators.ts); long sessions ask for 'full'. */
  dynamoJit?: DynamoJit;
  /** Handler log level for local runs (the functions log JSON lines; the CLI keeps stdout clean). */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

export class LocalPipeline {
  readonly clock = new SettableClock(new Date().toISOString());
  readonly queue = new LocalQueue('send');
  readonly requests = new RequestCounter();
  /** Real time for links, tokens and the web app (the replay clock is the news's time). */
  readonly webClock = systemClock;
  /** Addresses put on the (stand-in) account suppression list: aws-ses-v2-local has none. */
  readonly sesSuppressed: { email: string; reason: string }[] = [];
  /** What the send function warned about (sends with an unknown outcome, lost ledger marks). */
  readonly sendWarnings: Record<string, unknown>[] = [];
  /** Subscribe-page base URL (set by the local web server once it listens). */
  publicBaseUrl = 'http://localhost:8080';
  private ingestFn!: ReturnType<typeof makeIngest>;
  private sendFn!: ReturnType<typeof makeSend>;
  private webFn!: ReturnType<typeof makeWeb>;
  private feedbackFn!: ReturnType<typeof makeFeedback>;
  private composeFn!: ReturnType<typeof makeCompose>;
  webDeps!: WebFunctionDeps;
  private readonly closers: (() => Promise<void>)[] = [];
  private stream!: LocalStream;

  private constructor(
    readonly emulators: Emulator[],
    readonly stores: Stores,
    readonly facts: FactBase,
    readonly ses: Emulator | undefined,
    readonly startupMs: number,
  ) {}

  static async start(options: PipelineOptions = {}): Promise<LocalPipeline> {
    logger.setLogLevel(options.logLevel ?? (process.env.TW_LOG_LEVEL as 'INFO' | undefined) ?? 'SILENT');
    const t0 = performance.now();
    const [dynamo, ses] = await Promise.all([
      startDynamoDbLocal({ jit: options.dynamoJit }),
      options.withSes ? startSesLocal({ maxSendRate: options.maxSendRate }) : Promise.resolve(undefined),
    ]);
    const startupMs = performance.now() - t0;
    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const region = 'us-east-1';
    const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region, credentials, logger: sdkLogger });
    const table = 'treaty-watch-local';
    const { createTable } = await import('./table');
    const streamArn = await createTable(dynamoClient, table);
    const stores = makeStores(table, makeDocumentClient(dynamoClient));
    const facts = options.facts ?? loadFactBase();
    const pipeline = new LocalPipeline(ses ? [dynamo, ses] : [dynamo], stores, facts, ses, startupMs);
    pipeline.requests.attach(stores.doc);
    if (options.publicBaseUrl) pipeline.publicBaseUrl = options.publicBaseUrl;
    const sesClient =
      ses &&
      new SESv2Client({
        endpoint: ses.endpoint,
        region,
        credentials,
        maxAttempts: 1,
        logger: sdkLogger,
        ...sesLocalHttp(),
      });
    const rate = options.sendRate ?? (sesClient ? await new SesSender(sesClient).maxSendRate() : 1000);
    await pipeline.wire(
      new DynamoDBStreamsClient({ endpoint: dynamo.endpoint, region, credentials }),
      streamArn,
      { ...options, sendRate: rate },
      sesClient,
    );
    return pipeline;
  }

  /** The functions as Lambda wires them (functions/<name>/dependencies.ts), with the stand-ins' clients. */
  private async wire(streams: DynamoDBStreamsClient, arn: string, options: PipelineOptions, sesClient?: SESv2Client) {
    const pipeline = this;
    const stores = this.stores;
    const clock = this.clock;
    const { treaties, states, recognition } = this.facts;
    const reference: ReferenceData = { treaties, states, conflicts: referenceConflicts, recognition };
    const baseSender = new SesSender(
      sesClient ?? new SESv2Client({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9', maxAttempts: 1 }),
      'treaty-watch-local',
    );
    const sender = options.wrapSender ? options.wrapSender(baseSender) : baseSender;
    // The configuration Lambda reads from its environment, as an object. Links and edition pages
    // point at the local web server, read at each use: it may move once it listens.
    const settings = {
      tokenSecret: { value: options.tokenSecret ?? 'local-development-secret' },
      senderAddress: options.sender ?? 'Treaty Watch <alerts@treaty-watch.local>',
      unsubscribeMailbox: 'unsubscribe@treaty-watch.local',
    };
    // A getter, not a value: spreading `settings` into it must not freeze the address.
    const configWith = <T extends object>(extra: T) => ({
      ...settings,
      ...extra,
      get publicBaseUrl() {
        return pipeline.publicBaseUrl;
      },
    });
    this.ingestFn = makeIngest(buildIngestDependencies({ stores, clock }));
    const detect = makeDetect(buildDetectDependencies({ stores, clock, reference }));
    // Paced at the local SES account's rate (asked once, in start), not a share of it.
    const sendSettings = configWith({
      sendFunctionConcurrency: 1,
      sendRate: options.sendRate ?? 1000,
      sendConcurrency: options.sendConcurrency,
    });
    const onWarning = (message: string, detail: object) => this.sendWarnings.push({ message, ...detail });
    this.sendFn = makeSend(await buildSendDependencies(sendSettings, { stores, clock, reference, sender, onWarning }));
    const webClients = { stores, clock: this.webClock, reference, sender };
    this.webDeps = await buildWebDependencies(configWith({ limits: options.limits }), webClients);
    this.webFn = makeWeb(this.webDeps);
    // aws-ses-v2-local has no PutSuppressedDestination: keep the list here (the local driver only).
    const suppressAtSes = async (email: string, reason: 'BOUNCE' | 'COMPLAINT') => {
      try {
        await baseSender.suppress(email, reason);
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status !== 404 && status !== 405 && status !== 501) throw error;
      }
      this.sesSuppressed.push({ email, reason });
    };
    const feedbackClients = { stores, clock: this.webClock, suppressAtSes };
    this.feedbackFn = makeFeedback(await buildFeedbackDependencies(configWith({}), feedbackClients));
    const composeClients = { stores, clock, reference, queue: this.queue };
    this.composeFn = makeCompose(buildComposeDependencies(configWith({}), composeClients));
    const byFilter = (pattern: object) => (r: DynamoDBRecord) => matchesPattern(pattern as never, r);
    // The driver labels each handler's requests with its stage, for the benchmark.
    const staged =
      <E, R>(stage: string, fn: (e: E) => Promise<R>) =>
      async (e: E) => {
        const previous = this.requests.stage;
        this.requests.stage = stage;
        try {
          return await fn(e);
        } finally {
          this.requests.stage = previous;
        }
      };
    this.ingestFn = staged('ingest', this.ingestFn);
    this.sendFn = staged('send', this.sendFn);
    this.stream = new LocalStream(streams, arn, [
      { name: 'detect', filter: byFilter(STREAM_FILTERS.detect), fn: staged('detect', detect), batchSize: 10 },
      {
        name: 'compose',
        filter: byFilter(STREAM_FILTERS.compose),
        fn: staged('compose', (e: DynamoDBStreamEvent) => this.composeFn(e)),
        batchSize: 10,
      },
    ]);
  }

  /** Loads the participation facts on the record before `asOf` (YYYY-MM-DD) as timelines. */
  async loadFacts(asOf: string): Promise<number> {
    const timelines = timelinesFromFacts(
      this.facts,
      asOf,
      `${asOf}T00:00:00.000Z`,
      schedulerFrom(this.facts.treaties, referenceConflicts),
    );
    await this.pumpUntilQuiet(); // anything already ingested is handled before the stream skips ahead
    await this.stores.timelines.putAll(timelines);
    await this.stream.skipToLatest();
    // The stream skips the load, so compose never sees these timelines: their reminder rows
    // (withdrawals the record dates) are written here, as compose would write them.
    await new ReminderStore(this.stores.doc, this.stores.table).put(timelines.flatMap(reminderRowsFor));
    this.requests.reset();
    return timelines.length;
  }

  /** Many confirmed subscribers at once (batched writes), for tests and benchmarks. */
  async addSubscribers(emails: string[], options: { topics?: string[]; frequency?: Frequency } = {}): Promise<void> {
    const at = this.clock.now();
    await this.stores.subscribers.putMany(
      emails.map((email) => ({
        subscriberId: subscriberIdFor(email),
        email,
        status: 'confirmed' as const,
        frequency: options.frequency ?? 'instant',
        topics: options.topics ?? [topicKeys.all],
        createdAt: at,
      })),
    );
  }

  async addSubscriber(email: string, options: { topics?: string[]; frequency?: Frequency } = {}): Promise<Subscriber> {
    const subscriber: Subscriber = {
      subscriberId: subscriberIdFor(email),
      email,
      status: 'confirmed',
      frequency: options.frequency ?? 'instant',
      topics: options.topics ?? [topicKeys.all],
      createdAt: this.clock.now(),
    };
    await this.stores.subscribers.put(subscriber);
    return subscriber;
  }

  /** Ingests through the ingest handler, then plays every trigger until nothing moves. */
  async ingest(articles: ArticleInput[]): Promise<IngestOutcome[]> {
    const { outcomes } = await this.ingestFn({ articles });
    await this.pumpUntilQuiet();
    return outcomes;
  }

  /** The web function (API Gateway v2 / function URL event in, response out). */
  web(event: APIGatewayProxyEventV2) {
    return this.webFn(event);
  }

  /** Serves the web function on 127.0.0.1 (links in e-mails then point at it); stopped with the pipeline. */
  async serveWeb(port = 0): Promise<string> {
    const { startWebServer } = await import('./web-server');
    const web = await startWebServer((event) => this.web(event), port);
    this.publicBaseUrl = web.url;
    this.closers.push(() => web.close());
    return web.url;
  }

  /**
   * Delivers what is on the send queue (the send function's work alone) with `invocations`
   * concurrent function instances, as Lambda scales an SQS mapping; returns messages handled.
   */
  async drainSends(invocations = 1): Promise<number> {
    const handled = await Promise.all(
      Array.from({ length: invocations }, () => this.queue.drain((e) => this.sendFn(e))),
    );
    return handled.reduce((a, b) => a + b, 0);
  }

  /** An SES event (through EventBridge) or a mail SES received for the unsubscribe mailbox, at the feedback function. */
  async feedback(event: SesEvent | SesReceiptEvent) {
    return this.feedbackFn(event);
  }

  /**
   * A digest schedule firing at `time` (ISO) at the compose function, then every trigger until
   * quiet; with `send: false` the stream settles but the send queue is left as it is.
   */
  async runDigest(kind: 'daily' | 'weekly', time: string, options: { send?: boolean } = {}) {
    const result = await this.composeFn({ kind, time } satisfies DigestEvent);
    if (options.send === false) {
      for (let round = 0; round < 50 && (await this.stream.pump()) > 0; round++);
    } else {
      await this.pumpUntilQuiet();
    }
    return result;
  }

  /** Stream → detect → alerts on the stream → compose → queue → send, until all is quiet. */
  async pumpUntilQuiet(maxRounds = 50): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      const moved = await this.stream.pump();
      const sent = this.queue.depth > 0 ? await this.queue.drain((e) => this.sendFn(e)) : 0;
      if (moved === 0 && sent === 0) return;
    }
    throw new Error('the local pipeline did not settle');
  }

  /** The latest image of every item the stream showed, by entity (the driver's view of the store). */
  observed(entity: string): Record<string, unknown>[] {
    const latest = new Map<string, Record<string, unknown>>();
    for (const record of this.stream.seen) {
      const image = record.dynamodb?.NewImage;
      if (!image) continue;
      const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
      if (item.entity === entity) latest.set(`${item.pk}|${item.sk}`, item);
    }
    return [...latest.values()];
  }

  get deadLetters() {
    return [...this.stream.deadLetters, ...this.queue.deadLetters];
  }

  async stop(): Promise<void> {
    await Promise.all(this.closers.splice(0).map((c) => c()));
    await Promise.all(this.emulators.map((e) => e.stop()));
  }
}
