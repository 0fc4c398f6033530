// Ingest use case: validate, identify, store once. Identity is the content fingerprint (the
// article id) plus the canonical URL (a pointer row); a syndicated copy is stored and linked
// to its original; non-English text is stored with its language and kept from detection; a
// rejected input is stored too, with its reason, so nothing a source gave us is lost.
// Primary course per article: 1. validate, 2. one batched read (id, URL pointer, band rows),
// 3. decide duplicate / copy / new, 4. one atomic write (article + URL pointer + band rows).
import { createHash } from 'node:crypto';
import { ArticleRejected, articleFingerprint, clipUtf8, validateArticle } from './article';
import { canonicalUrl } from './canonical-url';
import { detectLanguage, isEnglishEnough } from './language';
import type { ArticleInput } from './model';
import type { Clock, SourceArticlePort } from './ports';
import type { BandRow, IngestOutcome, KeptArticle } from './records';
import { bandKeys, decodeSignature, encodeSignature, findOriginal, syndicationPrint } from './syndication';

/** What a source hands to ingest: an article, or what it got and why it is not one. */
export interface SourceInput extends ArticleInput {
  /** The source already knows this cannot be an article (e.g. a page with no main text). */
  rejection?: string;
  /** What the source got, kept (clipped) with a rejection: HTML, JSON. */
  raw?: string;
}

export interface IngestDeps {
  articles: SourceArticlePort;
  clock: Clock;
}

/** A rejected input keeps at most this much of its text and raw form. */
export const REJECTED_KEEP_BYTES = 100_000;

export async function ingestArticles(inputs: SourceInput[], deps: IngestDeps): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const input of inputs) {
    try {
      outcomes.push(await ingestOne(input, deps));
    } catch (error) {
      // Storage trouble for one article must not lose the rest of the batch.
      outcomes.push({
        articleId: '',
        source: sourceOf(input),
        status: 'failed',
        reason: `could not be stored: ${(error as Error).message}`,
        retryable: true,
      });
    }
  }
  return outcomes;
}

export async function ingestOne(input: SourceInput, deps: IngestDeps): Promise<IngestOutcome> {
  const at = deps.clock.now();
  let valid: ArticleInput;
  try {
    if (input === null || typeof input !== 'object') throw new ArticleRejected('not an article object');
    if (input.rejection) throw new ArticleRejected(input.rejection);
    valid = validateArticle(input);
  } catch (error) {
    if (!(error instanceof ArticleRejected)) throw error;
    return keepRejected(input, error.reason, at, deps);
  }
  const articleId = articleFingerprint(valid.text);
  const canonical = canonicalUrl(valid.url) ?? undefined;
  const guess = detectLanguage(`${valid.title ?? ''}\n${valid.text}`);
  const english = isEnglishEnough(guess);
  const print = english ? syndicationPrint(valid.text) : undefined;
  const bands = print ? bandKeys(print) : [];
  const found = await deps.articles.lookup({ articleId, canonicalUrl: canonical, bands });
  const base = { articleId, source: valid.source, language: guess.language };
  if (found.articleExists)
    return { ...base, status: 'duplicate', duplicateOf: articleId, reason: 'the same text is already stored' };
  if (found.urlOwner)
    return {
      ...base,
      status: 'duplicate',
      duplicateOf: found.urlOwner,
      reason: `the URL is already stored as article ${found.urlOwner}`,
    };
  const original = print
    ? findOriginal(
        print,
        found.bands
          .filter((b) => b.root !== articleId)
          .map((b) => ({
            articleId: b.root,
            print: { signature: decodeSignature(b.signature), shingles: b.shingles },
          })),
      )
    : null;
  const { rejection: _r, raw: _raw, ...fields } = { ...input, ...valid };
  const article: KeptArticle = {
    ...fields,
    articleId,
    ingestedAt: at,
    language: guess.language,
    ...(canonical ? { canonicalUrl: canonical } : {}),
    ...(english
      ? { status: 'ingested' as const }
      : {
          status: 'skipped' as const,
          reason: `not English (language: ${guess.language}); kept, not sent to the English extractor`,
        }),
    ...(original ? { mirrorOf: original.articleId, similarity: Math.round(original.jaccard * 100) / 100 } : {}),
  };
  const root = original?.articleId ?? articleId;
  const rows: BandRow[] = print
    ? bands.map((key) => ({ key, root, signature: encodeSignature(print.signature), shingles: print.shingles }))
    : [];
  const result = await deps.articles.store({ article, canonicalUrl: canonical, bands: rows });
  if (result.status === 'duplicate') {
    return {
      ...base,
      status: 'duplicate',
      duplicateOf: result.of ?? articleId,
      reason: result.by === 'url' ? 'the URL is already stored' : 'the same text is already stored',
    };
  }
  return {
    ...base,
    status: english ? 'stored' : 'skipped',
    ...(english ? {} : { reason: article.reason }),
    ...(original
      ? {
          mirrorOf: original.articleId,
          reason: `syndicated copy of ${original.articleId} (resemblance ${article.similarity})`,
        }
      : {}),
  };
}

async function keepRejected(input: SourceInput, reason: string, at: string, deps: IngestDeps): Promise<IngestOutcome> {
  const safe = input !== null && typeof input === 'object' ? input : ({ text: '' } as SourceInput);
  const text = typeof safe.text === 'string' ? safe.text : '';
  // Keep the raw form when the source gave one, or when the text is not even a string.
  const raw = typeof safe.raw === 'string' ? safe.raw : typeof safe.text === 'string' ? undefined : safeJson(input);
  const articleId = `rejected-${createHash('sha256')
    .update(`${reason}\n${raw ?? safeJson(input)}`)
    .digest('hex')
    .slice(0, 24)}`;
  const kept: KeptArticle = {
    articleId,
    text: clipUtf8(text, REJECTED_KEEP_BYTES),
    ...(raw !== undefined ? { raw: clipUtf8(raw, REJECTED_KEEP_BYTES) } : {}),
    originalBytes: Buffer.byteLength(raw ?? text, 'utf8'),
    ...pickStrings(safe),
    ingestedAt: at,
    status: 'rejected',
    reason,
  };
  await deps.articles.put(kept);
  return { articleId, source: sourceOf(input), status: 'rejected', reason };
}

function pickStrings(input: SourceInput): Partial<KeptArticle> {
  const out: Partial<KeptArticle> = {};
  for (const field of ['title', 'outlet', 'published', 'url', 'source'] as const) {
    const v = input[field];
    if (typeof v === 'string' && v !== '') out[field] = v.slice(0, 4096);
  }
  return out;
}

function sourceOf(input: SourceInput): string | undefined {
  return input !== null && typeof input === 'object' && typeof input.source === 'string' ? input.source : undefined;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
