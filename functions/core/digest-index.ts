// What digests cover, indexed by day: every alert, and every disputed fact (CONFLICT) the
// store recorded. Built from stream images of alerts and timelines; deterministic entry ids
// make a redelivered record rewrite the same rows.
import { createHash } from 'node:crypto';
import type { Action, PartialDate } from './model';
import type { AlertRecord } from './detection-plan';
import type { Timeline } from './timeline';

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
    source: { label: string; url?: string; title?: string; outlet?: string; published?: PartialDate; evidence?: string };
  };
}

export interface DigestEntryPort {
  put(entries: DigestEntry[]): Promise<void>;
  forDays(days: string[]): Promise<DigestEntry[]>;
}

export function entryFromAlert(alert: AlertRecord): DigestEntry {
  return { day: alert.createdAt.slice(0, 10), entryId: `alert:${alert.alertId}`, kind: 'alert', state: alert.state, treaty: alert.treaty, articleId: alert.articleId, alertId: alert.alertId };
}

export function entriesFromTimeline(timeline: Timeline): DigestEntry[] {
  return (timeline.conflicts ?? []).map((c) => {
    const id = createHash('sha256').update([timeline.state, timeline.treaty, c.action, c.claimed, c.record, c.source.articleId].join('|')).digest('hex').slice(0, 24);
    const { label, url, title, outlet, published, evidence } = c.source;
    return {
      day: c.detectedAt.slice(0, 10),
      entryId: `conflict:${id}`,
      kind: 'conflict' as const,
      state: timeline.state,
      treaty: timeline.treaty,
      articleId: c.source.articleId,
      conflict: { action: c.action, claimed: c.claimed, record: c.record, recordOrigin: c.recordOrigin, source: { label, url, title, outlet, published, evidence } },
    };
  });
}

/** The UTC days a digest ending (exclusively) on `endDay` covers. */
export function periodDays(kind: 'daily' | 'weekly', endDay: string): string[] {
  const end = Date.parse(`${endDay}T00:00:00Z`);
  const n = kind === 'daily' ? 1 : 7;
  return Array.from({ length: n }, (_, i) => new Date(end - (n - i) * 86_400_000).toISOString().slice(0, 10));
}
