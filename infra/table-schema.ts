// The one table schema: key names, index names, entity prefixes and key builders.
// Imported by the CDK stacks, the DynamoDB adapters, the local driver and the tests,
// so no key prefix is ever spelled twice. Plain data: no CDK or AWS SDK imports here.

/** Logical name of the single table; the deployed name comes from the stack. */
export const TABLE_LOGICAL_NAME = 'TreatyWatch';

export const KEYS = { partition: 'pk', sort: 'sk' } as const;

/** Global secondary indexes: name and key attribute names. */
export const INDEXES = {
  /** Subscribers by topic ("TOPIC#treaty:ottawa-convention", "TOPIC#all") — Query, never Scan. */
  byTopic: { name: 'gsi1', partition: 'gsi1pk', sort: 'gsi1sk', projected: ['subscriberId'] },
  /**
   * The public record (archive, treaty and state pages, feeds), Query, never Scan: timelines by
   * treaty ("RECORD#treaty:ottawa-convention", sorted by state) and every alert by time
   * ("RECORD#alerts"). All attributes (an empty list): a page shows the whole timeline or alert,
   * and an alert's "Also on this treaty" reads the treaty's whole timelines.
   * One index for both: CloudFormation adds one GSI per table update.
   */
  byRecord: { name: 'gsi2', partition: 'gsi2pk', sort: 'gsi2sk', projected: [] as string[] },
} as const;

/** The attribute every item carries so stream filters can route by entity. */
export const ENTITY_ATTRIBUTE = 'entity';

export const ENTITY = {
  article: 'article',
  articleUrl: 'article-url',
  timeline: 'timeline',
  alert: 'alert',
  edition: 'edition',
  subscriber: 'subscriber',
  subscription: 'subscription',
  delivery: 'delivery',
  feed: 'feed',
  /** LSH band rows for syndicated-copy detection (functions/core/syndication.ts). */
  syndicationBand: 'syndication-band',
  rateLimit: 'rate-limit',
  digestEntry: 'digest-entry',
  /** One small row per stored edition in the ARCHIVE partition (the archive lists these). */
  archiveEntry: 'archive-entry',
  /** One row per timeline with an effective date, in that day's partition (core/reminders.ts). */
  reminder: 'reminder',
} as const;
export type Entity = (typeof ENTITY)[keyof typeof ENTITY];

/** Stream view the table publishes: detection needs the new image only. */
export const STREAM_VIEW = 'NEW_IMAGE' as const;

/** Time-to-live attribute (epoch seconds) for rows that expire (rate-limit counters, pending subscribers). */
export const TTL_ATTRIBUTE = 'expiresAt';

export type Key = { pk: string; sk: string };

/** A row alone in its partition: `PREFIX#id`, its sort key the prefix itself. */
const single =
  (prefix: string) =>
  (id: string): Key => ({ pk: `${prefix}#${id}`, sk: prefix });

/** Key builders: the only place that knows the prefixes. */
export const keys = {
  article: single('ARTICLE'),
  /** By canonical URL. */
  articleUrl: single('URL'),
  timeline: (state: string, treaty: string): Key => ({ pk: `TIMELINE#${state}#${treaty}`, sk: 'TIMELINE' }),
  alert: single('ALERT'),
  edition: single('EDITION'),
  subscriber: single('SUBSCRIBER'),
  /** One row per (subscriber, topic); its gsi1pk is the topic so editions Query their audience. */
  subscription: (subscriberId: string, topic: string): Key => ({ pk: `SUBSCRIBER#${subscriberId}`, sk: topic }),
  delivery: (editionId: string, subscriberId: string): Key => ({
    pk: `EDITION#${editionId}`,
    sk: `DELIVERY#${subscriberId}`,
  }),
  /** By feed URL. */
  feed: single('FEED'),
  /** One row per LSH band key: points at the first (original) article with that band. */
  syndicationBand: single('BAND'),
  /** A fixed-window request counter (subscribe limits), expiring through the TTL attribute. */
  rateLimit: (scope: string, subject: string, window: string): Key => ({
    pk: `RATE#${scope}#${subject}`,
    sk: `WINDOW#${window}`,
  }),
  /** What a digest of `day` (YYYY-MM-DD) covers: one row per alert or disputed fact; Query by day. */
  digestDay: (day: string): string => `DIGEST#${day}`,
  digestEntry: (day: string, entryId: string): Key => ({ pk: `DIGEST#${day}`, sk: `ENTRY#${entryId}` }),
  /**
   * The archive: a summary row per edition, newest last in sort order (Query backwards, paged).
   * Base-table rows, not the byRecord index: an edition item carries its whole HTML, which an
   * index projection would copy and every archive page would read.
   */
  archivePartition: 'ARCHIVE',
  archiveEntry: (createdAt: string, editionId: string): Key => ({
    pk: 'ARCHIVE',
    sk: `EDITION#${createdAt}#${editionId}`,
  }),
  /** Withdrawals taking effect on `day`: one row per state × treaty; the daily run Queries the day. */
  reminderDay: (day: string): string => `REMINDER#${day}`,
  reminder: (day: string, state: string, treaty: string): Key => ({
    pk: `REMINDER#${day}`,
    sk: `PAIR#${state}#${treaty}`,
  }),
};

/** byRecord index keys, written on the item itself so the index never lags a separate write. */
export const recordIndex = {
  treaty: (treaty: string) => `RECORD#treaty:${treaty}`,
  alerts: 'RECORD#alerts',
  timeline: (state: string, treaty: string) => ({ gsi2pk: recordIndex.treaty(treaty), gsi2sk: `STATE#${state}` }),
  alert: (createdAt: string, alertId: string) => ({ gsi2pk: recordIndex.alerts, gsi2sk: `${createdAt}#${alertId}` }),
};

/** Topic keys on the byTopic index: core owns them (a subscriber's topics are domain). */
export { topics } from '#core/topics';

/**
 * Table definition in plain terms, turned into CDK props in infra/ and CreateTable input locally.
 * Built in a pure call, like STREAM_FILTERS: esbuild keeps an unread object that reads another's
 * property (or has a computed key), so without it every Lambda bundle carried both, and KEYS and
 * INDEXES with them. A bundle that never reads them (no handler does) now leaves them out.
 */
export const TABLE_DEFINITION = /* @__PURE__ */ (() =>
  ({
    logicalName: TABLE_LOGICAL_NAME,
    partitionKey: KEYS.partition,
    sortKey: KEYS.sort,
    globalIndexes: [INDEXES.byTopic, INDEXES.byRecord],
    streamView: STREAM_VIEW,
    ttlAttribute: TTL_ATTRIBUTE,
  }) as const)();

/**
 * Stream event filters (Lambda FilterCriteria patterns), one per consumer. CDK attaches them
 * to the event source mappings; the local driver evaluates the same patterns.
 */
export const STREAM_FILTERS = /* @__PURE__ */ (() =>
  ({
    /** New articles waiting for detection (rejected ones are stored but never detected). */
    detect: {
      eventName: ['INSERT'],
      dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: [ENTITY.article] }, status: { S: ['ingested'] } } },
    },
    /**
     * Alerts (new: an instant edition; new or folded: a digest row) and timelines (their disputed
     * facts, as digest rows). One consumer for both keeps the stream at two readers.
     */
    compose: {
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: [ENTITY.alert, ENTITY.timeline] } } },
    },
  }) as const)();
