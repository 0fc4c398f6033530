// The local driver's triggers: it plays what Lambda's event source mappings do on AWS.
// - Stream: polls the table's DynamoDB Local stream, applies each function's event filter,
//   delivers batches, and on a partial batch failure retries from the first failed record.
// - Queue: an in-process SQS with visibility retries, maxReceiveCount and a dead-letter list.
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent, SQSEvent, SQSRecord } from 'aws-lambda';
import type { SendBatch } from '#core/records';
import type { SendQueuePort } from '#core/ports';

// biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing (void) is a whole-batch success
type BatchResponse = { batchItemFailures: { itemIdentifier: string }[] } | void;
export type StreamFunction = (event: DynamoDBStreamEvent) => Promise<BatchResponse>;
export type QueueFunction = (event: SQSEvent) => Promise<BatchResponse>;

/** A Lambda-style filter: which records a function is given. */
export interface StreamSubscription {
  name: string;
  filter(record: DynamoDBRecord): boolean;
  fn: StreamFunction;
  batchSize?: number;
  maxRetries?: number;
}

export interface DeadLetter {
  target: string;
  body: unknown;
  error: string;
}

export class LocalStream {
  private iterators = new Map<string, string | null>();
  /** Every record seen, in order: the driver's view of what changed (for summaries). */
  readonly seen: DynamoDBRecord[] = [];
  readonly deadLetters: DeadLetter[] = [];

  constructor(
    private readonly client: DynamoDBStreamsClient,
    private readonly streamArn: string,
    private readonly subscriptions: StreamSubscription[],
  ) {}

  /** Reads whatever is new on every shard; returns how many records were delivered. */
  async pump(): Promise<number> {
    const records = await this.read();
    for (const record of records) this.seen.push(record);
    for (const sub of this.subscriptions) {
      const mine = records.filter((r) => sub.filter(r));
      const size = sub.batchSize ?? 10;
      for (let i = 0; i < mine.length; i += size) await this.deliver(sub, mine.slice(i, i + size));
    }
    return records.length;
  }

  /**
   * Moves every shard's iterator past what the stream holds now, delivering nothing: the seed
   * facts' thousands of record timelines trigger no function, and reading them back cost seconds.
   */
  async skipToLatest(): Promise<void> {
    const description = await this.client.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const it = await this.client.send(
        new GetShardIteratorCommand({
          StreamArn: this.streamArn,
          ShardId: shard.ShardId!,
          ShardIteratorType: 'LATEST',
        }),
      );
      this.iterators.set(shard.ShardId!, it.ShardIterator ?? null);
    }
  }

  private async deliver(sub: StreamSubscription, batch: DynamoDBRecord[]): Promise<void> {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      let failedFrom: number;
      try {
        const response = await sub.fn({ Records: pending });
        const failures = response?.batchItemFailures ?? [];
        if (failures.length === 0) return;
        // Lambda semantics for streams: retry from the lowest failed sequence number on.
        const failedIds = new Set(failures.map((f) => f.itemIdentifier));
        failedFrom = pending.findIndex((r) => failedIds.has(r.dynamodb?.SequenceNumber ?? ''));
        if (failedFrom < 0) failedFrom = 0;
      } catch {
        failedFrom = 0;
      }
      pending = pending.slice(failedFrom);
      if (attempt >= (sub.maxRetries ?? 3)) {
        for (const r of pending)
          this.deadLetters.push({ target: sub.name, body: r.dynamodb?.Keys, error: 'retries exhausted' });
        return;
      }
    }
  }

  private async read(): Promise<DynamoDBRecord[]> {
    const description = await this.client.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    const out: DynamoDBRecord[] = [];
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId!;
      if (!this.iterators.has(shardId)) {
        const it = await this.client.send(
          new GetShardIteratorCommand({
            StreamArn: this.streamArn,
            ShardId: shardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        );
        this.iterators.set(shardId, it.ShardIterator ?? null);
      }
      let iterator = this.iterators.get(shardId);
      while (iterator) {
        const page = await this.client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        out.push(...(page.Records ?? []).map(toLambdaRecord));
        iterator = page.NextShardIterator ?? null;
        if (!page.Records?.length) break;
      }
      this.iterators.set(shardId, iterator ?? null);
    }
    return out;
  }
}

function toLambdaRecord(r: _Record): DynamoDBRecord {
  return {
    eventID: r.eventID,
    eventName: r.eventName as DynamoDBRecord['eventName'],
    eventSource: 'aws:dynamodb',
    eventVersion: r.eventVersion,
    awsRegion: r.awsRegion,
    dynamodb: r.dynamodb as DynamoDBRecord['dynamodb'],
  };
}

interface QueuedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
}

/** In-process SQS: same ordering-free, at-least-once, retry-until-DLQ semantics. */
export class LocalQueue implements SendQueuePort {
  private messages: QueuedMessage[] = [];
  private counter = 0;
  readonly deadLetters: DeadLetter[] = [];
  sentMessages = 0;

  constructor(
    private readonly name: string,
    private readonly maxReceiveCount = 5,
    private readonly batchSize = 10,
  ) {}

  async enqueue(batches: SendBatch[]): Promise<void> {
    for (const b of batches)
      this.messages.push({ messageId: `m-${++this.counter}`, body: JSON.stringify(b), receiveCount: 0 });
    this.sentMessages += batches.length;
  }

  get depth(): number {
    return this.messages.length;
  }

  /** Delivers everything queued to `fn` until the queue is empty; returns messages handled. */
  async drain(fn: QueueFunction): Promise<number> {
    let handled = 0;
    while (this.messages.length > 0) {
      const batch = this.messages.splice(0, this.batchSize);
      for (const m of batch) m.receiveCount++;
      let failed: Set<string>;
      try {
        const response = await fn({ Records: batch.map(toSqsRecord) });
        failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch {
        failed = new Set(batch.map((m) => m.messageId));
      }
      for (const m of batch) {
        handled++;
        if (!failed.has(m.messageId)) continue;
        if (m.receiveCount >= this.maxReceiveCount)
          this.deadLetters.push({ target: this.name, body: JSON.parse(m.body), error: 'maxReceiveCount reached' });
        else this.messages.push(m);
      }
    }
    return handled;
  }
}

function toSqsRecord(m: QueuedMessage): SQSRecord {
  return {
    messageId: m.messageId,
    receiptHandle: m.messageId,
    body: m.body,
    attributes: {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: '0',
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:send',
    awsRegion: 'local',
  };
}
