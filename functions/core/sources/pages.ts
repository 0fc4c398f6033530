// Feed pages use case: the items a poll found → each page fetched, its main text extracted
// (falling back to the item's own content) and ingested through the one ingest use case.
// Primary course: 1. fetch each page (a few at once), 2. extract, 3. ingest the batch, 4. say
// per item what became of it; a retryable fetch failure is handed back for the next poll.
import type { SourceInput } from '../ingest';
import type { IngestOutcome, PageFeed, PageJob, PageResult } from '../records';
import { decodeBytes } from './charset';
import type { FeedEntry } from './feed';
import { MAX_FETCH_ATTEMPTS } from './feed-limits';
import { articleFromHtml, htmlToText, type HtmlArticle } from './html';
import type { FetchPort } from '../ports';

const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5';

export interface PagesDeps {
  fetcher: FetchPort;
  ingest(inputs: SourceInput[]): Promise<IngestOutcome[]>;
  /** Pages fetched at once. */
  concurrency?: number;
}

/** Fetch, extract and ingest the pages of `jobs`: one result per job, in order. */
export async function fetchPages(jobs: PageJob[], feed: PageFeed, deps: PagesDeps): Promise<PageResult[]> {
  const works = await mapLimit(jobs, deps.concurrency ?? 4, (job) =>
    articleFor(job.entry, job.attempts, feed, deps.fetcher).catch(
      (error: Error): Work => ({ retry: `unexpected error: ${error.message}`, entry: job.entry }),
    ),
  );
  const inputs = works.filter((w): w is { input: SourceInput; key: string } => 'input' in w);
  const outcomes = inputs.length > 0 ? await deps.ingest(inputs.map((w) => w.input)) : [];
  const outcomeOf = new Map(inputs.map((w, i) => [w.key, outcomes[i]]));
  return works.map((w): PageResult => {
    if ('retry' in w) return { key: w.entry.key, retry: w.retry };
    const outcome = outcomeOf.get(w.key);
    return outcome ? { key: w.key, outcome } : { key: w.key, retry: 'ingest gave no outcome' };
  });
}

type Work = { input: SourceInput; key: string } | { retry: string; entry: FeedEntry };

/** One feed item → an article input (page text, else the item's own content, else a rejection), or a retry. */
export async function articleFor(
  entry: FeedEntry,
  attempts: number,
  feed: { feedUrl: string; outlet?: string },
  fetcher: FetchPort,
): Promise<Work> {
  const { outlet } = feed;
  const base: SourceInput = {
    text: '',
    // A link-less item is named by its feed and guid.
    source: entry.link ?? `${feed.feedUrl}#${entry.key.replace(/^guid:/, '')}`,
    ...(entry.title ? { title: entry.title } : {}),
    ...(entry.link ? { url: entry.link } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    ...(outlet ? { outlet: outlet.slice(0, 200) } : {}),
  };
  let why = 'the item has no link';
  let raw: string | undefined; // the page as fetched, kept with a rejection
  if (entry.link) {
    const page = await fetcher.fetch(entry.link, { accept: ACCEPT_PAGE });
    if (page.kind === 'ok') {
      const { text } = decodeBytes(page.bytes, page.contentType);
      const isPlain = /^text\/plain/i.test(page.contentType ?? '');
      const extracted: HtmlArticle = isPlain ? { ok: true, article: { text } } : articleFromHtml(text);
      if (extracted.ok) {
        // The feed's item and outlet win; the page fills in what they leave out.
        const { text: pageText, ...page } = extracted.article;
        return { key: entry.key, input: { ...page, ...base, text: pageText } };
      }
      why = extracted.reason;
      raw = text;
    } else if (page.kind === 'error') {
      if (page.retryable && attempts + 1 < MAX_FETCH_ATTEMPTS) return { retry: page.reason, entry };
      why = `the page could not be fetched${page.retryable ? ` after ${attempts + 1} attempts` : ''}: ${page.reason}`;
    } else why = 'the page answered 304 to an unconditional request';
  }
  const fallback = entry.content
    ? /<[a-z][\s\S]*>/i.test(entry.content)
      ? htmlToText(entry.content)
      : entry.content
    : '';
  if (fallback.trim()) return { key: entry.key, input: { ...base, text: fallback } };
  return {
    key: entry.key,
    input: { ...base, rejection: `${why}; the feed item has no content to fall back on`, ...(raw ? { raw } : {}) },
  };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
