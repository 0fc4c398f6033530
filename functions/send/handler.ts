// Send: SQS messages (an edition × a batch of recipients) → one paced SES send per recipient,
// each guarded by its ledger row. Partial batch response: only failed messages come back.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { deliverBatch, type DeliverDeps } from '#core/deliver';
import { Pacer } from '#core/send';
import { signToken } from '#core/tokens';
import { personalise } from '#emails/index';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { referenceNames } from '#adapters/reference-data';
import { tokenSecret } from '#adapters/secrets';
import { SesSender } from '#adapters/ses-sender';
import { makeStores } from '#adapters/stores';

const sendBatchSchema = z.object({ editionId: z.string().min(1), subscriberIds: z.array(z.string().min(1)).max(100) });

export function makeHandler(deps: DeliverDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  const onRecord = async (record: SQSRecord) => {
    const parsed = sendBatchSchema.safeParse(JSON.parse(record.body));
    if (!parsed.success) throw new Error(`send message ${record.messageId} is malformed: ${parsed.error.message}`);
    const result = await deliverBatch(parsed.data, deps);
    logger.info('delivered', { editionId: parsed.data.editionId, sent: result.sent.length, skipped: result.skipped.length });
  };
  return (event: SQSEvent, context?: unknown) => processPartialResponse(event, onRecord, processor, { context: context as never });
}

const DAY_S = 86_400;

/** Links in an e-mail: signed per subscriber and purpose; unsubscribe links last a year. */
export function linkMaker(secret: string, baseUrl: string, mailbox: string, nowEpochS: () => number) {
  return (subscriberId: string) => {
    const exp = nowEpochS() + 365 * DAY_S;
    const unsubscribe = signToken(secret, subscriberId, 'unsubscribe', exp);
    const preferences = signToken(secret, subscriberId, 'preferences', exp);
    return {
      unsubscribeUrl: `${baseUrl}/unsubscribe?token=${unsubscribe}`,
      preferencesUrl: `${baseUrl}/preferences?token=${preferences}`,
      unsubscribeMailto: `mailto:${mailbox}?subject=unsubscribe%20${unsubscribe}`,
    };
  };
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
      pacer: new Pacer(await sender.maxSendRate()),
      personalise,
      links: linkMaker(await tokenSecret(), env.publicBaseUrl(), env.unsubscribeMailbox(), () => Math.floor(Date.now() / 1000)),
      names: referenceNames,
      from: env.senderAddress(),
      clock: systemClock,
    }))());
  return async (event: SQSEvent, context?: unknown) => (await ready())(event, context);
});
