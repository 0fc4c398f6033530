// Feedback: what comes back from mailboxes, in two shapes.
// - EventBridge events from SES (source aws.ses, detail-type "Email Bounced" /
//   "Email Complaint Received") → the address is suppressed here and at SES.
// - SES receiving (a receipt rule's Lambda action) for the List-Unsubscribe mailbox → the
//   signed token in the subject unsubscribes its subscriber.
import type { EventBridgeEvent, SESEvent } from 'aws-lambda';
import { handleFeedback, type FeedbackDeps, type FeedbackResult, type SesEventDetail } from '#core/feedback';
import { handleUnsubscribeMail, type MailboxDeps, type MailboxResult } from '#core/mailbox';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { lambdaFeedbackDependencies } from './dependencies';

export type SesEvent = EventBridgeEvent<string, SesEventDetail>;
export type { SESEvent as SesReceiptEvent } from 'aws-lambda';

const isReceipt = (event: unknown): event is SESEvent =>
  Array.isArray((event as SESEvent | undefined)?.Records) &&
  (event as SESEvent).Records.every((r) => r?.eventSource === 'aws:ses');

export function makeHandler(deps: FeedbackDeps & MailboxDeps) {
  const onMail = async (event: SESEvent): Promise<MailboxResult[]> => {
    const results: MailboxResult[] = [];
    for (const record of event.Records) {
      const mail = record.ses?.mail;
      const result = await handleUnsubscribeMail(
        { messageId: mail?.messageId, subject: mail?.commonHeaders?.subject },
        deps,
      );
      // The subscriber id only: never the sender's address.
      logger.info('unsubscribe mail', { messageId: mail?.messageId, ...result });
      results.push(result);
    }
    return results;
  };
  const onEvent = async (event: SesEvent): Promise<FeedbackResult> => {
    if (!event?.detail || typeof event.detail !== 'object') throw new Error('feedback event has no detail');
    const result = await handleFeedback(event.detail, deps);
    logger.info('feedback', { detailType: event['detail-type'], messageId: event.detail.mail?.messageId, ...result });
    return result;
  };
  function handler(event: SESEvent): Promise<MailboxResult[]>;
  function handler(event: SesEvent): Promise<FeedbackResult>;
  function handler(event: SesEvent | SESEvent): Promise<FeedbackResult | MailboxResult[]>;
  function handler(event: SesEvent | SESEvent) {
    return isReceipt(event) ? onMail(event) : onEvent(event);
  }
  return handler;
}

export const handler = lazyHandler<SesEvent | SESEvent, FeedbackResult | MailboxResult[]>(async () =>
  makeHandler(await lambdaFeedbackDependencies()),
);
