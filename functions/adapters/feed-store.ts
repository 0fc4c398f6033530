// Per-feed state in DynamoDB: one item per feed (ETag, Last-Modified, items seen, fetches to
// retry), saved with a version condition so two overlapping polls cannot both write.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, keys } from '#schema';
import type { FeedState } from '#core/sources/feed';
import type { FeedStatePort } from '#core/ports';

export class FeedStore implements FeedStatePort {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(feedUrl: string): Promise<FeedState | undefined> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.feed(feedUrl), ConsistentRead: true }),
    );
    if (!out.Item) return undefined;
    const { pk: _pk, sk: _sk, [ENTITY_ATTRIBUTE]: _e, ...state } = out.Item;
    return { seen: [], pending: {}, version: 0, ...(state as Partial<FeedState>), feedUrl } as FeedState;
  }

  async save(state: FeedState, expectedVersion: number): Promise<'saved' | 'conflict'> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.feed(state.feedUrl), [ENTITY_ATTRIBUTE]: ENTITY.feed, ...state },
          ConditionExpression: 'attribute_not_exists(pk) OR version = :v',
          ExpressionAttributeValues: { ':v': expectedVersion },
        }),
      );
      return 'saved';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'conflict';
      throw error;
    }
  }
}
