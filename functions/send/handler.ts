// Send: SQS messages (an edition × a batch of recipients) → one paced SES send per recipient,
// each guarded by its ledger row. Partial batch response: only failed messages come back.
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
// zod/mini: the same validation without zod's locale bundle (keeps the function small).
import * as z from 'zod/mini';
import { deliverMessages, type DeliverDeps } from '#core/deliver';
import { cachedEditions, type SendBatch } from '#core/editions';
import { Pacer } from '#core/email-sending';
import { linkMaker } from '#core/links';
import { personalise } from '#emails/personalise';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { referenceNames } from '#adapters/reference-data';
import { tokenSecret } from '#adapters/secrets';
import { SesSender } from '#adapters/ses-sender';
import { makeStores } from '#adapters/stores';

const sendBatchSchema = z.object({ editionId: z.string().check(z.minLength(1)), subscriberIds: z.array(z.string().check(z.minLength(1))).check(z.maxLength(100)) });

/** Partial batch response (SQS event source with ReportBatchItemFailures). */
export interface SendResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

export function makeHandler(deps: DeliverDeps) {
  // Editions never change once stored: a warm container reads each once.
  const editions = cachedEditions(deps.editions);
  const parse = (record: SQSRecord): SendBatch => {
    let body: unknown;
    try {
      body = JSON.parse(record.body);
    } catch {
      throw new Error(`send message ${record.messageId} is not JSON`);
    }
    const parsed = sendBatchSchema.safeParse(body);
    if (!parsed.success) throw new Error(`send message ${record.messageId} is malformed: ${parsed.error.message}`);
    return parsed.data;
  };
  // The invocation's messages are delivered as one pipeline (claims of the next messages run
  // while the current ones send); each keeps its own outcome: only failed messages come back.
  return async (event: SQSEvent, context?: unknown): Promise<SendResponse> => {
    const ctx = context as Partial<Context> | undefined;
    const run: DeliverDeps = { ...deps, editions, remainingMs: ctx?.getRemainingTimeInMillis ? () => ctx.getRemainingTimeInMillis!() : deps.remainingMs };
    const batchItemFailures: { itemIdentifier: string }[] = [];
    const accepted: { record: SQSRecord; batch: SendBatch }[] = [];
    for (const record of event.Records) {
      try {
        accepted.push({ record, batch: parse(record) });
      } catch (error) {
        logger.error('send message rejected', { messageId: record.messageId, error: String(error) });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    const outcomes = await deliverMessages(
      accepted.map(({ record, batch }) => ({ batch, redelivered: Number(record.attributes?.ApproximateReceiveCount ?? 1) > 1 })),
      run,
    );
    outcomes.forEach((outcome, i) => {
      const { record, batch } = accepted[i];
      if (outcome.status === 'fulfilled') {
        const result = outcome.value;
        logger.info('delivered', { editionId: batch.editionId, sent: result.sent.length, skipped: result.skipped.length, uncertain: result.uncertain.length });
      } else {
        logger.warn('send message failed; it comes back', { messageId: record.messageId, editionId: batch.editionId, error: String(outcome.reason) });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    });
    return { batchItemFailures };
  };
}

export { linkMaker } from '#core/links';

/**
 * Each concurrent send function takes an equal share of the account's MaxSendRate
 * (SEND_FUNCTION_CONCURRENCY = the event source mapping's maximum concurrency).
 */
export function pacedRate(maxSendRate: number, concurrency = Number(process.env.SEND_FUNCTION_CONCURRENCY ?? 1)): number {
  return maxSendRate / Math.max(1, concurrency || 1);
}

export const handler = lazyHandler(() => {
  const stores = makeStores(env.tableName());
  const sender = new SesSender(undefined, env.configurationSet());
  let built: Promise<ReturnType<typeof makeHandler>> | undefined;
  const ready = () =>
    (built ??= (async () => makeHandler({
      editions: stores.editions,
      subscribers: stores.subscribers,
      ledger: stores.ledger,
      sender,
      pacer: new Pacer(pacedRate(await sender.maxSendRate())),
      personalise,
      links: linkMaker(await tokenSecret(), env.publicBaseUrl(), env.unsubscribeMailbox(), () => Math.floor(Date.now() / 1000)),
      names: referenceNames,
      from: env.senderAddress(),
      clock: systemClock,
      onWarning: (message, detail) => logger.warn(message, detail),
    }))());
  return async (event: SQSEvent, context?: unknown) => (await ready())(event, context);
});
