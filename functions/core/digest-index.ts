// What digests cover, indexed by day: every alert, and every disputed fact (CONFLICT) the
// store recorded. Built from stream images of alerts and timelines; deterministic entry ids
// make a redelivered record rewrite the same rows.
import { createHash } from 'node:crypto';
import type { AlertRecord, DigestEntry } from './records';
import type { Timeline } from './timeline';

export function entryFromAlert(alert: AlertRecord): DigestEntry {
  return {
    day: alert.createdAt.slice(0, 10),
    entryId: `alert:${alert.alertId}`,
    kind: 'alert',
    state: alert.state,
    treaty: alert.treaty,
    articleId: alert.articleId,
    alertId: alert.alertId,
  };
}

export function entriesFromTimeline(timeline: Timeline): DigestEntry[] {
  return (timeline.conflicts ?? []).map((c) => {
    const id = createHash('sha256')
      .update([timeline.state, timeline.treaty, c.action, c.claimed, c.record, c.source.articleId].join('|'))
      .digest('hex')
      .slice(0, 24);
    const { label, url, title, outlet, published, evidence } = c.source;
    return {
      day: c.detectedAt.slice(0, 10),
      entryId: `conflict:${id}`,
      kind: 'conflict' as const,
      state: timeline.state,
      treaty: timeline.treaty,
      articleId: c.source.articleId,
      conflict: {
        action: c.action,
        claimed: c.claimed,
        record: c.record,
        recordOrigin: c.recordOrigin,
        source: { label, url, title, outlet, published, evidence },
      },
    };
  });
}

/** The UTC days a digest ending (exclusively) on `endDay` covers. */
export function periodDays(kind: 'daily' | 'weekly', endDay: string): string[] {
  const end = Date.parse(`${endDay}T00:00:00Z`);
  const n = kind === 'daily' ? 1 : 7;
  return Array.from({ length: n }, (_, i) => new Date(end - (n - i) * 86_400_000).toISOString().slice(0, 10));
}
