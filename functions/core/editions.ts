// Editions: one rendered briefing for one segment. Built from alert records; rendered once
// by compose (emails/), personalised per recipient by send.
import type { EditionPort } from './ports';
import type { AlertRecord, Edition, Pair, SendBatch } from './records';
import { audienceTopics } from './subscriber';

/** Recipients per queue message: small enough that a retry re-checks few ledger rows. */
export const RECIPIENTS_PER_MESSAGE = 25;

export const instantEditionId = (alert: Pick<AlertRecord, 'alertId'>) => `instant-${alert.alertId}`;

/** What "why you got this" is matched against. */
export function editionCovers(edition: Pick<Edition, 'about' | 'covers'>): Pair[] {
  return edition.covers ?? (edition.about ? [edition.about] : []);
}

export function instantAudience(alert: Pick<AlertRecord, 'state' | 'treaty'>): string[] {
  return audienceTopics(alert.state, alert.treaty);
}

export function toSendBatches(editionId: string, subscriberIds: string[], size = RECIPIENTS_PER_MESSAGE): SendBatch[] {
  const batches: SendBatch[] = [];
  for (let i = 0; i < subscriberIds.length; i += size)
    batches.push({ editionId, subscriberIds: subscriberIds.slice(i, i + size) });
  return batches;
}

/** Reads each edition once per warm container (editions are immutable once stored). */
export function cachedEditions(port: EditionPort, max = 32): EditionPort {
  const cache = new Map<string, Promise<Edition | undefined>>();
  return {
    putOnce: (edition) => port.putOnce(edition),
    get(editionId) {
      let hit = cache.get(editionId);
      if (!hit) {
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        hit = port.get(editionId).then((e) => {
          if (!e) cache.delete(editionId);
          return e;
        });
        cache.set(editionId, hit);
      }
      return hit;
    },
  };
}
