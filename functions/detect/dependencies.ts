// Detect's wiring, in one place: the Lambda handler and the local driver both build the
// function's dependencies here (detect has no settings of its own). The gazetteer is compiled
// once, when they are built.
import type { DetectDeps } from '#core/detect-article';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import type { Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readDetectConfig } from '#adapters/config';
import { bundledReference, namesFrom, schedulerFrom, type ReferenceData } from '#adapters/reference-data';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { DetectionTimelines } from '#adapters/timeline-store';

export interface DetectClients {
  /**
   * Detect reads and writes timelines only (the other stores stay out of its bundle), and only
   * what detection does with them (a TimelineStore, as makeStores builds it, is one).
   */
  stores: { timelines: DetectionTimelines };
  clock: Clock;
  /** Treaties and states the gazetteer and names come from; conflicts for withdrawal schedules. */
  reference: ReferenceData;
}

export function buildDetectDependencies(clients: DetectClients): DetectDeps {
  const { treaties, states, conflicts, recognition } = clients.reference;
  const gazetteer = buildGazetteer({ treaties, states, recognition });
  return {
    timelines: clients.stores.timelines,
    extract: (article) => extractClaims(article, gazetteer),
    names: namesFrom(treaties, states),
    clock: clients.clock,
    scheduleFor: schedulerFrom(treaties, conflicts),
  };
}

/** On Lambda: the stores on the table the environment names, the bundled reference data, the system clock. */
export function lambdaDetectDependencies(): DetectDeps {
  return buildDetectDependencies({
    stores: { timelines: new DetectionTimelines(makeDocumentClient(), readDetectConfig().tableName) },
    clock: systemClock,
    reference: bundledReference,
  });
}
