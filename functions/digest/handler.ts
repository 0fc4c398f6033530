// Digest: run by EventBridge schedules (daily, weekly) with input { "kind": "daily" } and
// the scheduled time. Covers the whole UTC day(s) before it; a rerun finds the same editions
// and the delivery ledger keeps every recipient to one e-mail.
import { composeDigest, type DigestDeps } from '#core/digest';
import { renderEdition } from '#emails/index';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { AlertReader, DigestStore } from '#adapters/digest-store';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { referenceNames } from '#adapters/reference-data';
import { SqsSendQueue } from '#adapters/sqs-queue';
import { makeStores } from '#adapters/stores';

/** Scheduler input, or an EventBridge scheduled event carrying it in `detail`. */
export interface DigestEvent {
  kind?: string;
  /** ISO time of the run (EventBridge `time`, or Scheduler's <aws.scheduler.scheduled-time>). */
  time?: string;
  scheduledTime?: string;
  detail?: { kind?: string };
}

export function parseDigestEvent(event: DigestEvent, now: string): { kind: 'daily' | 'weekly'; endDay: string } {
  const kind = event?.kind ?? event?.detail?.kind;
  if (kind !== 'daily' && kind !== 'weekly') throw new Error(`digest event needs kind "daily" or "weekly", got ${JSON.stringify(kind)}`);
  const at = event.scheduledTime ?? event.time ?? now;
  if (Number.isNaN(Date.parse(at))) throw new Error(`digest event time is not a date: ${JSON.stringify(at)}`);
  return { kind, endDay: new Date(at).toISOString().slice(0, 10) };
}

export function makeHandler(deps: DigestDeps) {
  return async (event: DigestEvent) => {
    const { kind, endDay } = parseDigestEvent(event, deps.clock.now());
    const result = await composeDigest(kind, endDay, deps);
    logger.info('digest composed', { ...result, editions: result.editions.length });
    return result;
  };
}

export const handler = lazyHandler(() => {
  const stores = makeStores(env.tableName());
  return makeHandler({
    entries: new DigestStore(stores.doc, stores.table),
    alerts: new AlertReader(stores.doc, stores.table),
    subscribers: stores.subscribers,
    ledger: stores.ledger,
    editions: stores.editions,
    queue: new SqsSendQueue(env.sendQueueUrl()),
    render: renderEdition,
    names: referenceNames,
    clock: systemClock,
  });
});
