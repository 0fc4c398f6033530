// The local driver: the whole pipeline on the laptop. It starts the stand-ins, points the
// AWS SDK at them, wires the same handler modules Lambda runs (makeHandler with local
// dependencies), and plays the triggers: stream → detect/compose, queue → send.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { STREAM_FILTERS, topics as topicKeys } from '#schema';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import type { FactBase } from '#core/facts';
import type { ArticleInput } from '#core/model';
import type { IngestOutcome } from '#core/ingest';
import { Pacer } from '#core/send';
import { subscriberIdFor, type Frequency, type Subscriber } from '#core/subscribers';
import { timelinesFromFacts } from '#core/timeline';
import { personalise, renderEdition } from '#emails/index';
import { SettableClock } from '#adapters/clock';
import { makeDocumentClient, RequestCounter } from '#adapters/dynamo-client';
import { loadFactBase } from '#adapters/fact-files';
import { logger } from '#adapters/logger';
import { namesFrom, referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import { SesSender } from '#adapters/ses-sender';
import { makeStores, type Stores } from '#adapters/stores';
import { makeHandler as makeIngest } from '../functions/ingest/handler';
import { makeHandler as makeDetect } from '../functions/detect/handler';
import { makeHandler as makeCompose } from '../functions/compose/handler';
import { makeHandler as makeSend, linkMaker } from '../functions/send/handler';
import { startDynamoDbLocal, startSesLocal, type Emulator } from './emulators';
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
  /** Local SES accepts any rate; pace to this many sends per second. */
  sendRate?: number;
  /** Handler log level for local runs (the functions log JSON lines; the CLI keeps stdout clean). */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

export class LocalPipeline {
  readonly clock = new SettableClock(new Date().toISOString());
  readonly queue = new LocalQueue('send');
  readonly requests = new RequestCounter();
  private ingestFn!: ReturnType<typeof makeIngest>;
  private sendFn!: ReturnType<typeof makeSend>;
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
    const [dynamo, ses] = await Promise.all([startDynamoDbLocal(), options.withSes ? startSesLocal() : Promise.resolve(undefined)]);
    const startupMs = performance.now() - t0;
    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const region = 'us-east-1';
    const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region, credentials });
    const table = 'treaty-watch-local';
    const { createTable } = await import('./table');
    const streamArn = await createTable(dynamoClient, table);
    const stores = makeStores(table, makeDocumentClient(dynamoClient));
    const facts = options.facts ?? loadFactBase();
    const pipeline = new LocalPipeline(ses ? [dynamo, ses] : [dynamo], stores, facts, ses, startupMs);
    pipeline.requests.attach(stores.doc);
    pipeline.wire(new DynamoDBStreamsClient({ endpoint: dynamo.endpoint, region, credentials }), streamArn, options, ses && new SESv2Client({ endpoint: ses.endpoint, region, credentials }));
    return pipeline;
  }

  private wire(streams: DynamoDBStreamsClient, streamArn: string, options: PipelineOptions, sesClient?: SESv2Client): void {
    const names = namesFrom(this.facts.treaties, this.facts.states);
    const gazetteer = buildGazetteer(this.facts);
    const clock = this.clock;
    this.ingestFn = makeIngest({ articles: this.stores.articles, clock });
    const detect = makeDetect({ timelines: this.stores.timelines, extract: (a) => extractClaims(a, gazetteer), names, clock, scheduleFor: schedulerFrom(this.facts.treaties, referenceConflicts) });
    const compose = makeCompose({ editions: this.stores.editions, subscribers: this.stores.subscribers, queue: this.queue, render: renderEdition, clock });
    const baseSender = new SesSender(sesClient ?? new SESv2Client({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9' }), 'treaty-watch-local');
    const sender = options.wrapSender ? options.wrapSender(baseSender) : baseSender;
    this.sendFn = makeSend({
      editions: this.stores.editions,
      subscribers: this.stores.subscribers,
      ledger: this.stores.ledger,
      sender,
      pacer: new Pacer(options.sendRate ?? 1000),
      personalise,
      links: linkMaker(options.tokenSecret ?? 'local-development-secret', options.publicBaseUrl ?? 'http://localhost:8080', 'unsubscribe@treaty-watch.local', () => Math.floor(Date.parse(clock.now()) / 1000)),
      names,
      from: options.sender ?? 'Treaty Watch <alerts@treaty-watch.local>',
      clock,
      sleep: async () => undefined,
    });
    const byFilter = (pattern: object) => (r: DynamoDBRecord) => matchesPattern(pattern as never, r);
    // The driver labels each handler's requests with its stage, for the benchmark.
    const staged = <E, R>(stage: string, fn: (e: E) => Promise<R>) => async (e: E) => {
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
    this.stream = new LocalStream(streams, streamArn, [
      { name: 'detect', filter: byFilter(STREAM_FILTERS.detect), fn: staged('detect', detect), batchSize: 10 },
      { name: 'compose', filter: byFilter(STREAM_FILTERS.compose), fn: staged('compose', compose), batchSize: 10 },
    ]);
  }

  /** Loads the participation facts on the record before `asOf` (YYYY-MM-DD) as timelines. */
  async loadFacts(asOf: string): Promise<number> {
    const timelines = timelinesFromFacts(this.facts, asOf, `${asOf}T00:00:00.000Z`, schedulerFrom(this.facts.treaties, referenceConflicts));
    await this.stores.timelines.putAll(timelines);
    await this.pumpUntilQuiet();
    this.requests.reset();
    return timelines.length;
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
    await Promise.all(this.emulators.map((e) => e.stop()));
  }
}
