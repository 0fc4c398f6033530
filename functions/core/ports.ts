// Ports: what the use cases need from storage, queues and mail. Adapters implement them
// structurally (functions/adapters, or in-memory fakes in tests); core never imports an SDK.
import type { AlertRecord, StoredArticle } from './detection-plan';
import type { Edition, SendBatch } from './editions';
import type { Subscriber, Frequency } from './subscriber';
import type { Timeline } from './timeline';

export interface ArticlePort {
  put(article: StoredArticle): Promise<'stored' | 'duplicate'>;
}

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
  claimMany?(editionId: string, subscriberIds: string[], at: string): Promise<Map<string, 'claimed' | 'already-claimed'>>;
  markSentMany?(editionId: string, rows: { subscriberId: string; messageId: string; claimedAt?: string }[], at: string): Promise<void>;
  /** Which (edition, subscriber) rows exist, as "editionId|subscriberId": a redelivery skips them unread. */
  existing?(rows: { editionId: string; subscriberId: string }[]): Promise<Set<string>>;
}

export interface SendQueuePort {
  enqueue(batches: SendBatch[]): Promise<void>;
}

export interface Clock {
  now(): string;
}
