// Compose: the one function that renders MJML (mjml is installed beside its bundle only).
// Two triggers, told apart by the event's shape:
// - the table stream (STREAM_FILTERS.compose): a new alert → one instant edition, rendered once,
//   its audience queued; every alert and every timeline's disputed facts → digest index rows;
//   every timeline with an effective date → its reminder row (core/reminders.ts);
// - EventBridge Scheduler ({ "kind": "daily" | "weekly" }): the digest editions for the period,
//   and (daily) the day's reminder alerts, which come back on the stream as instant e-mails.
// One stream consumer for both stream jobs keeps the table at two (AWS advises at most two).
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { ENTITY, ENTITY_ATTRIBUTE } from '#schema';
import { composeInstant, type ComposeDeps } from '#core/compose';
import type { AlertRecord } from '#core/records';
import { composeDigest, type DigestDeps } from '#core/compose-digest';
import { entriesFromTimeline, entryFromAlert } from '#core/digest-index';
import { reminderRowsFor } from '#core/reminders';
import type { Timeline } from '#core/timeline';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaComposeDependencies } from './dependencies';

export type ComposeFunctionDeps = ComposeDeps & DigestDeps;

/** Scheduler input, or an EventBridge scheduled event carrying it in `detail`. */
export interface DigestEvent {
  kind?: string;
  /** ISO time of the run (EventBridge `time`, or Scheduler's <aws.scheduler.scheduled-time>). */
  time?: string;
  scheduledTime?: string;
  detail?: { kind?: string };
}

/** A digest run's kind and the day it ends on (exclusive); a clear error for anything else. */
export function parseDigestEvent(event: DigestEvent, now: string): { kind: 'daily' | 'weekly'; endDay: string } {
  const kind = event?.kind ?? event?.detail?.kind;
  if (kind !== 'daily' && kind !== 'weekly')
    throw new Error(`digest event needs kind "daily" or "weekly", got ${JSON.stringify(kind)}`);
  const at = event.scheduledTime ?? event.time ?? now;
  if (Number.isNaN(Date.parse(at))) throw new Error(`digest event time is not a date: ${JSON.stringify(at)}`);
  return { kind, endDay: new Date(at).toISOString().slice(0, 10) };
}

const isStreamEvent = (event: unknown): event is DynamoDBStreamEvent =>
  Array.isArray((event as DynamoDBStreamEvent | undefined)?.Records);

export function makeHandler(deps: ComposeFunctionDeps) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  // Every write below has a deterministic key: a redelivered record rewrites the same rows.
  const onRecord = async (record: DynamoDBRecord) => {
    const image = record.dynamodb?.NewImage;
    if (!image) return;
    const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
    if (item[ENTITY_ATTRIBUTE] === ENTITY.alert) {
      const alert = item as unknown as AlertRecord;
      // A reminder reaches digests from its reminder row, on its day; not from the day it was raised.
      if (alert.kind !== 'reminder') await deps.entries.put([entryFromAlert(alert)]);
      if (record.eventName === 'INSERT') logger.info('composed', { ...(await composeInstant(alert, deps)) });
    } else if (item[ENTITY_ATTRIBUTE] === ENTITY.timeline) {
      const timeline = item as unknown as Timeline;
      await deps.entries.put(entriesFromTimeline(timeline));
      await deps.reminders?.put(reminderRowsFor(timeline));
    }
  };
  const onDigest = async (event: DigestEvent) => {
    const { kind, endDay } = parseDigestEvent(event, deps.clock.now());
    const result = await composeDigest(kind, endDay, deps);
    logger.info('digest composed', { ...result, editions: result.editions.length });
    return result;
  };
  function handler(event: DynamoDBStreamEvent, context?: unknown): ReturnType<typeof processPartialResponse>;
  function handler(event: DigestEvent, context?: unknown): ReturnType<typeof onDigest>;
  function handler(event: DynamoDBStreamEvent | DigestEvent, context?: unknown): Promise<unknown>;
  function handler(event: DynamoDBStreamEvent | DigestEvent, context?: unknown) {
    return isStreamEvent(event)
      ? processPartialResponse(event, onRecord, processor, { context: context as never })
      : onDigest(event);
  }
  return handler;
}

export const handler = lazyHandler<DynamoDBStreamEvent | DigestEvent, unknown>(() => {
  const compose = makeHandler(lambdaComposeDependencies());
  return (event, context) => compose(event, context);
});
