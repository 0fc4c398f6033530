// Detect: DynamoDB stream records of new articles → claims, novelty, alerts (one commit each).
// Partial batch response: a failed record is retried alone, the rest are checkpointed.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { ENTITY, ENTITY_ATTRIBUTE } from '#schema';
import { detectArticle, type DetectDeps } from '#core/detect-article';
import { toArticle } from '#adapters/article-item';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaDetectDependencies } from './dependencies';

export function makeHandler(deps: DetectDeps) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const onRecord = async (record: DynamoDBRecord) => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) return;
    const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
    if (item[ENTITY_ATTRIBUTE] !== ENTITY.article) return;
    const result = await detectArticle(toArticle(item), deps);
    logger.info(
      'detection',
      result.status === 'detected'
        ? { articleId: result.articleId, claims: result.extraction.claims.length, alerts: result.plan.alerts.length }
        : { articleId: result.articleId, skipped: result.reason },
    );
  };
  // In stream order, one at a time: an article must see the stages of the ones before it (a
  // syndicated copy finds its original already counted), not race them for the same timeline.
  return (event: DynamoDBStreamEvent, context?: unknown) =>
    processPartialResponse(event, onRecord, processor, { context: context as never, processInParallel: false });
}

export const handler = lazyHandler(() => makeHandler(lambdaDetectDependencies()));
