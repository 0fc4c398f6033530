// Feeds, pure: XML → items; which items are new against the feed's state; the next state.
// The state remembers the items already handled (bounded) and the ones whose page could not be
// fetched yet, so a failed fetch is retried on the next poll instead of being lost.
import { parseFeed } from '@rowanmanning/feed-parser';
import { canonicalUrl } from '../canonical-url';
import { cleanDate } from './dates';
// The feed list is its own module: the configuration reads it, and must not carry the feed parser.
export { parseFeedList, type FeedConfig } from './feed-list';

export interface FeedEntry {
  /** Identity within the feed: the canonical link, else the guid. */
  key: string;
  title?: string;
  link?: string;
  published?: string;
  /** The item's own content or description (HTML or text): the fallback article body. */
  content?: string;
}

export type ParsedFeed =
  | { ok: true; title?: string; entries: FeedEntry[]; dropped: { index: number; reason: string }[]; warning?: string }
  | { ok: false; reason: string };

/** Items per feed read in one poll; the rest wait (feeds list newest first). */
export const MAX_ITEMS_PER_POLL = 200;

export function parseFeedXml(xml: string, feedUrl: string): ParsedFeed {
  if (typeof xml !== 'string' || xml.trim() === '')
    return { ok: false, reason: 'malformed feed: the document is empty' };
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return { ok: false, reason: `malformed feed: ${(error as Error).message.slice(0, 200)}` };
  }
  const entries: FeedEntry[] = [];
  const dropped: { index: number; reason: string }[] = [];
  const seen = new Map<string, number>();
  let items: typeof feed.items;
  try {
    items = feed.items.slice(0, MAX_ITEMS_PER_POLL);
  } catch (error) {
    return { ok: false, reason: `malformed feed: ${(error as Error).message.slice(0, 200)}` };
  }
  items.forEach((item, index) => {
    try {
      const link = canonicalUrl(item.url, feedUrl) ? new URL(item.url!.trim(), feedUrl).toString() : undefined;
      const key = canonicalUrl(link) ?? (item.id ? `guid:${item.id.slice(0, 1000)}` : undefined);
      const content = (item.content ?? item.description ?? '').trim() || undefined;
      const date = item.published ?? item.updated;
      const published = date && !Number.isNaN(date.getTime()) ? cleanDate(date.toISOString()) : undefined;
      if (!key) {
        dropped.push({ index, reason: 'item has neither a usable link nor an id' });
        return;
      }
      if (!link && !content) {
        dropped.push({ index, reason: 'item has no link and no content' });
        return;
      }
      if (seen.has(key)) {
        // People count items from 1 (the `index` field, like an array index, counts from 0).
        dropped.push({ index, reason: `repeats item ${seen.get(key)! + 1} (the same canonical link)` });
        return;
      }
      seen.set(key, index);
      entries.push({
        key,
        ...(item.title?.trim() ? { title: item.title.trim().slice(0, 1000) } : {}),
        ...(link ? { link } : {}),
        ...(published ? { published } : {}),
        ...(content ? { content } : {}),
      });
    } catch (error) {
      dropped.push({ index, reason: `item could not be read: ${(error as Error).message.slice(0, 200)}` });
    }
  });
  // The parser is lenient: a truncated document still yields the items before the cut.
  const complete = /<\/(?:[\w-]+:)?(?:rss|feed|RDF)>\s*$/i.test(xml.trim());
  if (!complete && entries.length === 0)
    return { ok: false, reason: 'malformed feed: the document ends before its closing tag and no item could be read' };
  const warning = complete
    ? undefined
    : 'the document ends before its closing tag (truncated?); the items before the cut were read';
  let title: string | undefined;
  try {
    title = feed.title?.trim() || undefined;
  } catch {
    title = undefined;
  }
  return { ok: true, title, entries, dropped, ...(warning ? { warning } : {}) };
}

export interface PendingEntry {
  entry: FeedEntry;
  attempts: number;
  lastError: string;
}

/** Per-feed state, one item in the table. */
export interface FeedState {
  feedUrl: string;
  etag?: string;
  lastModified?: string;
  lastPolledAt?: string;
  lastStatus?: string;
  lastError?: string;
  /** Keys of items handled (stored, duplicate or rejected), newest first, bounded. */
  seen: string[];
  /** Items whose page fetch failed, by key, retried on later polls. */
  pending: Record<string, PendingEntry>;
  /** Optimistic-lock counter: two overlapping polls cannot both save. */
  version: number;
}

export const SEEN_LIMIT = 1_000;
export { MAX_FETCH_ATTEMPTS, MAX_PAGES_PER_POLL } from './feed-limits';

export function emptyFeedState(feedUrl: string): FeedState {
  return { feedUrl, seen: [], pending: {}, version: 0 };
}

/** The entries to fetch this poll: new ones, then the ones still pending from earlier polls. */
export function planPoll(state: FeedState, entries: FeedEntry[]): { fresh: FeedEntry[]; retries: PendingEntry[] } {
  const seen = new Set(state.seen);
  const fresh = entries.filter((e) => !seen.has(e.key) && !(e.key in state.pending));
  return { fresh, retries: Object.values(state.pending) };
}

/** The state after a poll: handled keys remembered, failures counted for the next poll. */
export function nextFeedState(
  state: FeedState,
  poll: {
    at: string;
    status: string;
    error?: string;
    etag?: string;
    lastModified?: string;
    handled: string[];
    failed: { entry: FeedEntry; error: string }[];
    deferred?: PendingEntry[];
  },
): FeedState {
  const handled = new Set(poll.handled);
  const pending: Record<string, PendingEntry> = {};
  for (const [key, p] of Object.entries(state.pending)) if (!handled.has(key)) pending[key] = p;
  // Over this poll's page budget: kept pending as they were, fetched next poll even on a 304.
  for (const d of poll.deferred ?? [])
    pending[d.entry.key] = { ...d, lastError: d.lastError || 'deferred: page budget of the poll used' };
  for (const f of poll.failed) {
    const before = state.pending[f.entry.key];
    pending[f.entry.key] = { entry: f.entry, attempts: (before?.attempts ?? 0) + 1, lastError: f.error.slice(0, 500) };
  }
  const seen = [...poll.handled, ...state.seen.filter((k) => !handled.has(k))].slice(0, SEEN_LIMIT);
  return {
    feedUrl: state.feedUrl,
    etag: poll.etag ?? state.etag,
    lastModified: poll.lastModified ?? state.lastModified,
    lastPolledAt: poll.at,
    lastStatus: poll.status,
    ...(poll.error ? { lastError: poll.error.slice(0, 500) } : {}),
    seen,
    pending,
    version: state.version + 1,
  };
}
