// Subscribers and their topic rows. Audiences are found by Query on the topic index, never Scan.
import {
  BatchGetCommand,
  BatchWriteCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, INDEXES, keys } from '#schema';
import type { Subscriber } from '#core/subscriber';

export class SubscriberStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Writes the subscriber and one row per topic in one transaction. */
  async put(subscriber: Subscriber): Promise<void> {
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.table, Item: subscriberItem(subscriber) } },
          ...subscriber.topics.map((topic) => ({ Put: { TableName: this.table, Item: topicRow(subscriber, topic) } })),
        ],
      }),
    );
  }

  /** Bulk load (imports, tests, benchmarks): items and topic rows in batches of 25, not atomic per subscriber. */
  async putMany(subscribers: Subscriber[]): Promise<void> {
    const items = subscribers.flatMap((s) => [subscriberItem(s), ...s.topics.map((t) => topicRow(s, t))]);
    for (let i = 0; i < items.length; i += 25) {
      let request: Record<string, object[]> | undefined = {
        [this.table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
      };
      for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const out = await this.doc.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = out.UnprocessedItems as typeof request;
      }
    }
  }

  /** Subscriber ids following any of `topics` at `frequency`, each once. */
  async idsForTopics(topics: string[], frequency: Subscriber['frequency']): Promise<string[]> {
    const ids = new Set<string>();
    for (const topic of topics) {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await this.doc.send(
          new QueryCommand({
            TableName: this.table,
            IndexName: INDEXES.byTopic.name,
            KeyConditionExpression: '#p = :topic AND begins_with(#s, :freq)',
            ExpressionAttributeNames: { '#p': INDEXES.byTopic.partition, '#s': INDEXES.byTopic.sort },
            ExpressionAttributeValues: { ':topic': topic, ':freq': `${frequency}#` },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of out.Items ?? []) ids.add(String(item.subscriberId));
        start = out.LastEvaluatedKey;
      } while (start);
    }
    return [...ids];
  }

  async getMany(ids: string[]): Promise<Subscriber[]> {
    const found: Subscriber[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
        [this.table]: { Keys: ids.slice(i, i + 100).map((id) => keys.subscriber(id)) },
      };
      for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const out = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of out.Responses?.[this.table] ?? []) found.push(toSubscriber(item));
        request = out.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }

  async get(id: string): Promise<Subscriber | undefined> {
    return (await this.getMany([id]))[0];
  }

  /** Writes the subscriber item alone (a pending request: no topic rows until confirmed). */
  async savePending(subscriber: Subscriber): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: subscriberItem(subscriber) }));
  }

  /**
   * Makes `subscriber` (status confirmed) what the table says, in one transaction: the item,
   * a topic row per topic (gsi1sk carries the frequency, so all are rewritten), and the rows
   * of topics no longer followed deleted.
   */
  async activate(subscriber: Subscriber, previousTopics: string[]): Promise<void> {
    const gone = previousTopics.filter((t) => !subscriber.topics.includes(t));
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.table, Item: subscriberItem(subscriber) } },
          ...gone.map((topic) => ({
            Delete: { TableName: this.table, Key: keys.subscription(subscriber.subscriberId, topic) },
          })),
          ...subscriber.topics.map((topic) => ({ Put: { TableName: this.table, Item: topicRow(subscriber, topic) } })),
        ],
      }),
    );
  }

  /**
   * Unsubscribes or suppresses: the status changes and every topic row goes, so no audience
   * Query finds the address again. Suppressing an address we never stored still records it.
   */
  async deactivate(
    subscriber: Subscriber,
    status: 'unsubscribed' | 'suppressed',
    at: string,
    reason?: string,
  ): Promise<void> {
    const next: Subscriber = {
      ...subscriber,
      status,
      updatedAt: at,
      requested: undefined,
      expiresAt: undefined,
      ...(reason ? { suppressedReason: reason } : {}),
    };
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.table, Item: subscriberItem(next) } },
          ...subscriber.topics.map((topic) => ({
            Delete: { TableName: this.table, Key: keys.subscription(subscriber.subscriberId, topic) },
          })),
        ],
      }),
    );
  }

  /** Marks a subscriber suppressed or unsubscribed (and drops their topic rows). */
  async setStatus(id: string, status: Subscriber['status'], at: string): Promise<void> {
    const current = await this.get(id);
    if (!current) return;
    if (status === 'unsubscribed' || status === 'suppressed') return this.deactivate(current, status, at);
    await this.doc.send(
      new PutCommand({ TableName: this.table, Item: subscriberItem({ ...current, status, updatedAt: at }) }),
    );
  }
}

function subscriberItem(subscriber: Subscriber): Record<string, unknown> {
  return { ...keys.subscriber(subscriber.subscriberId), [ENTITY_ATTRIBUTE]: ENTITY.subscriber, ...subscriber };
}

function topicRow(subscriber: Subscriber, topic: string): Record<string, unknown> {
  return {
    ...keys.subscription(subscriber.subscriberId, topic),
    [ENTITY_ATTRIBUTE]: ENTITY.subscription,
    [INDEXES.byTopic.partition]: topic,
    [INDEXES.byTopic.sort]: `${subscriber.frequency}#${subscriber.subscriberId}`,
    subscriberId: subscriber.subscriberId,
  };
}

function toSubscriber(item: Record<string, unknown>): Subscriber {
  const { pk: _p, sk: _s, [ENTITY_ATTRIBUTE]: _e, ...rest } = item;
  return rest as unknown as Subscriber;
}
