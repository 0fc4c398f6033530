// One-off backfill of the byRecord index (gsi2) for tables created before it existed: timelines
// and alerts written then carry no gsi2pk, so the public record (treaty pages, the feeds, the
// archive's "recent alerts") cannot see them until their next write. An operator's tool, not a
// Lambda's: it Scans, and no function has a Scan grant.
import { ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, INDEXES, recordIndex } from '#schema';

export interface BackfillOptions {
  /** Count what would change, write nothing. */
  dryRun?: boolean;
  /** Items per Scan page (DynamoDB caps a page at 1 MB anyway). */
  pageSize?: number;
  /** Called after each Scan page, for progress output. */
  onPage?: (progress: BackfillResult) => void;
}

export interface BackfillResult {
  /** Items the Scan read (all entities: the filter runs after the read). */
  scanned: number;
  /** Timelines and alerts without the index keys. */
  missing: number;
  /** Of those, written with their keys now (0 in a dry run). */
  updated: number;
  /** Indexed by a live write between the Scan and the update (the condition failed): nothing to do. */
  raced: number;
  /** Items that lack the attributes their keys are made of, with the reason. */
  skipped: { pk: string; reason: string }[];
}

/** The byRecord keys an old timeline or alert item should carry, or why it cannot have them. */
export function recordKeysFor(item: Record<string, unknown>): { gsi2pk: string; gsi2sk: string } | { reason: string } {
  const text = (name: string) =>
    typeof item[name] === 'string' && item[name] !== '' ? (item[name] as string) : undefined;
  if (item[ENTITY_ATTRIBUTE] === ENTITY.timeline) {
    const state = text('state');
    const treaty = text('treaty');
    return state && treaty ? recordIndex.timeline(state, treaty) : { reason: 'timeline without state or treaty' };
  }
  if (item[ENTITY_ATTRIBUTE] === ENTITY.alert) {
    const createdAt = text('createdAt');
    const alertId = text('alertId');
    return createdAt && alertId
      ? recordIndex.alert(createdAt, alertId)
      : { reason: 'alert without createdAt or alertId' };
  }
  return { reason: `not a timeline or alert (${String(item[ENTITY_ATTRIBUTE])})` };
}

const isConditionFailure = (error: unknown) => (error as { name?: string }).name === 'ConditionalCheckFailedException';

/**
 * Writes the byRecord keys on every timeline and alert that lacks them. Safe to run twice and
 * beside live traffic: each update is conditional on the keys still being absent, so a live
 * write (which sets them itself) is never overwritten. Each update is a MODIFY on the stream:
 * compose rewrites the same deterministic digest and reminder rows, and sends nothing.
 */
export async function backfillRecordIndex(
  doc: DynamoDBDocumentClient,
  table: string,
  options: BackfillOptions = {},
): Promise<BackfillResult> {
  const { partition, sort } = INDEXES.byRecord;
  const result: BackfillResult = { scanned: 0, missing: 0, updated: 0, raced: 0, skipped: [] };
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({
        TableName: table,
        FilterExpression: '#e IN (:timeline, :alert) AND attribute_not_exists(#p)',
        ProjectionExpression: 'pk, sk, #e, #state, treaty, createdAt, alertId',
        ExpressionAttributeNames: { '#e': ENTITY_ATTRIBUTE, '#p': partition, '#state': 'state' },
        ExpressionAttributeValues: { ':timeline': ENTITY.timeline, ':alert': ENTITY.alert },
        Limit: options.pageSize,
        ExclusiveStartKey: start,
      }),
    );
    result.scanned += page.ScannedCount ?? 0;
    for (const item of page.Items ?? []) {
      result.missing += 1;
      const keys = recordKeysFor(item);
      if ('reason' in keys) {
        result.skipped.push({ pk: String(item.pk), reason: keys.reason });
        continue;
      }
      if (options.dryRun) continue;
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET #p = :p, #s = :s',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#p)',
            ExpressionAttributeNames: { '#p': partition, '#s': sort },
            ExpressionAttributeValues: { ':p': keys.gsi2pk, ':s': keys.gsi2sk },
          }),
        );
        result.updated += 1;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        result.raced += 1;
      }
    }
    start = page.LastEvaluatedKey;
    options.onPage?.(result);
  } while (start);
  return result;
}
