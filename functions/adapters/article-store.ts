// Articles in DynamoDB: stored once by content fingerprint and once by canonical URL (a
// pointer row), with syndication band rows, all in one transaction; one batched read first.
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  type BatchGetCommandOutput,
  PutCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, keys, type Key } from '#schema';
import type { BandRow, IngestLookup, IngestLookupResult, KeptArticle, StoredArticle, StoreResult } from '#core/records';
import type { SourceArticlePort } from '#core/ports';
import { toArticle } from './article-item';

export type PutResult = 'stored' | 'duplicate';

export class ArticleStore implements SourceArticlePort {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Stores the article unless one with the same id exists; never overwrites. */
  async put(article: StoredArticle | KeptArticle): Promise<PutResult> {
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

  /** One BatchGet: does the article exist, who holds the URL, what do the band rows point at. */
  async lookup(query: IngestLookup): Promise<IngestLookupResult> {
    const wanted: Key[] = [
      keys.article(query.articleId),
      ...(query.canonicalUrl ? [keys.articleUrl(query.canonicalUrl)] : []),
      ...query.bands.map((b) => keys.syndicationBand(b)),
    ];
    const found = new Map<string, Record<string, unknown>>();
    let pending: Record<string, unknown>[] | undefined = wanted;
    for (let attempt = 0; pending && pending.length > 0 && attempt < 5; attempt++) {
      const out: BatchGetCommandOutput = await this.doc.send(
        new BatchGetCommand({
          RequestItems: {
            [this.table]: {
              Keys: pending,
              ProjectionExpression: 'pk, articleId, #root, sig, shingles',
              ExpressionAttributeNames: { '#root': 'root' },
            },
          },
        }),
      );
      for (const item of out.Responses?.[this.table] ?? []) found.set(String(item.pk), item);
      pending = out.UnprocessedKeys?.[this.table]?.Keys;
    }
    if (pending && pending.length > 0) throw new Error('DynamoDB left keys unprocessed after 5 attempts');
    const urlItem = query.canonicalUrl ? found.get(keys.articleUrl(query.canonicalUrl).pk) : undefined;
    const bands: BandRow[] = [];
    for (const band of query.bands) {
      const item = found.get(keys.syndicationBand(band).pk);
      if (item && typeof item.root === 'string' && typeof item.sig === 'string')
        bands.push({ key: band, root: item.root, signature: item.sig, shingles: Number(item.shingles ?? 0) });
    }
    return {
      articleExists: found.has(keys.article(query.articleId).pk),
      ...(urlItem ? { urlOwner: String(urlItem.articleId) } : {}),
      bands,
    };
  }

  /** Which canonical URLs already have a pointer row (canonical → article id); BatchGet in chunks of 100. */
  async knownUrls(canonicalUrls: string[]): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    const byPk = new Map(canonicalUrls.map((u) => [keys.articleUrl(u).pk, u]));
    for (let i = 0; i < canonicalUrls.length; i += 100) {
      let pending: Record<string, unknown>[] | undefined = canonicalUrls
        .slice(i, i + 100)
        .map((u) => keys.articleUrl(u));
      for (let attempt = 0; pending && pending.length > 0 && attempt < 5; attempt++) {
        const out: BatchGetCommandOutput = await this.doc.send(
          new BatchGetCommand({
            RequestItems: { [this.table]: { Keys: pending, ProjectionExpression: 'pk, articleId' } },
          }),
        );
        for (const item of out.Responses?.[this.table] ?? [])
          owners.set(byPk.get(String(item.pk))!, String(item.articleId));
        pending = out.UnprocessedKeys?.[this.table]?.Keys;
      }
    }
    return owners;
  }

  /** One transaction: the article and its URL pointer only if both are new; band rows keep their first article. */
  async store(write: { article: KeptArticle; canonicalUrl?: string; bands: BandRow[] }): Promise<StoreResult> {
    const { article } = write;
    const items = [
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.article(article.articleId), [ENTITY_ATTRIBUTE]: ENTITY.article, ...article },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...(write.canonicalUrl
        ? [
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...keys.articleUrl(write.canonicalUrl),
                  [ENTITY_ATTRIBUTE]: ENTITY.articleUrl,
                  articleId: article.articleId,
                  url: article.url,
                  at: article.ingestedAt,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
      ...write.bands.map((b) => ({
        Update: {
          TableName: this.table,
          Key: keys.syndicationBand(b.key),
          UpdateExpression:
            'SET #e = :e, #root = if_not_exists(#root, :root), sig = if_not_exists(sig, :sig), ' +
            'shingles = if_not_exists(shingles, :n)',
          ExpressionAttributeNames: { '#e': ENTITY_ATTRIBUTE, '#root': 'root' },
          ExpressionAttributeValues: {
            ':e': ENTITY.syndicationBand,
            ':root': b.root,
            ':sig': b.signature,
            ':n': b.shingles,
          },
        },
      })),
    ];
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return { status: 'stored' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed')
        return { status: 'duplicate', by: 'content', of: article.articleId };
      if (reasons[1]?.Code === 'ConditionalCheckFailed') return { status: 'duplicate', by: 'url' };
      throw error;
    }
  }

  async get(articleId: string): Promise<StoredArticle | undefined> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.article(articleId) }));
    return out.Item ? toArticle(out.Item) : undefined;
  }
}
