// Editions: one rendered briefing for one segment. Built from alert records; rendered once
// by compose (emails/), personalised per recipient by send.
import type { AlertRecord } from './detect';
import type { Frequency } from './subscribers';
import { audienceTopics } from './subscribers';

export type EditionKind = 'instant' | 'daily' | 'weekly';

export interface Edition {
  editionId: string;
  kind: EditionKind;
  subject: string;
  /** Rendered HTML and text with recipient placeholders still in them. */
  html: string;
  text: string;
  alertIds: string[];
  /** The state × treaty an instant edition is about ("why you got this" matches on it). */
  about?: { state: string; treaty: string };
  /** Topic keys whose subscribers receive it. */
  topics: string[];
  frequency: Frequency;
  createdAt: string;
}

/** One message on the send queue: an edition and a batch of its recipients. */
export interface SendBatch {
  editionId: string;
  subscriberIds: string[];
}

/** Recipients per queue message: small enough that a retry re-checks few ledger rows. */
export const RECIPIENTS_PER_MESSAGE = 25;

export const instantEditionId = (alert: Pick<AlertRecord, 'alertId'>) => `instant-${alert.alertId}`;

export function instantAudience(alert: Pick<AlertRecord, 'state' | 'treaty'>): string[] {
  return audienceTopics(alert.state, alert.treaty);
}

export function toSendBatches(editionId: string, subscriberIds: string[], size = RECIPIENTS_PER_MESSAGE): SendBatch[] {
  const batches: SendBatch[] = [];
  for (let i = 0; i < subscriberIds.length; i += size) batches.push({ editionId, subscriberIds: subscriberIds.slice(i, i + size) });
  return batches;
}
