// Digest entries (one row per alert or disputed fact, partitioned by day: Query, never Scan)
// and the alert records a digest shows.
import { BatchGetCommand, BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, keys } from '#schema';
import type { AlertRecord, DigestEntry } from '#core/records';
import type { DigestEntryPort } from '#core/ports';

const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));

export class DigestStore implements DigestEntryPort {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Deterministic keys: writing an entry again rewrites the same row. */
  async put(entries: DigestEntry[]): Promise<void> {
    const items = entries.map((e) => ({
      ...keys.digestEntry(e.day, e.entryId),
      [ENTITY_ATTRIBUTE]: ENTITY.digestEntry,
      ...e,
    }));
    await batchWrite(this.doc, this.table, items);
  }

  async forDays(days: string[]): Promise<DigestEntry[]> {
    const items = await queryPartitions(this.doc, this.table, days.map(keys.digestDay));
    return items.map(({ pk: _p, sk: _s, [ENTITY_ATTRIBUTE]: _e, ...rest }) => rest as unknown as DigestEntry);
  }
}

/** Every item of each partition, page by page, in the order given (digest days, reminder days). */
export async function queryPartitions(
  doc: DynamoDBDocumentClient,
  table: string,
  partitions: string[],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const pk of partitions) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ExclusiveStartKey: start,
        }),
      );
      out.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return out;
}

/** Batched puts of 25, retrying unprocessed items with backoff. */
export async function batchWrite(
  doc: DynamoDBDocumentClient,
  table: string,
  items: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    const puts = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    let request: Record<string, object[]> | undefined = { [table]: puts };
    for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
      if (attempt > 0) await pause(attempt);
      const out = await doc.send(new BatchWriteCommand({ RequestItems: request as never }));
      request = out.UnprocessedItems as typeof request;
    }
  }
}

/** Batched reads by key, retrying unprocessed keys. */
export async function batchGet(
  doc: DynamoDBDocumentClient,
  table: string,
  keyList: Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < keyList.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [table]: { Keys: keyList.slice(i, i + 100) },
    };
    for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
      if (attempt > 0) await pause(attempt);
      const out = await doc.send(new BatchGetCommand({ RequestItems: request }));
      found.push(...(out.Responses?.[table] ?? []));
      request = out.UnprocessedKeys as typeof request;
    }
  }
  return found;
}

export class AlertReader {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getMany(ids: string[]): Promise<AlertRecord[]> {
    const items = await batchGet(
      this.doc,
      this.table,
      ids.map((id) => keys.alert(id)),
    );
    return items.map(({ pk: _p, sk: _s, [ENTITY_ATTRIBUTE]: _e, ...rest }) => rest as unknown as AlertRecord);
  }
}
