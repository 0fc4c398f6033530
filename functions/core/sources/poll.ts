// Feed poll use case. Primary course: 1. load the feed's state, 2. fetch the feed with its
// ETag / Last-Modified (304 → nothing new), 3. parse, 4. fetch the page of each new item (and
// of items whose fetch failed before) and extract its main text, falling back to the item's own
// content, 5. ingest through the one ingest use case, 6. save the state (one write).
import { canonicalUrl } from '../canonical-url';
import type { IngestOutcome, SourceInput } from '../ingest';
import { decodeBytes } from './charset';
import { emptyFeedState, MAX_FETCH_ATTEMPTS, MAX_PAGES_PER_POLL, nextFeedState, parseFeedXml, planPoll, type FeedConfig, type FeedEntry, type FeedState } from './feed';
import { extractMainText, htmlToText } from './html';
import { cleanDate } from './json';

export type FetchResult =
  | { kind: 'ok'; bytes: Uint8Array; contentType?: string; etag?: string; lastModified?: string; url: string }
  | { kind: 'not-modified' }
  | { kind: 'error'; reason: string; retryable: boolean; status?: number };

export interface FetchPort {
  fetch(url: string, options?: { etag?: string; lastModified?: string; accept?: string }): Promise<FetchResult>;
}

export interface FeedStatePort {
  get(feedUrl: string): Promise<FeedState | undefined>;
  /** Saves unless another poll saved since `expectedVersion` was read. */
  save(state: FeedState, expectedVersion: number): Promise<'saved' | 'conflict'>;
}

export interface PollDeps {
  feedStates: FeedStatePort;
  fetcher: FetchPort;
  ingest(inputs: SourceInput[]): Promise<IngestOutcome[]>;
  clock: { now(): string };
  /** Which of these canonical URLs are already stored (canonical → article id): one batched read per poll, so known pages are not fetched again. */
  knownUrls?(canonicalUrls: string[]): Promise<Map<string, string>>;
  /** Pages fetched at once. */
  concurrency?: number;
  /** Pages fetched per poll (default MAX_PAGES_PER_POLL); the rest stay pending for the next poll. */
  maxPages?: number;
}

export interface FeedPollReport {
  feed: string;
  status: 'polled' | 'not-modified' | 'failed';
  reason?: string;
  entries: number;
  fresh: number;
  retried: number;
  outcomes: IngestOutcome[];
  /** Items whose page could not be fetched; tried again next poll. */
  pending: { link?: string; attempts: number; reason: string }[];
  /** Items the feed listed that are not items to fetch (no link or id, or a repeat in the document). */
  dropped: { index: number; reason: string }[];
  saved: boolean;
}

const ACCEPT_FEED = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5';

