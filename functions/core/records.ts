// The records core shares with its ports and adapters: what is stored and read back (articles,
// alerts, editions, digest and reminder rows, archive pages) and what crosses a port (a fetched
// document, a page job and its result). Plain data, no behaviour: ports.ts speaks in these, and the
// use cases import them from here, so no use-case file is another's contract.
import type { Action, ArticleInput, Novelty, PartialDate } from './model';
import type { FeedEntry } from './sources/feed';
import type { Frequency } from './subscriber';
import type { SourceRef } from './timeline';

// Articles

/** An article as stored: what the source gave plus identity and processing state. */
export interface StoredArticle extends ArticleInput {
  articleId: string;
  ingestedAt: string;
  status: 'ingested' | 'detected' | 'rejected' | 'failed' | 'skipped';
  reason?: string;
  /** Id of the article this one is a syndicated copy of. */
  mirrorOf?: string;
}

/** An article as kept: detection only ever sees status 'ingested' (STREAM_FILTERS.detect). */
export interface KeptArticle extends Omit<StoredArticle, 'status'> {
  status: StoredArticle['status'] | 'skipped';
  /** ISO 639-1 guess ('und' when too short to tell). */
  language?: string;
  canonicalUrl?: string;
  /** Estimated resemblance to `mirrorOf`'s text (0–1). */
  similarity?: number;
  raw?: string;
  /** Size of what the source gave when only a prefix is kept. */
  originalBytes?: number;
}

export type OutcomeStatus = 'stored' | 'duplicate' | 'rejected' | 'skipped' | 'failed';

export interface IngestOutcome {
  articleId: string;
  source?: string;
  status: OutcomeStatus;
  reason?: string;
  language?: string;
  /** Set when stored as a syndicated copy of this article. */
  mirrorOf?: string;
  /** Set on a duplicate: the article already held. */
  duplicateOf?: string;
  /** A failed outcome (storage trouble) can be sent again as is; ingest is idempotent. */
  retryable?: boolean;
}

export interface BandRow {
  key: string;
  /** The original the band points at (a copy writes its original's id, so copies of copies resolve). */
  root: string;
  signature: string;
  shingles: number;
}

export interface IngestLookup {
  articleId: string;
  canonicalUrl?: string;
  bands: string[];
}

export interface IngestLookupResult {
  articleExists: boolean;
  /** Article id the URL pointer names, when the URL is already held. */
  urlOwner?: string;
  bands: BandRow[];
}

export type StoreResult = { status: 'stored' } | { status: 'duplicate'; by: 'content' | 'url'; of?: string };

// Alerts and editions

/** Everything compose needs to render an alert, frozen when the alert is raised. */
export interface AlertRecord {
  alertId: string;
  /** A development from the news (the default), or a reminder that an effective date arrived (reminders.ts). */
  kind?: 'development' | 'reminder';
  state: string;
  stateName: string;
  treaty: string;
  treatyName: string;
  /** false: the instrument is outside the catalogue (a provisional id; judged against the news alone). */
  catalogued?: false;
  actions: Action[];
  date: PartialDate;
  novelty: Novelty;
  headline: string;
  evidence: string;
  sources: SourceRef[];
  conflicts: { action: Action; claimed: PartialDate; record: PartialDate; source: string }[];
  /** Why a reminder's date holds (reported, or computed from the clause). */
  effectiveNote?: string;
  createdAt: string;
  articleId: string;
}

export type EditionKind = 'instant' | 'daily' | 'weekly';
export type Pair = { state: string; treaty: string };

export interface Edition {
  editionId: string;
  kind: EditionKind;
  subject: string;
  /** Rendered HTML and text with recipient placeholders still in them. */
  html: string;
  text: string;
  alertIds: string[];
  /** The state × treaty an instant edition is about ("why you got this" matches on it). */
  about?: Pair;
  /** Every state × treaty a digest covers ("why you got this" matches on them). */
  covers?: Pair[];
  /** Topic keys whose subscribers receive it. */
  topics: string[];
  frequency: Frequency;
  createdAt: string;
}

/** One message on the send queue: an edition and a batch of its recipients. */
export interface SendBatch {
  editionId: string;
  subscriberIds: string[];
}

export interface DigestEntry {
  day: string;
  entryId: string;
  kind: 'alert' | 'conflict';
  state: string;
  treaty: string;
  /** The article that produced it: a conflict raised with an alert is shown inside that alert. */
  articleId: string;
  alertId?: string;
  conflict?: {
    action: Action;
    claimed: PartialDate;
    record: PartialDate;
    recordOrigin: string;
    source: {
      label: string;
      url?: string;
      title?: string;
      outlet?: string;
      published?: PartialDate;
      evidence?: string;
    };
  };
}

export interface ReminderRow {
  /** The day the withdrawal takes effect (YYYY-MM-DD): the row's partition. */
  date: string;
  state: string;
  treaty: string;
  basis: 'reported' | 'computed';
}

/** What the archive lists of an edition (its HTML stays on the edition item). */
export interface ArchiveEntry {
  editionId: string;
  kind: EditionKind;
  subject: string;
  createdAt: string;
  covers: Pair[];
  alertIds: string[];
}

export interface ArchivePage {
  entries: ArchiveEntry[];
  /** Cursor for the next (older) page: `createdAt#editionId` of the last entry shown. */
  next?: string;
}

// Feeds and pages

export type FetchResult =
  | { kind: 'ok'; bytes: Uint8Array; contentType?: string; etag?: string; lastModified?: string; url: string }
  | { kind: 'not-modified' }
  | { kind: 'error'; reason: string; retryable: boolean; status?: number };

/** One feed item whose page is to be fetched; `attempts` counts the earlier failed fetches. */
export interface PageJob {
  entry: FeedEntry;
  attempts: number;
}

/** The feed the jobs came from: names link-less items and the outlet of every article. */
export interface PageFeed {
  feedUrl: string;
  outlet?: string;
}

/** What became of one job: ingested (stored, duplicate, rejected — or failed in storage), or to be retried. */
export type PageResult = { key: string; outcome: IngestOutcome } | { key: string; retry: string };
