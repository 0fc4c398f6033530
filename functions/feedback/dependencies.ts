// Feedback's wiring, in one place: the Lambda handler and the local driver both build the
// function's dependencies here. Built once per cold start: it reads the token secret.
import type { FeedbackDeps } from '#core/feedback';
import type { MailboxDeps } from '#core/mailbox';
import type { Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readFeedbackConfig, type FeedbackConfig } from '#adapters/config';
import { secretValue } from '#adapters/secrets';
import { SesSender } from '#adapters/ses-sender';
import { makeStores, type Stores } from '#adapters/stores';

export interface FeedbackClients {
  stores: Stores;
  clock: Clock;
  /** SESv2 PutSuppressedDestination (the local stand-in has none: the driver keeps its own list). */
  suppressAtSes: FeedbackDeps['suppressAtSes'];
}

/** What the builder reads; the table is the Lambda clients' (see lambdaFeedbackDependencies). */
export type FeedbackSettings = Omit<FeedbackConfig, 'tableName'>;

export async function buildFeedbackDependencies(
  config: FeedbackSettings,
  clients: FeedbackClients,
): Promise<FeedbackDeps & MailboxDeps> {
  return {
    accounts: clients.stores.subscribers,
    clock: clients.clock,
    secret: await secretValue(config.tokenSecret),
    suppressAtSes: clients.suppressAtSes,
  };
}

/** On Lambda: configuration from the environment, the SDK's clients, the system clock. */
export function lambdaFeedbackDependencies(): Promise<FeedbackDeps & MailboxDeps> {
  const ses = new SesSender();
  const suppressAtSes: FeedbackDeps['suppressAtSes'] = (email, reason) => ses.suppress(email, reason);
  const config = readFeedbackConfig();
  return buildFeedbackDependencies(config, { stores: makeStores(config.tableName), clock: systemClock, suppressAtSes });
}
