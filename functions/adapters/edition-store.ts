// Editions (rendered once) and the delivery ledger (one row per edition × subscriber,
// written with a condition before the send so no retry ever sends twice).
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, keys } from '#schema';
import { batchGet } from './digest-store';
import type { Edition } from '#core/records';
import { archiveEntryOf } from '#core/record';

export class EditionStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * Stores the edition unless it exists, with its archive row in the same transaction (the
   * archive never misses an edition, nor lists one that was not stored); returns the stored
   * one either way (render once).
   */
  async putOnce(edition: Edition): Promise<{ edition: Edition; created: boolean }> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...keys.edition(edition.editionId), [ENTITY_ATTRIBUTE]: ENTITY.edition, ...edition },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...keys.archiveEntry(edition.createdAt, edition.editionId),
                  [ENTITY_ATTRIBUTE]: ENTITY.archiveEntry,
                  ...archiveEntryOf(edition),
                },
              },
            },
          ],
        }),
      );
      return { edition, created: true };
    } catch (error) {
      const exists =
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed';
      if (!exists) throw error;
      const existing = await this.get(edition.editionId);
      if (!existing) throw error;
      return { edition: existing, created: false };
    }
  }

  async get(editionId: string): Promise<Edition | undefined> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.edition(editionId) }));
    if (!out.Item) return undefined;
    const { pk: _p, sk: _s, [ENTITY_ATTRIBUTE]: _e, ...rest } = out.Item;
    return rest as Edition;
  }
}

export type Claimed = 'claimed' | 'already-claimed';

export class DeliveryLedger {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Claims the (edition, subscriber) slot before sending; a second claim is refused. */
  async claim(editionId: string, subscriberId: string, at: string): Promise<Claimed> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: this.claimItem(editionId, subscriberId, at),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'already-claimed';
      throw error;
    }
  }

  /**
   * Claims several rows in one conditional transaction (the caller keeps groups small: a
   * message's recipients). If some rows are already claimed the transaction is refused as a
   * whole; its cancellation reasons say which, and the rest are claimed again together. A row
   * whose reason is anything else (a concurrent transaction on it) is claimed on its own.
   */
  async claimMany(editionId: string, subscriberIds: string[], at: string): Promise<Map<string, Claimed>> {
    const out = new Map<string, Claimed>();
    for (let i = 0; i < subscriberIds.length; i += 100) {
      let pending = subscriberIds.slice(i, i + 100);
      while (pending.length > 0) {
        try {
          await this.doc.send(
            new TransactWriteCommand({
              TransactItems: pending.map((subscriberId) => ({
                Put: {
                  TableName: this.table,
                  Item: this.claimItem(editionId, subscriberId, at),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              })),
            }),
          );
          for (const id of pending) out.set(id, 'claimed');
          pending = [];
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
          const reasons = error.CancellationReasons;
          const again: string[] = [];
          const alone: string[] = [];
          pending.forEach((id, k) => {
            const code = reasons?.length === pending.length ? reasons[k]?.Code : undefined;
            if (code === 'ConditionalCheckFailed') out.set(id, 'already-claimed');
            else if (code === 'None') again.push(id);
            else alone.push(id);
          });
          // Progress is guaranteed: a retried transaction always has fewer rows than the last.
          if (again.length === pending.length) alone.push(...again.splice(0));
          for (const id of alone) out.set(id, await this.claim(editionId, id, at));
          pending = again;
        }
      }
    }
    return out;
  }

  private claimItem(editionId: string, subscriberId: string, at: string) {
    return {
      ...keys.delivery(editionId, subscriberId),
      [ENTITY_ATTRIBUTE]: ENTITY.delivery,
      editionId,
      subscriberId,
      status: 'sending',
      claimedAt: at,
    };
  }

  /** Marks sent rows in batches (a lost mark leaves the row 'sending': never resent). */
  async markSentMany(
    editionId: string,
    rows: { subscriberId: string; messageId: string; claimedAt?: string }[],
    at: string,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += 25) {
      let request: Record<string, object[]> | undefined = {
        [this.table]: rows.slice(i, i + 25).map((r) => ({
          PutRequest: {
            Item: {
              ...keys.delivery(editionId, r.subscriberId),
              [ENTITY_ATTRIBUTE]: ENTITY.delivery,
              editionId,
              subscriberId: r.subscriberId,
              status: 'sent',
              messageId: r.messageId,
              claimedAt: r.claimedAt,
              sentAt: at,
            },
          },
        })),
      };
      for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const out = await this.doc.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = out.UnprocessedItems as typeof request;
      }
    }
  }

  async markSent(editionId: string, subscriberId: string, messageId: string, at: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.delivery(editionId, subscriberId),
        UpdateExpression: 'SET #s = :sent, messageId = :m, sentAt = :at',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent', ':m': messageId, ':at': at },
      }),
    );
  }

  /** A send that SES refused before accepting: release the slot so a retry may send. */
  async release(editionId: string, subscriberId: string): Promise<void> {
    await this.doc.send(
      new DeleteCommand({
        TableName: this.table,
        Key: keys.delivery(editionId, subscriberId),
        ConditionExpression: '#s = :sending',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sending': 'sending' },
      }),
    );
  }

  async get(editionId: string, subscriberId: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.delivery(editionId, subscriberId) }),
    );
    return out.Item;
  }

  /** Which of these (edition, subscriber) rows exist, as "editionId|subscriberId" (BatchGet). */
  async existing(rows: { editionId: string; subscriberId: string }[]): Promise<Set<string>> {
    const items = await batchGet(
      this.doc,
      this.table,
      rows.map((r) => keys.delivery(r.editionId, r.subscriberId)),
    );
    return new Set(items.map((i) => `${i.editionId}|${i.subscriberId}`));
  }
}
