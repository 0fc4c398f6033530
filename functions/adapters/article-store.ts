// Articles in DynamoDB: stored once by content fingerprint, with a conditional put.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, keys } from '#schema';
import type { StoredArticle } from '#core/detect';

export type PutResult = 'stored' | 'duplicate';

export class ArticleStore {
  constructor(private readonly doc: DynamoDBDocumentClient, private readonly table: string) {}

  /** Stores the article unless one with the same id exists; never overwrites. */
  async put(article: StoredArticle): Promise<PutResult> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.article(article.articleId), [ENTITY_ATTRIBUTE]: ENTITY.article, ...article },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return 'stored';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'duplicate';
      throw error;
    }
  }

  async get(articleId: string): Promise<StoredArticle | undefined> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.article(articleId) }));
    return out.Item ? toArticle(out.Item) : undefined;
  }
}

/** Strips storage attributes from an item (or a stream image) to the domain shape. */
export function toArticle(item: Record<string, unknown>): StoredArticle {
  const { pk: _pk, sk: _sk, [ENTITY_ATTRIBUTE]: _e, ...rest } = item;
  return rest as unknown as StoredArticle;
}
