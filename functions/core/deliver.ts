// Delivery use case: one queue message = one edition × a batch of recipients.
// Primary course, per recipient: 1. skip anyone not confirmed, 2. claim the ledger row
// (conditional write) — a row already there means sent or in flight: skip, 3. personalise
// the stored edition (token substitution, no render), 4. send paced, 5. mark sent.
// Crash window policy: a crash after the claim and before SES accepts leaves the row
// 'sending' and that recipient is NOT retried (at most once: a missed alert beats a double).
// A send SES refuses (an error response) releases the row, and the batch is retried.
import type { RenderedEdition, RecipientTokens } from '#emails/index';
import type { SendBatch } from './editions';
import type { Clock, EditionPort, LedgerPort, SubscriberPort } from './ports';
import { backoffMs, tagSafe, unsubscribeHeaders, type EmailSender, type Pacer } from './send';
import { canReceive, matchReason } from './subscribers';
import type { Names } from './detect';

export interface DeliverDeps {
  editions: EditionPort;
  subscribers: SubscriberPort;
  ledger: LedgerPort;
  sender: EmailSender;
  pacer: Pacer;
  personalise(edition: RenderedEdition, tokens: RecipientTokens): RenderedEdition;
  links(subscriberId: string): { unsubscribeUrl: string; preferencesUrl: string; unsubscribeMailto: string };
  names: Names;
  from: string;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
  maxThrottleRetries?: number;
}

export interface DeliverResult {
  sent: { subscriberId: string; messageId: string }[];
  skipped: { subscriberId: string; reason: string }[];
}

export class EditionMissing extends Error {
  constructor(readonly editionId: string) {
    super(`edition ${editionId} not found`);
    this.name = 'EditionMissing';
  }
}

export async function deliverBatch(batch: SendBatch, deps: DeliverDeps): Promise<DeliverResult> {
  const edition = await deps.editions.get(batch.editionId);
  if (!edition) throw new EditionMissing(batch.editionId);
  const about = edition.about ?? { state: '', treaty: '' };
  const subscribers = new Map((await deps.subscribers.getMany(batch.subscriberIds)).map((s) => [s.subscriberId, s]));
  const result: DeliverResult = { sent: [], skipped: [] };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  for (const subscriberId of batch.subscriberIds) {
    const subscriber = subscribers.get(subscriberId);
    if (!canReceive(subscriber)) {
      const found = subscribers.get(subscriberId);
      result.skipped.push({ subscriberId, reason: found ? `status ${found.status}` : 'unknown subscriber' });
      continue;
    }
    if ((await deps.ledger.claim(edition.editionId, subscriberId, deps.clock.now())) === 'already-claimed') {
      result.skipped.push({ subscriberId, reason: 'already delivered or in flight' });
      continue;
    }
    const links = deps.links(subscriberId);
    const personal = deps.personalise(edition, {
      unsubscribeUrl: links.unsubscribeUrl,
      preferencesUrl: links.preferencesUrl,
      reason: matchReason(subscriber, about.state, about.treaty, deps.names),
    });
    const email = {
      from: deps.from,
      to: subscriber.email,
      subject: personal.subject,
      html: personal.html,
      text: personal.text,
      headers: unsubscribeHeaders(links.unsubscribeUrl, links.unsubscribeMailto),
      tags: { edition: tagSafe(edition.editionId), kind: tagSafe(edition.kind) },
    };
    for (let attempt = 1; ; attempt++) {
      await deps.pacer.wait();
      try {
        const messageId = await deps.sender.send(email);
        await deps.ledger.markSent(edition.editionId, subscriberId, messageId, deps.clock.now());
        result.sent.push({ subscriberId, messageId });
        break;
      } catch (error) {
        if (deps.sender.isThrottle(error) && attempt <= (deps.maxThrottleRetries ?? 5)) {
          await sleep(backoffMs(attempt));
          continue;
        }
        await deps.ledger.release(edition.editionId, subscriberId);
        throw error;
      }
    }
  }
  return result;
}
