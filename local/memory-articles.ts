// An in-memory SourceArticlePort with the DynamoDB store's semantics (conditional article and
// URL rows, first-writer band rows): for property tests and quick runs without DynamoDB Local.
import type { FeedState } from '#core/sources/feed';
import type { BandRow, IngestLookup, IngestLookupResult, KeptArticle, StoreResult } from '#core/records';
import type { SourceArticlePort } from '#core/ports';

export class MemoryArticles implements SourceArticlePort {
  readonly articles = new Map<string, KeptArticle>();
  readonly urls = new Map<string, string>();
  readonly bands = new Map<string, BandRow>();
  readonly requests = { reads: 0, writes: 0 };

  async lookup(query: IngestLookup): Promise<IngestLookupResult> {
    this.requests.reads++;
    const owner = query.canonicalUrl ? this.urls.get(query.canonicalUrl) : undefined;
    return {
      articleExists: this.articles.has(query.articleId),
      ...(owner ? { urlOwner: owner } : {}),
      bands: query.bands.flatMap((b) => (this.bands.has(b) ? [this.bands.get(b)!] : [])),
    };
  }

  async store(write: { article: KeptArticle; canonicalUrl?: string; bands: BandRow[] }): Promise<StoreResult> {
    this.requests.writes++;
    if (this.articles.has(write.article.articleId))
      return { status: 'duplicate', by: 'content', of: write.article.articleId };
    if (write.canonicalUrl && this.urls.has(write.canonicalUrl))
      return { status: 'duplicate', by: 'url', of: this.urls.get(write.canonicalUrl) };
    this.articles.set(write.article.articleId, structuredClone(write.article));
    if (write.canonicalUrl) this.urls.set(write.canonicalUrl, write.article.articleId);
    for (const b of write.bands) if (!this.bands.has(b.key)) this.bands.set(b.key, b);
    return { status: 'stored' };
  }

  async put(article: KeptArticle): Promise<'stored' | 'duplicate'> {
    this.requests.writes++;
    if (this.articles.has(article.articleId)) return 'duplicate';
    this.articles.set(article.articleId, structuredClone(article));
    return 'stored';
  }
}

/** Feed states in memory, with the DynamoDB store's version condition. */
export class MemoryFeedStates {
  readonly states = new Map<string, FeedState>();

  async get(feedUrl: string): Promise<FeedState | undefined> {
    const s = this.states.get(feedUrl);
    return s ? structuredClone(s) : undefined;
  }

  async save(state: FeedState, expectedVersion: number): Promise<'saved' | 'conflict'> {
    const current = this.states.get(state.feedUrl);
    if (current && current.version !== expectedVersion) return 'conflict';
    this.states.set(state.feedUrl, structuredClone(state));
    return 'saved';
  }
}
