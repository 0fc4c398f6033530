// Send's wiring, in one place: the Lambda handler and the local driver both build the function's
// dependencies here. Built once per cold start: it reads the token secret and SES's send rate.
import type { DeliverDeps } from '#core/deliver';
import { Pacer } from '#core/email-sending';
import type { EmailSender } from '#core/ports';
import type { Clock } from '#core/ports';
import { personalise } from '#emails/personalise';
import { systemClock } from '#adapters/clock';
import { readSendConfig, type SendConfig } from '#adapters/config';
import { logger } from '#adapters/logger';
import { bundledReference, namesFrom, type ReferenceData } from '#adapters/reference-data';
import { secretValue } from '#adapters/secrets';
import { SesSender } from '#adapters/ses-sender';
import { makeStores, type Stores } from '#adapters/stores';
import { subscriberLinks } from '#adapters/subscriber-links';

export interface SendClients {
  stores: Stores;
  clock: Clock;
  /** Treaties and states for the names in "why you got this". */
  reference: ReferenceData;
  sender: EmailSender & { maxSendRate(): Promise<number> };
  /** Sends with an unknown outcome, lost ledger marks (default: logged). */
  onWarning?(message: string, detail: Record<string, unknown>): void;
}

/**
 * Each concurrent send function takes an equal share of the account's MaxSendRate
 * (`concurrency` = the event source mapping's maximum concurrency).
 */
export function pacedRate(maxSendRate: number, concurrency: number): number {
  return maxSendRate / Math.max(1, concurrency || 1);
}

/** What the builder reads; the table and the configuration set are the Lambda clients' (see lambdaSendDependencies). */
export type SendSettings = Omit<SendConfig, 'tableName' | 'configurationSet'>;

export async function buildSendDependencies(config: SendSettings, clients: SendClients): Promise<DeliverDeps> {
  const { editions, subscribers, ledger } = clients.stores;
  const rate = config.sendRate ?? pacedRate(await clients.sender.maxSendRate(), config.sendFunctionConcurrency);
  return {
    editions,
    subscribers,
    ledger,
    sender: clients.sender,
    pacer: new Pacer(rate),
    personalise,
    links: subscriberLinks(await secretValue(config.tokenSecret), config),
    names: namesFrom(clients.reference.treaties, clients.reference.states),
    from: config.senderAddress,
    clock: clients.clock,
    concurrency: config.sendConcurrency,
    onWarning: clients.onWarning ?? ((message, detail) => logger.warn(message, detail)),
  };
}

/** On Lambda: configuration from the environment, the SDK's clients, the bundled reference data. */
export function lambdaSendDependencies(): Promise<DeliverDeps> {
  const config = readSendConfig();
  const sender = new SesSender(undefined, config.configurationSet);
  return buildSendDependencies(config, {
    stores: makeStores(config.tableName),
    clock: systemClock,
    reference: bundledReference,
    sender,
  });
}