export async function pollFeed(feed: FeedConfig, deps: PollDeps): Promise<FeedPollReport> {
  const at = deps.clock.now();
  const state = (await deps.feedStates.get(feed.url)) ?? emptyFeedState(feed.url);
  const report: FeedPollReport = { feed: feed.url, status: 'polled', entries: 0, fresh: 0, retried: 0, outcomes: [], pending: [], dropped: [], saved: false };
  const response = await deps.fetcher.fetch(feed.url, { etag: state.etag, lastModified: state.lastModified, accept: ACCEPT_FEED });
  let entries: FeedEntry[] = [];
  let outlet = feed.outlet;
  let failure: string | undefined;
  if (response.kind === 'error') failure = `feed fetch failed: ${response.reason}`;
  else if (response.kind === 'ok') {
    const parsed = parseFeedXml(decodeBytes(response.bytes, response.contentType).text, response.url);
    if (!parsed.ok) failure = parsed.reason;
    else {
      entries = parsed.entries;
      outlet ??= parsed.title;
      report.dropped = parsed.dropped;
      if (parsed.warning) report.reason = parsed.warning;
    }
  }
  if (failure) Object.assign(report, { status: 'failed', reason: failure });
  else if (response.kind === 'not-modified') report.status = 'not-modified';
  const planned = planPoll(state, entries);
  const { retries } = planned;
  const { fresh, known } = await withoutKnown(planned.fresh, deps);
  Object.assign(report, { entries: entries.length, fresh: planned.fresh.length, retried: retries.length });
  const all = [...retries, ...fresh.map((entry) => ({ entry, attempts: 0, lastError: '' }))];
  const budget = deps.maxPages ?? MAX_PAGES_PER_POLL;
  const work = all.slice(0, budget);
  const deferred = all.slice(budget);
  const results = await mapLimit(work, deps.concurrency ?? 4, (w) =>
    articleFor(w.entry, w.attempts, { feedUrl: feed.url, outlet }, deps.fetcher).catch((error: Error): Work => ({ retry: `unexpected error: ${error.message}`, entry: w.entry })),
  );
  const inputs = results.filter((r): r is { input: SourceInput; key: string } => 'input' in r);
  const outcomes = inputs.length > 0 ? await deps.ingest(inputs.map((r) => r.input)) : [];
  report.outcomes = [...known.map((k) => k.outcome), ...outcomes];
  const handled = [...known.map((k) => k.entry.key), ...inputs.filter((_, i) => outcomes[i]?.status !== 'failed').map((r) => r.key)];
  const failed = results.filter((r): r is { retry: string; entry: FeedEntry } => 'retry' in r).map((r) => ({ entry: r.entry, error: r.retry }));
  // A storage failure is retried next poll too: the item stays pending.
  inputs.forEach((r, i) => outcomes[i]?.status === 'failed' && failed.push({ entry: work.find((w) => w.entry.key === r.key)!.entry, error: outcomes[i].reason ?? 'storage failed' }));
  const next = nextFeedState(state, {
    at,
    status: report.status,
    error: failure,
    ...(response.kind === 'ok' && !failure ? { etag: response.etag, lastModified: response.lastModified } : {}),
    handled,
    failed,
    deferred,
  });
  report.pending = Object.values(next.pending).map((p) => ({ link: p.entry.link, attempts: p.attempts, reason: p.lastError }));
  report.saved = (await deps.feedStates.save(next, state.version)) === 'saved';
  return report;
}

/** Splits off the entries whose page is already stored (listed by another feed, or seen before the state was trimmed). */
async function withoutKnown(entries: FeedEntry[], deps: PollDeps): Promise<{ fresh: FeedEntry[]; known: { entry: FeedEntry; outcome: IngestOutcome }[] }> {
  const urls = entries.map((e) => (e.link ? canonicalUrl(e.link) : null));
  const wanted = [...new Set(urls.filter((u): u is string => !!u))];
  if (!deps.knownUrls || wanted.length === 0) return { fresh: entries, known: [] };
  const owners = await deps.knownUrls(wanted);
  const fresh: FeedEntry[] = [];
  const known: { entry: FeedEntry; outcome: IngestOutcome }[] = [];
  entries.forEach((entry, i) => {
    const owner = urls[i] ? owners.get(urls[i]!) : undefined;
    if (!owner) fresh.push(entry);
    else known.push({ entry, outcome: { articleId: owner, source: entry.link, status: 'duplicate', duplicateOf: owner, reason: `the URL is already stored as article ${owner} (not fetched again)` } });
  });
  return { fresh, known };
}

type Work = { input: SourceInput; key: string } | { retry: string; entry: FeedEntry };

/** One feed item → an article input (page text, else the item's own content, else a rejection), or a retry. */
export async function articleFor(entry: FeedEntry, attempts: number, feed: { feedUrl: string; outlet?: string }, fetcher: FetchPort): Promise<Work> {
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
      const extracted = isPlain ? { ok: true as const, text } : extractMainText(text);
      if (extracted.ok) {
        const published = base.published ?? ('published' in extracted ? cleanDate(extracted.published) : undefined);
        return { key: entry.key, input: { ...base, text: extracted.text, ...(published ? { published } : {}), ...(!base.title && 'title' in extracted && extracted.title ? { title: extracted.title } : {}) } };
      }
      why = extracted.reason;
      raw = text;
    } else if (page.kind === 'error') {
      if (page.retryable && attempts + 1 < MAX_FETCH_ATTEMPTS) return { retry: page.reason, entry };
      why = `the page could not be fetched${page.retryable ? ` after ${attempts + 1} attempts` : ''}: ${page.reason}`;
    } else why = 'the page answered 304 to an unconditional request';
  }
  const fallback = entry.content ? (/<[a-z][\s\S]*>/i.test(entry.content) ? htmlToText(entry.content) : entry.content) : '';
  if (fallback.trim()) return { key: entry.key, input: { ...base, text: fallback } };
  return { key: entry.key, input: { ...base, rejection: `${why}; the feed item has no content to fall back on`, ...(raw ? { raw } : {}) } };
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
