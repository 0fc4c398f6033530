// Ingest use case: validate, fingerprint, store once. A rejected input is stored too, with
// its reason, so nothing a source gave us is lost.
import { createHash } from 'node:crypto';
import { ArticleRejected, articleFingerprint, validateArticle } from './article';
import type { StoredArticle } from './detect';
import type { ArticleInput } from './model';
import type { ArticlePort, Clock } from './ports';

export interface IngestOutcome {
  articleId: string;
  source?: string;
  status: 'stored' | 'duplicate' | 'rejected';
  reason?: string;
}

export async function ingestArticles(inputs: ArticleInput[], deps: { articles: ArticlePort; clock: Clock }): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const input of inputs) {
    const at = deps.clock.now();
    try {
      const valid = validateArticle(input);
      const article: StoredArticle = { articleId: articleFingerprint(valid.text), ...valid, ingestedAt: at, status: 'ingested' };
      const status = await deps.articles.put(article);
      outcomes.push({ articleId: article.articleId, source: input.source, status });
    } catch (error) {
      if (!(error instanceof ArticleRejected)) throw error;
      const raw = JSON.stringify(input ?? null).slice(0, 300_000);
      const articleId = `rejected-${createHash('sha256').update(raw).digest('hex').slice(0, 24)}`;
      const kept: StoredArticle = {
        articleId,
        text: typeof input?.text === 'string' ? input.text.slice(0, 300_000) : '',
        source: input?.source,
        ingestedAt: at,
        status: 'rejected',
        reason: error.reason,
      };
      await deps.articles.put(kept);
      outcomes.push({ articleId, source: input?.source, status: 'rejected', reason: error.reason });
    }
  }
  return outcomes;
}
