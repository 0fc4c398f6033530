// Send: SQS messages (an edition × a batch of recipients) → one paced SES send per recipient,
// each guarded by its ledger row. Partial batch response: only failed messages come back.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
// zod/mini: the same validation without zod's locale bundle (keeps the function small).
import * as z from 'zod/mini';
import { deliverBatch, type DeliverDeps } from '#core/deliver';
import { cachedEditions } from '#core/editions';
import { Pacer } from '#core/send';
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

export function makeHandler(deps: DeliverDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  // Editions never change once stored: a warm container reads each once.
  const editions = cachedEditions(deps.editions);
  const onRecord = async (record: SQSRecord, run: DeliverDeps) => {
    let body: unknown;
    try {
      body = JSON.parse(record.body);
    } catch {
      throw new Error(`send message ${record.messageId} is not JSON`);
    }
    const parsed = sendBatchSchema.safeParse(body);
    if (!parsed.success) throw new Error(`send message ${record.messageId} is malformed: ${parsed.error.message}`);
    const result = await deliverBatch(parsed.data, run, { redelivered: Number(record.attributes?.ApproximateReceiveCount ?? 1) > 1 });
    logger.info('delivered', { editionId: parsed.data.editionId, sent: result.sent.length, skipped: result.skipped.length, uncertain: result.uncertain.length });
  };
  return (event: SQSEvent, context?: unknown) => {
    const ctx = context as Partial<Context> | undefined;
    const run: DeliverDeps = { ...deps, editions, remainingMs: ctx?.getRemainingTimeInMillis ? () => ctx.getRemainingTimeInMillis!() : deps.remainingMs };
    return processPartialResponse(event, (record: SQSRecord) => onRecord(record, run), processor, { context: context as never });
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
