// Send: SQS messages (an edition × a batch of recipients) → one paced SES send per recipient,
// each guarded by its ledger row. Partial batch response: only failed messages come back.
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
// zod/mini: the same validation without zod's locale bundle (keeps the function small).
import * as z from 'zod/mini';
import { deliverMessages, type DeliverDeps } from '#core/deliver';
import { cachedEditions } from '#core/editions';
import type { SendBatch } from '#core/records';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaSendDependencies } from './dependencies';

const sendBatchSchema = z.object({
  editionId: z.string().check(z.minLength(1)),
  subscriberIds: z.array(z.string().check(z.minLength(1))).check(z.maxLength(100)),
});

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
    const run: DeliverDeps = {
      ...deps,
      editions,
      remainingMs: ctx?.getRemainingTimeInMillis ? () => ctx.getRemainingTimeInMillis!() : deps.remainingMs,
    };
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
      accepted.map(({ record, batch }) => ({
        batch,
        redelivered: Number(record.attributes?.ApproximateReceiveCount ?? 1) > 1,
      })),
      run,
    );
    outcomes.forEach((outcome, i) => {
      const { record, batch } = accepted[i];
      if (outcome.status === 'fulfilled') {
        const result = outcome.value;
        logger.info('delivered', {
          editionId: batch.editionId,
          sent: result.sent.length,
          skipped: result.skipped.length,
          uncertain: result.uncertain.length,
        });
      } else {
        logger.warn('send message failed; it comes back', {
          messageId: record.messageId,
          editionId: batch.editionId,
          error: String(outcome.reason),
        });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    });
    return { batchItemFailures };
  };
}

export const handler = lazyHandler(async () => makeHandler(await lambdaSendDependencies()));
