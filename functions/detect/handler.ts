// Detect: DynamoDB stream records of new articles → claims, novelty, alerts (one commit each).
// Partial batch response: a failed record is retried alone, the rest are checkpointed.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { ENTITY, ENTITY_ATTRIBUTE } from '#schema';
import { detectArticle, type DetectDeps } from '#core/detect-article';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import { toArticle } from '#adapters/article-store';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { referenceConflicts, referenceNames, referenceStates, referenceTreaties, schedulerFrom } from '#adapters/reference-data';
import { makeStores } from '#adapters/stores';

export function makeHandler(deps: DetectDeps) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const onRecord = async (record: DynamoDBRecord) => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) return;
    const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
    if (item[ENTITY_ATTRIBUTE] !== ENTITY.article) return;
    const result = await detectArticle(toArticle(item), deps);
    logger.info('detection', result.status === 'detected'
      ? { articleId: result.articleId, claims: result.extraction.claims.length, alerts: result.plan.alerts.length }
      : { articleId: result.articleId, skipped: result.reason });
  };
  // In stream order, one at a time: an article must see the stages of the ones before it (a
  // syndicated copy finds its original already counted), not race them for the same timeline.
  return (event: DynamoDBStreamEvent, context?: unknown) =>
    processPartialResponse(event, onRecord, processor, { context: context as never, processInParallel: false });
}

/** Production dependencies: the gazetteer is compiled once per cold start. */
export function defaultDetectDeps(table = env.tableName()): DetectDeps {
  const gazetteer = buildGazetteer({ treaties: referenceTreaties, states: referenceStates });
  return {
    timelines: makeStores(table).timelines,
    extract: (article) => extractClaims(article, gazetteer),
    names: referenceNames,
    clock: systemClock,
    scheduleFor: schedulerFrom(referenceTreaties, referenceConflicts),
  };
}

export const handler = lazyHandler(() => makeHandler(defaultDetectDeps()));
