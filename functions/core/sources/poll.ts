// Feed poll use case. Primary course: 1. load the feed's state, 2. fetch the feed with its
// ETag / Last-Modified (304 → nothing new), 3. parse, 4. hand the new items (and those whose
// page fetch failed before) to the pages port, which fetches each page, extracts its main text
// and ingests it (core/sources/pages.ts), 5. save the state (one write).
// No HTML parsing here: on AWS the pages run in their own function, so the feed parser and the
// HTML stack never share a bundle.
import { canonicalUrl } from '../canonical-url';
import type { FeedStatePort, FetchPort, PagesPort } from '../ports';
import type { IngestOutcome, PageFeed, PageJob, PageResult } from '../records';
import { decodeBytes } from './charset';
import { MAX_PAGES_PER_POLL } from './feed-limits';
import { emptyFeedState, nextFeedState, parseFeedXml, planPoll, type FeedConfig, type FeedEntry } from './feed';

export interface PollDeps {
  feedStates: FeedStatePort;
  /** Fetches the feed document itself. */
  fetcher: FetchPort;
  pages: PagesPort;
  clock: { now(): string };
  /** Which of these canonical URLs are already stored (canonical → article id): one batched read per poll, so known pages are not fetched again. */
  knownUrls?(canonicalUrls: string[]): Promise<Map<string, string>>;
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

/** A feed's report before anything was read: the start of a poll, or all a failed one has to say. */
export function feedReport(feed: string, status: FeedPollReport['status'], reason?: string): FeedPollReport {
  return {
    feed,
    status,
    ...(reason === undefined ? {} : { reason }),
    entries: 0,
    fresh: 0,
    retried: 0,
    outcomes: [],
    pending: [],
    dropped: [],
    saved: false,
  };
}

export async function pollFeed(feed: FeedConfig, deps: PollDeps): Promise<FeedPollReport> {
  const at = deps.clock.now();
  const state = (await deps.feedStates.get(feed.url)) ?? emptyFeedState(feed.url);
  const report = feedReport(feed.url, 'polled');
  const response = await deps.fetcher.fetch(feed.url, {
    etag: state.etag,
    lastModified: state.lastModified,
    accept: ACCEPT_FEED,
  });
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
  const results = work.length > 0 ? await pagesOf(work, { feedUrl: feed.url, outlet }, deps.pages) : [];
  const entryOf = new Map(work.map((w) => [w.entry.key, w.entry]));
  const ingested = results.filter((r): r is { key: string; outcome: IngestOutcome } => 'outcome' in r);
  report.outcomes = [...known.map((k) => k.outcome), ...ingested.map((r) => r.outcome)];
  const handled = [
    ...known.map((k) => k.entry.key),
    ...ingested.filter((r) => r.outcome.status !== 'failed').map((r) => r.key),
  ];
  // A fetch to retry, or a storage failure: the item stays pending for the next poll.
  const failed = results.flatMap((r) => {
    const error =
      'retry' in r ? r.retry : r.outcome.status === 'failed' ? (r.outcome.reason ?? 'storage failed') : undefined;
    return error !== undefined && entryOf.has(r.key) ? [{ entry: entryOf.get(r.key)!, error }] : [];
  });
  const next = nextFeedState(state, {
    at,
    status: report.status,
    error: failure,
    ...(response.kind === 'ok' && !failure ? { etag: response.etag, lastModified: response.lastModified } : {}),
    handled,
    failed,
    deferred,
  });
  report.pending = Object.values(next.pending).map((p) => ({
    link: p.entry.link,
    attempts: p.attempts,
    reason: p.lastError,
  }));
  report.saved = (await deps.feedStates.save(next, state.version)) === 'saved';
  return report;
}

/** Splits off the entries whose page is already stored (listed by another feed, or seen before the state was trimmed). */
async function withoutKnown(
  entries: FeedEntry[],
  deps: PollDeps,
): Promise<{ fresh: FeedEntry[]; known: { entry: FeedEntry; outcome: IngestOutcome }[] }> {
  const urls = entries.map((e) => (e.link ? canonicalUrl(e.link) : null));
  const wanted = [...new Set(urls.filter((u): u is string => !!u))];
  if (!deps.knownUrls || wanted.length === 0) return { fresh: entries, known: [] };
  const owners = await deps.knownUrls(wanted);
  const fresh: FeedEntry[] = [];
  const known: { entry: FeedEntry; outcome: IngestOutcome }[] = [];
  entries.forEach((entry, i) => {
    const owner = urls[i] ? owners.get(urls[i]!) : undefined;
    if (!owner) fresh.push(entry);
    else
      known.push({
        entry,
        outcome: {
          articleId: owner,
          source: entry.link,
          status: 'duplicate',
          duplicateOf: owner,
          reason: `the URL is already stored as article ${owner} (not fetched again)`,
        },
      });
  });
  return { fresh, known };
}

/** The pages port's answer for every job: a port that fails, or forgets a job, leaves it pending. */
async function pagesOf(work: PageJob[], feed: PageFeed, pages: PagesPort): Promise<PageResult[]> {
  let results: PageResult[];
  try {
    results = await pages(work, feed);
  } catch (error) {
    return work.map((w) => ({
      key: w.entry.key,
      retry: `the pages could not be fetched: ${(error as Error).message}`,
    }));
  }
  const answered = new Set(results.map((r) => r.key));
  return [
    ...results,
    ...work
      .filter((w) => !answered.has(w.entry.key))
      .map((w) => ({ key: w.entry.key, retry: 'no answer for this page' })),
  ];
}
