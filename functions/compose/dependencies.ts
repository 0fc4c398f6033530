// Compose's wiring, in one place: the Lambda handler and the local driver both build the
// function's dependencies here. On Lambda recipient batches go to SQS; locally to the driver's queue.
import type { Clock, SendQueuePort } from '#core/ports';
import { editionPath } from '#core/record';
import { renderEdition } from '#emails/index';
import { systemClock } from '#adapters/clock';
import { readComposeConfig, type ComposeConfig } from '#adapters/config';
import { AlertReader, DigestStore } from '#adapters/digest-store';
import { bundledReference, namesFrom, type ReferenceData } from '#adapters/reference-data';
import { ReminderStore } from '#adapters/reminder-store';
import { SqsSendQueue } from '#adapters/sqs-queue';
import { makeStores, type Stores } from '#adapters/stores';
import type { ComposeFunctionDeps } from './handler';

export interface ComposeClients {
  stores: Stores;
  clock: Clock;
  /** Treaties and states for names and alert context; conflicts for withdrawal schedules. */
  reference: ReferenceData;
  queue: SendQueuePort;
}

/** What the builder reads; the table and the queue are the Lambda clients' (see lambdaComposeDependencies). */
export type ComposeSettings = Omit<ComposeConfig, 'tableName' | 'sendQueueUrl'>;

export function buildComposeDependencies(config: ComposeSettings, clients: ComposeClients): ComposeFunctionDeps {
  const { doc, table, timelines, editions, subscribers, ledger } = clients.stores;
  const { treaties, states, conflicts } = clients.reference;
  const names = namesFrom(treaties, states);
  const treatiesById = new Map(treaties.map((t) => [t.id, t]));
  return {
    reminders: new ReminderStore(doc, table),
    timelines,
    context: {
      treatyTimelines: (treaty) => timelines.forTreaty(treaty),
      treaty: (id) => treatiesById.get(id),
      conflicts,
      names,
      // Read at compose time: the local web server may have moved it.
      get publicBaseUrl() {
        return config.publicBaseUrl;
      },
    },
    editions,
    subscribers,
    ledger,
    entries: new DigestStore(doc, table),
    alerts: new AlertReader(doc, table),
    queue: clients.queue,
    render: renderEdition,
    names,
    clock: clients.clock,
    // "View in browser": the edition's page on the public record.
    editionUrl: (editionId) => `${config.publicBaseUrl}${editionPath(editionId)}`,
  };
}

/** On Lambda: configuration from the environment, the SDK's clients, the bundled reference data. */
export function lambdaComposeDependencies(): ComposeFunctionDeps {
  const config = readComposeConfig();
  const queue = new SqsSendQueue(config.sendQueueUrl);
  return buildComposeDependencies(config, {
    stores: makeStores(config.tableName),
    clock: systemClock,
    reference: bundledReference,
    queue,
  });
}
