// Fixed-window rate limits as DynamoDB conditional counters: one ADD per request, refused
// by the condition once the window is full; the row expires through the table's TTL.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, keys, TTL_ATTRIBUTE } from '#schema';
import type { RateLimitPort } from '#core/ports';

export class RateLimitStore implements RateLimitPort {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async take(scope: string, subject: string, window: string, limit: number, expiresAt: number): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.rateLimit(scope, subject, window),
          UpdateExpression: 'ADD #n :one SET #e = if_not_exists(#e, :e), #t = :t',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
          ExpressionAttributeNames: { '#n': 'count', '#e': TTL_ATTRIBUTE, '#t': ENTITY_ATTRIBUTE },
          ExpressionAttributeValues: { ':one': 1, ':e': expiresAt, ':limit': limit, ':t': ENTITY.rateLimit },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
