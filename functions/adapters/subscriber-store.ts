// Subscribers and their topic rows. Audiences are found by Query on the topic index, never Scan.
import { BatchGetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, INDEXES, keys } from '#schema';
import type { Subscriber } from '#core/subscribers';

export class SubscriberStore {
  constructor(private readonly doc: DynamoDBDocumentClient, private readonly table: string) {}

  /** Writes the subscriber and one row per topic in one transaction. */
  async put(subscriber: Subscriber): Promise<void> {
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.table, Item: { ...keys.subscriber(subscriber.subscriberId), [ENTITY_ATTRIBUTE]: ENTITY.subscriber, ...subscriber } } },
          ...subscriber.topics.map((topic) => ({
            Put: {
              TableName: this.table,
              Item: {
                ...keys.subscription(subscriber.subscriberId, topic),
                [ENTITY_ATTRIBUTE]: ENTITY.subscription,
                [INDEXES.byTopic.partition]: topic,
                [INDEXES.byTopic.sort]: `${subscriber.frequency}#${subscriber.subscriberId}`,
                subscriberId: subscriber.subscriberId,
              },
            },
          })),
        ],
      }),
    );
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

  /** Marks a subscriber suppressed or unsubscribed; their topic rows stay but sends check status. */
  async setStatus(id: string, status: Subscriber['status'], at: string): Promise<void> {
    const current = await this.get(id);
    if (!current) return;
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.subscriber(id), [ENTITY_ATTRIBUTE]: ENTITY.subscriber, ...current, status, updatedAt: at },
      }),
    );
  }
}

function toSubscriber(item: Record<string, unknown>): Subscriber {
  const { pk: _p, sk: _s, [ENTITY_ATTRIBUTE]: _e, ...rest } = item;
  return rest as unknown as Subscriber;
}
