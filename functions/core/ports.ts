// Ports: what the use cases need from storage, queues, mail, the network and the clock, all in
// one place. Adapters implement them structurally (functions/adapters, or in-memory fakes in
// tests); core never imports an SDK. The records they carry live in records.ts.
import type { OutgoingEmail, SendFailure } from './email-sending';
import type {
  AlertRecord,
  ArchivePage,
  BandRow,
  DigestEntry,
  Edition,
  FetchResult,
  IngestLookup,
  IngestLookupResult,
  KeptArticle,
  PageFeed,
  PageJob,
  PageResult,
  Pair,
  ReminderRow,
  SendBatch,
  StoreResult,
} from './records';
import type { FeedState } from './sources/feed';
import type { Frequency, Subscriber } from './subscriber';
import type { Timeline } from './timeline';

export interface Clock {
  now(): string;
}

/** Display names of states and treaties (the reference data). */
export interface Names {
  state(iso3: string): string;
  treaty(id: string): string;
}

// Articles in: ingest, feeds and their pages

/** What ingest needs from storage (ArticleStore implements it on DynamoDB). */
export interface SourceArticlePort {
  lookup(query: IngestLookup): Promise<IngestLookupResult>;
  store(write: { article: KeptArticle; canonicalUrl?: string; bands: BandRow[] }): Promise<StoreResult>;
  put(article: KeptArticle): Promise<'stored' | 'duplicate'>;
}

export interface FetchPort {
  fetch(url: string, options?: { etag?: string; lastModified?: string; accept?: string }): Promise<FetchResult>;
}

export interface FeedStatePort {
  get(feedUrl: string): Promise<FeedState | undefined>;
  /** Saves unless another poll saved since `expectedVersion` was read. */
  save(state: FeedState, expectedVersion: number): Promise<'saved' | 'conflict'>;
}

/** Fetch, extract and ingest the pages of these items (core/sources/pages.ts; on AWS the pages function). */
export type PagesPort = (jobs: PageJob[], feed: PageFeed) => Promise<PageResult[]>;

// Detection and the record

export interface TimelinePort {
  getMany(pairs: { state: string; treaty: string }[]): Promise<Map<string, Timeline>>;
  commitDetection(input: {
    articleId: string;
    summary: Record<string, unknown>;
    timelines: Timeline[];
    newAlerts: AlertRecord[];
    foldedAlerts: AlertRecord[];
  }): Promise<void>;
  /** Records that detection could not process an article (kept, with the reason, for a retry). */
  markFailed(articleId: string, reason: string, at: string): Promise<void>;
}

export interface ReminderPort {
  /** Deterministic keys: writing a row again rewrites the same row. */
  put(rows: ReminderRow[]): Promise<void>;
  forDays(days: string[]): Promise<ReminderRow[]>;
  /** Creates each reminder alert only if absent (a rerun changes nothing). */
  createAlerts(alerts: AlertRecord[]): Promise<void>;
}

export interface DigestEntryPort {
  put(entries: DigestEntry[]): Promise<void>;
  forDays(days: string[]): Promise<DigestEntry[]>;
}

/** Reads of the public record; the adapter answers each by key or by Query, never by Scan. */
export interface RecordPort {
  archive(limit: number, before?: string): Promise<ArchivePage>;
  edition(editionId: string): Promise<Edition | undefined>;
  /** Every timeline held for a treaty (the byRecord index). */
  treatyTimelines(treaty: string): Promise<Timeline[]>;
  /** The state's timelines on these treaties (by key: the catalogue is short). */
  stateTimelines(state: string, treaties: string[]): Promise<Timeline[]>;
  /** These state × treaty timelines (by key). */
  timelines(pairs: Pair[]): Promise<Timeline[]>;
  /** The newest alerts of all, newest first. */
  recentAlerts(limit: number): Promise<AlertRecord[]>;
  alerts(alertIds: string[]): Promise<AlertRecord[]>;
}

// Editions out: subscribers, the send queue, the delivery ledger, mail

export interface EditionPort {
  putOnce(edition: Edition): Promise<{ edition: Edition; created: boolean }>;
  get(editionId: string): Promise<Edition | undefined>;
}

export interface SubscriberPort {
  idsForTopics(topics: string[], frequency: Frequency): Promise<string[]>;
  getMany(ids: string[]): Promise<Subscriber[]>;
}

export interface LedgerPort {
  claim(editionId: string, subscriberId: string, at: string): Promise<'claimed' | 'already-claimed'>;
  markSent(editionId: string, subscriberId: string, messageId: string, at: string): Promise<void>;
  release(editionId: string, subscriberId: string): Promise<void>;
  /** Optional batched forms: one request for a group instead of one per recipient. */
  claimMany?(
    editionId: string,
    subscriberIds: string[],
    at: string,
  ): Promise<Map<string, 'claimed' | 'already-claimed'>>;
  markSentMany?(
    editionId: string,
    rows: { subscriberId: string; messageId: string; claimedAt?: string }[],
    at: string,
  ): Promise<void>;
  /** Which (edition, subscriber) rows exist, as "editionId|subscriberId": a redelivery skips them unread. */
  existing?(rows: { editionId: string; subscriberId: string }[]): Promise<Set<string>>;
}

export interface SendQueuePort {
  enqueue(batches: SendBatch[]): Promise<void>;
}

export interface EmailSender {
  send(email: OutgoingEmail): Promise<string>;
  classify(error: unknown): SendFailure;
}

// Subscriptions

export interface AccountPort {
  get(subscriberId: string): Promise<Subscriber | undefined>;
  savePending(subscriber: Subscriber): Promise<void>;
  activate(subscriber: Subscriber, previousTopics: string[]): Promise<void>;
  deactivate(subscriber: Subscriber, status: 'unsubscribed' | 'suppressed', at: string, reason?: string): Promise<void>;
}

export interface ConfirmationMailer {
  send(subscriber: Subscriber): Promise<void>;
}

export interface RateLimitPort {
  /** Counts one request in the window; false when the window already holds `limit`. */
  take(scope: string, subject: string, window: string, limit: number, expiresAt: number): Promise<boolean>;
}
