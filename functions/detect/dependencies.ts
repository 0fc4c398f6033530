// Detect's wiring, in one place: the Lambda handler and the local driver both build the
// function's dependencies here. The gazetteer is compiled once, when they are built.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DetectDeps } from '#core/detect-article';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import type { Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readDetectConfig, type DetectConfig } from '#adapters/config';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { bundledReference, namesFrom, schedulerFrom, type ReferenceData } from '#adapters/reference-data';
import { TimelineStore } from '#adapters/timeline-store';

export interface DetectClients {
  dynamo: DynamoDBDocumentClient;
  clock: Clock;
  /** Treaties and states the gazetteer and names come from; conflicts for withdrawal schedules. */
  reference: ReferenceData;
}

export function buildDetectDependencies(config: DetectConfig, clients: DetectClients): DetectDeps {
  const { treaties, states, conflicts } = clients.reference;
  const gazetteer = buildGazetteer({ treaties, states });
  return {
    timelines: new TimelineStore(clients.dynamo, config.tableName),
    extract: (article) => extractClaims(article, gazetteer),
    names: namesFrom(treaties, states),
    clock: clients.clock,
    scheduleFor: schedulerFrom(treaties, conflicts),
  };
}

/** On Lambda: configuration from the environment, the bundled reference data, the system clock. */
export function lambdaDetectDependencies(): DetectDeps {
  return buildDetectDependencies(readDetectConfig(), { dynamo: makeDocumentClient(), clock: systemClock, reference: bundledReference });
}
