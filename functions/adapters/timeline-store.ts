// Timelines (facts + developments per state × treaty) and the atomic detection commit.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, INDEXES, keys, recordIndex } from '#schema';
import { pairKey } from '#core/detection-plan';
import type { AlertRecord } from '#core/records';
import type { Timeline } from '#core/timeline';
import { AlreadyDetected, TimelineMoved } from '#core/errors';

const MAX_TRANSACTION_ITEMS = 100;

// Timelines and alerts carry their public-record index keys (treaty pages, feeds, "Also on this treaty").
const timelineItem = (t: Timeline) => ({
  ...keys.timeline(t.state, t.treaty),
  ...recordIndex.timeline(t.state, t.treaty),
  [ENTITY_ATTRIBUTE]: ENTITY.timeline,
  ...t,
});

/** An alert as the table holds it: its keys, its place in the byRecord index (alerts by time), its entity. */
export function alertRow(a: AlertRecord): Record<string, unknown> {
  return {
    ...keys.alert(a.alertId),
    ...recordIndex.alert(a.createdAt, a.alertId),
    [ENTITY_ATTRIBUTE]: ENTITY.alert,
    ...a,
  };
}

export function toTimeline(item: Record<string, unknown>): Timeline {
  const { state, treaty, stages, conflicts, alerts, version, schedule } = item as unknown as Timeline;
  const timeline: Timeline = {
    state,
    treaty,
    stages: stages ?? [],
    conflicts: conflicts ?? [],
    alerts: alerts ?? [],
    version: version ?? 0,
  };
  if (schedule) timeline.schedule = schedule;
  return timeline;
}

/**
 * What detection needs of the timelines: read the touched pairs, commit once, mark a failure.
 * Detect's Lambda builds this one, so the reads and seed writes only other callers make
 * (TimelineStore's) stay out of its bundle (a class's methods are never tree-shaken).
 */
export class DetectionTimelines {
  constructor(
    protected readonly doc: DynamoDBDocumentClient,
    protected readonly table: string,
  ) {}

  /** One BatchGet for up to 100 pairs (more are chunked); unprocessed keys are retried. */
  async getMany(pairs: { state: string; treaty: string }[]): Promise<Map<string, Timeline>> {
    const found = new Map<string, Timeline>();
    for (let i = 0; i < pairs.length; i += 100) {
      let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
        [this.table]: { Keys: pairs.slice(i, i + 100).map((p) => keys.timeline(p.state, p.treaty)) },
      };
      for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const out = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of out.Responses?.[this.table] ?? []) {
          const t = toTimeline(item);
          found.set(pairKey(t.state, t.treaty), t);
        }
        request = out.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }

  /**
   * Commits one article's detection atomically: the article is marked detected (only if it
   * was not already), each changed timeline is written if its version is unchanged, each new
   * alert is created if absent and each folded alert gains its actions. One request.
   */
  async commitDetection(input: {
    articleId: string;
    summary: Record<string, unknown>;
    timelines: Timeline[];
    newAlerts: AlertRecord[];
    foldedAlerts: AlertRecord[];
  }): Promise<void> {
    const items = [
      {
        Update: {
          TableName: this.table,
          Key: keys.article(input.articleId),
          UpdateExpression: 'SET #status = :detected, detection = :summary',
          ConditionExpression: '#status = :ingested',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':detected': 'detected', ':ingested': 'ingested', ':summary': input.summary },
        },
      },
      ...input.timelines.map((t) => ({
        Put: {
          TableName: this.table,
          Item: timelineItem({ ...t, version: t.version + 1 }),
          ConditionExpression: t.version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
          ExpressionAttributeValues: t.version === 0 ? undefined : { ':v': t.version },
        },
      })),
      ...input.newAlerts.map((a) => ({
        Put: {
          TableName: this.table,
          Item: alertRow(a),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      })),
      ...input.foldedAlerts.map((a) => ({
        Update: {
          TableName: this.table,
          Key: keys.alert(a.alertId),
          UpdateExpression: 'SET actions = :actions, sources = :sources',
          ExpressionAttributeValues: { ':actions': a.actions, ':sources': a.sources },
        },
      })),
    ];
    // DynamoDB takes at most 100 items per transaction. An article touching more pairs is
    // committed in chunks with the article's own update last: a crash between chunks leaves
    // it 'ingested', and the retry finds its sources already counted (KNOWN, no double alert).
    const [articleUpdate, ...rest] = items;
    const chunks: (typeof items)[] = [];
    for (let i = 0; i < rest.length; i += MAX_TRANSACTION_ITEMS - 1)
      chunks.push(rest.slice(i, i + MAX_TRANSACTION_ITEMS - 1));
    const last = chunks.pop() ?? [];
    try {
      for (const chunk of chunks) await this.doc.send(new TransactWriteCommand({ TransactItems: chunk }));
      await this.doc.send(new TransactWriteCommand({ TransactItems: [articleUpdate, ...last] }));
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        const reasons = error.CancellationReasons ?? [];
        if (reasons.length === last.length + 1 && reasons[0]?.Code === 'ConditionalCheckFailed')
          throw new AlreadyDetected(input.articleId);
        if (reasons.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict'))
          throw new TimelineMoved();
      }
      throw error;
    }
  }

  async markFailed(articleId: string, reason: string, at: string): Promise<void> {
    await this.doc
      .send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.article(articleId),
          UpdateExpression: 'SET #status = :failed, reason = :reason, failedAt = :at',
          ConditionExpression: '#status = :ingested',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':failed': 'failed', ':ingested': 'ingested', ':reason': reason, ':at': at },
        }),
      )
      .catch((error) => {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      });
  }
}

/** Every timeline read and write: detection's, plus a treaty's timelines, one pair, and seed loading. */
export class TimelineStore extends DetectionTimelines {
  /**
   * Every timeline of one treaty: a Query on the byRecord index (paged), never a Scan. The one
   * read of it: the record's treaty pages (RecordStore) and compose's "Also on this treaty".
   */
  async forTreaty(treaty: string): Promise<Timeline[]> {
    const out: Timeline[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: INDEXES.byRecord.name,
          KeyConditionExpression: '#p = :p',
          ExpressionAttributeNames: { '#p': INDEXES.byRecord.partition },
          ExpressionAttributeValues: { ':p': recordIndex.treaty(treaty) },
          ExclusiveStartKey: start,
        }),
      );
      out.push(...(page.Items ?? []).map(toTimeline));
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }

  async get(state: string, treaty: string): Promise<Timeline | undefined> {
    return (await this.getMany([{ state, treaty }])).get(pairKey(state, treaty));
  }

  /**
   * Seed loading: batch writes of 25, a few in flight at once (the catalogue holds some 5,000
   * record timelines; one batch at a time made start-up wait on round trips), unprocessed
   * items retried with backoff.
   */
  async putAll(timelines: Timeline[], concurrency = 4): Promise<number> {
    let requests = 0;
    const batches: Timeline[][] = [];
    for (let i = 0; i < timelines.length; i += 25) batches.push(timelines.slice(i, i + 25));
    const writeBatch = async (batch: Timeline[]) => {
      let pending: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = {
        [this.table]: batch.map((t) => ({ PutRequest: { Item: timelineItem({ ...t, version: 1 }) } })),
      };
      for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const out = await this.doc.send(new BatchWriteCommand({ RequestItems: pending }));
        requests++;
        pending = out.UnprocessedItems as typeof pending;
      }
    };
    let next = 0;
    const worker = async () => {
      while (next < batches.length) await writeBatch(batches[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
    return requests;
  }
}
