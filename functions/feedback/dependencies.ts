// Feedback's wiring, in one place: the Lambda handler and the local driver both build the
// function's dependencies here. Built once per cold start: it reads the token secret.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FeedbackDeps } from '#core/feedback';
import type { MailboxDeps } from '#core/mailbox';
import type { Clock } from '#core/ports';
import { systemClock } from '#adapters/clock';
import { readFeedbackConfig, type FeedbackConfig } from '#adapters/config';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { secretValue } from '#adapters/secrets';
import { SesSender } from '#adapters/ses-sender';
import { SubscriberStore } from '#adapters/subscriber-store';

export interface FeedbackClients {
  dynamo: DynamoDBDocumentClient;
  clock: Clock;
  /** SESv2 PutSuppressedDestination (the local stand-in has none: the driver keeps its own list). */
  suppressAtSes: FeedbackDeps['suppressAtSes'];
}

export async function buildFeedbackDependencies(config: FeedbackConfig, clients: FeedbackClients): Promise<FeedbackDeps & MailboxDeps> {
  return {
    accounts: new SubscriberStore(clients.dynamo, config.tableName),
    clock: clients.clock,
    secret: await secretValue(config.tokenSecret),
    suppressAtSes: clients.suppressAtSes,
  };
}

/** On Lambda: configuration from the environment, the SDK's clients, the system clock. */
export function lambdaFeedbackDependencies(): Promise<FeedbackDeps & MailboxDeps> {
  const ses = new SesSender();
  const suppressAtSes: FeedbackDeps['suppressAtSes'] = (email, reason) => ses.suppress(email, reason);
  return buildFeedbackDependencies(readFeedbackConfig(), { dynamo: makeDocumentClient(), clock: systemClock, suppressAtSes });
}
