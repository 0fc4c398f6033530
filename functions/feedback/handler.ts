// Feedback: EventBridge events from SES (source aws.ses, detail-type "Email Bounced" /
// "Email Complaint Received") → the address is suppressed here and at SES.
import type { EventBridgeEvent } from 'aws-lambda';
import { handleFeedback, type FeedbackDeps, type SesEventDetail } from '#core/feedback';
import { systemClock } from '#adapters/clock';
import { env } from '#adapters/config';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import { SesSender } from '#adapters/ses-sender';
import { makeStores } from '#adapters/stores';

export type SesEvent = EventBridgeEvent<string, SesEventDetail>;

export function makeHandler(deps: FeedbackDeps) {
  return async (event: SesEvent) => {
    if (!event?.detail || typeof event.detail !== 'object') throw new Error('feedback event has no detail');
    const result = await handleFeedback(event.detail, deps);
    logger.info('feedback', { detailType: event['detail-type'], messageId: event.detail.mail?.messageId, ...result });
    return result;
  };
}

export const handler = lazyHandler(() => {
  const stores = makeStores(env.tableName());
  const ses = new SesSender();
  return makeHandler({ accounts: stores.subscribers, clock: systemClock, suppressAtSes: (email, reason) => ses.suppress(email, reason) });
});
