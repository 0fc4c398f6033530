// Digest index: stream records of alerts and timelines (STREAM_FILTERS.digestIndex) → one
// row per alert and per disputed fact under the day it was found, for the digests to Query.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { ENTITY, ENTITY_ATTRIBUTE } from '#schema';
import type { AlertRecord } from '#core/detect';
import { entriesFromTimeline, entryFromAlert, type DigestEntryPort } from '#core/digest-index';
import type { Timeline } from '#core/timeline';
import { env } from '#adapters/config';
import { DigestStore } from '#adapters/digest-store';
import { lazyHandler } from '#adapters/lazy';
import { makeStores } from '#adapters/stores';

export function makeHandler(deps: { entries: DigestEntryPort }) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const onRecord = async (record: DynamoDBRecord) => {
    const image = record.dynamodb?.NewImage;
    if (!image) return;
    const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
    if (item[ENTITY_ATTRIBUTE] === ENTITY.alert) await deps.entries.put([entryFromAlert(item as unknown as AlertRecord)]);
    else if (item[ENTITY_ATTRIBUTE] === ENTITY.timeline) await deps.entries.put(entriesFromTimeline(item as unknown as Timeline));
  };
  return (event: DynamoDBStreamEvent, context?: unknown) => processPartialResponse(event, onRecord, processor, { context: context as never });
}

export const handler = lazyHandler(() => {
  const stores = makeStores(env.tableName());
  return makeHandler({ entries: new DigestStore(stores.doc, stores.table) });
});
