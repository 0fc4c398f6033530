// The public record's reads: the archive partition, the byRecord index (timelines by treaty,
// alerts by time) and keyed reads. Every page is a Query or a BatchGet, never a Scan.
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY_ATTRIBUTE, INDEXES, keys, recordIndex } from '#schema';
import type { AlertRecord, ArchiveEntry, ArchivePage } from '#core/records';
import type { RecordPort } from '#core/ports';
import type { Timeline } from '#core/timeline';
import { batchGet } from './digest-store';
import type { EditionStore } from './edition-store';
import { TimelineStore, toTimeline } from './timeline-store';

const strip = (item: Record<string, unknown>) => {
  const { pk: _p, sk: _s, gsi2pk: _g, gsi2sk: _h, [ENTITY_ATTRIBUTE]: _e, ...rest } = item;
  return rest;
};

export class RecordStore implements RecordPort {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly editions: EditionStore,
  ) {}

  async archive(limit: number, before?: string): Promise<ArchivePage> {
    const entries: ArchiveEntry[] = [];
    let start: Record<string, unknown> | undefined;
    // One item more than shown says whether an older page exists.
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: before ? 'pk = :pk AND sk < :before' : 'pk = :pk',
          ExpressionAttributeValues: {
            ':pk': keys.archivePartition,
            ...(before ? { ':before': `EDITION#${before}` } : {}),
          },
          ScanIndexForward: false,
          Limit: limit + 1 - entries.length,
          ExclusiveStartKey: start,
        }),
      );
      entries.push(...(out.Items ?? []).map((i) => strip(i) as unknown as ArchiveEntry));
      start = out.LastEvaluatedKey;
    } while (start && entries.length <= limit);
    const shown = entries.slice(0, limit);
    const last = shown.at(-1);
    return { entries: shown, next: entries.length > limit && last ? `${last.createdAt}#${last.editionId}` : undefined };
  }

  edition(editionId: string) {
    return this.editions.get(editionId);
  }

  /** The timeline store's Query on the byRecord index (compose reads it too, for "Also on this treaty"). */
  treatyTimelines(treaty: string): Promise<Timeline[]> {
    return new TimelineStore(this.doc, this.table).forTreaty(treaty);
  }

  stateTimelines(state: string, treaties: string[]): Promise<Timeline[]> {
    return this.timelines(treaties.map((treaty) => ({ state, treaty })));
  }

  async timelines(pairs: { state: string; treaty: string }[]): Promise<Timeline[]> {
    const items = await batchGet(
      this.doc,
      this.table,
      pairs.map((p) => keys.timeline(p.state, p.treaty)),
    );
    return items.map(toTimeline);
  }

  async recentAlerts(limit: number): Promise<AlertRecord[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byRecord.name,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': INDEXES.byRecord.partition },
        ExpressionAttributeValues: { ':p': recordIndex.alerts },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => strip(i) as unknown as AlertRecord);
  }

  async alerts(alertIds: string[]): Promise<AlertRecord[]> {
    if (alertIds.length === 0) return [];
    const items = await batchGet(
      this.doc,
      this.table,
      alertIds.map((id) => keys.alert(id)),
    );
    return items.map((i) => strip(i) as unknown as AlertRecord);
  }
}
