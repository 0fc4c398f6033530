// Compose: DynamoDB stream records of new alerts → one instant edition each, rendered once
// with MJML, its audience queued for sending.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { ENTITY, ENTITY_ATTRIBUTE } from '#schema';
import { composeInstant, type ComposeDeps } from '#core/compose';
import type { AlertRecord } from '#core/detect';
import { renderEdition } from '#emails/index';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { SqsSendQueue } from '#adapters/sqs-queue';
import { makeStores } from '#adapters/stores';

export function makeHandler(deps: ComposeDeps) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const onRecord = async (record: DynamoDBRecord) => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) return;
    const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
    if (item[ENTITY_ATTRIBUTE] !== ENTITY.alert) return;
    const result = await composeInstant(item as unknown as AlertRecord, deps);
    logger.info('composed', { ...result });
  };
  return (event: DynamoDBStreamEvent, context?: unknown) =>
    processPartialResponse(event, onRecord, processor, { context: context as never });
}

export const handler = lazyHandler(() => {
  const stores = makeStores(env.tableName());
  return makeHandler({
    editions: stores.editions,
    subscribers: stores.subscribers,
    queue: new SqsSendQueue(env.sendQueueUrl()),
    render: renderEdition,
    clock: systemClock,
  });
});
