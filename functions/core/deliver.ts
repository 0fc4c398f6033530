// Delivery use case: one queue message = one edition × a batch of recipients.
// Primary course, per recipient: 1. skip anyone not confirmed, 2. claim the ledger row
// (conditional writes, one transaction per message) — a row already there means sent or in flight:
// skip, 3. personalise the stored edition (token substitution, no render), 4. send paced,
// 5. mark sent.
//
// Crash-window policy — AT MOST ONCE. SES has no idempotency key, so once a row is claimed
// we only ever send for it from the invocation that claimed it:
// - SES answered with an error (refused): it did not accept the message, so the row is
//   released and the message fails (partial batch response) to be retried later.
// - Throttled: back off and try again in the same invocation.
// - No answer (timeout, connection lost) or a crash after the claim: SES may have accepted
//   it. The row stays 'sending' and that recipient is never retried: a missed alert beats a
//   double. Rows left 'sending' are the audit trail of such cases (see README, operators).
// - SES accepted but marking the row 'sent' failed: the row stays 'sending', never resent.
// A message's rows (≤ 25) are claimed in one transaction before its sends, so a hard crash
// (process killed) loses at most the rest of that message; near the Lambda timeout the
// unsent claims are released and the message fails, so a timeout loses nothing.
import type { RenderedEdition, RecipientTokens } from '#emails/index';
import { editionCovers, type SendBatch } from './editions';
import type { Clock, EditionPort, LedgerPort, SubscriberPort } from './ports';
import { backoffMs, headerSafe, tagSafe, unsubscribeHeaders, type EmailSender, type OutgoingEmail, type Pacer } from './send';
import { canReceive, matchReasonFor, type Subscriber } from './subscribers';
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
  /** Sends in flight at once within one message (the pacer still spaces their starts). */
  concurrency?: number;
  /** Milliseconds left in this invocation (Lambda context); unsent claims are handed back near the end. */
  remainingMs?: () => number;
  reserveMs?: number;
  onWarning?(message: string, detail: Record<string, unknown>): void;
}

export interface DeliverResult {
  sent: { subscriberId: string; messageId: string }[];
  skipped: { subscriberId: string; reason: string }[];
  /** Claimed but SES's answer is unknown: never retried (at most once). */
  uncertain: string[];
  /** Refused by SES: released, to be retried with the message. */
  failed: { subscriberId: string; error: string }[];
}

export class EditionMissing extends Error {
  constructor(readonly editionId: string) {
    super(`edition ${editionId} not found`);
    this.name = 'EditionMissing';
  }
}

/** Some recipients of a batch were refused by SES; the message must come back for them. */
export class BatchIncomplete extends Error {
  constructor(readonly result: DeliverResult) {
    super(`${result.failed.length} send(s) refused: ${result.failed.map((f) => f.error).slice(0, 3).join('; ')}`);
    this.name = 'BatchIncomplete';
  }
}

export interface DeliverOptions {
  /**
   * The queue has handed this message out before (SQS ApproximateReceiveCount > 1): its rows
   * are likely claimed already, so they are read first (one BatchGet) and only the others
   * are claimed. A first delivery skips that read: the conditional claim decides anyway.
   */
  redelivered?: boolean;
}

export async function deliverBatch(batch: SendBatch, deps: DeliverDeps, options: DeliverOptions = {}): Promise<DeliverResult> {
  batch = { ...batch, subscriberIds: [...new Set(batch.subscriberIds)] }; // one ledger row, one e-mail, per recipient
  const [edition, found, done] = await Promise.all([
    deps.editions.get(batch.editionId),
    deps.subscribers.getMany(batch.subscriberIds),
    (options.redelivered && deps.ledger.existing?.(batch.subscriberIds.map((subscriberId) => ({ editionId: batch.editionId, subscriberId })))) || new Set<string>(),
  ]);
  if (!edition) throw new EditionMissing(batch.editionId);
  const covers = editionCovers(edition);
  const subscribers = new Map(found.map((s) => [s.subscriberId, s]));
  const result: DeliverResult = { sent: [], skipped: [], uncertain: [], failed: [] };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const tags = { edition: tagSafe(edition.editionId), kind: tagSafe(edition.kind) };

  /** One claimed recipient: send (paced, backing off on throttling); returns the message id if SES accepted. */
  const sendOne = async (subscriber: Subscriber): Promise<string | undefined> => {
    const subscriberId = subscriber.subscriberId;
    const email = outgoing(subscriber, edition, covers, tags, deps);
    for (let attempt = 1; ; attempt++) {
      await deps.pacer.wait();
      try {
        const messageId = await deps.sender.send(email);
        result.sent.push({ subscriberId, messageId });
        return messageId;
      } catch (error) {
        const kind = deps.sender.classify(error);
        if (kind === 'throttled' && attempt <= (deps.maxThrottleRetries ?? 5)) {
          await sleep(backoffMs(attempt));
          continue;
        }
        if (kind === 'unknown') {
          result.uncertain.push(subscriberId);
          deps.onWarning?.('send outcome unknown; not retried (at most once)', { editionId: edition.editionId, subscriberId, error: String(error) });
          return undefined;
        }
        await deps.ledger.release(edition.editionId, subscriberId);
        result.failed.push({ subscriberId, error: String((error as Error)?.name ?? error) });
        return undefined;
      }
    }
  };

  const claimAll = async (ids: string[], at: string) =>
    deps.ledger.claimMany
      ? deps.ledger.claimMany(edition.editionId, ids, at)
      : new Map(await Promise.all(ids.map(async (id) => [id, await deps.ledger.claim(edition.editionId, id, at)] as const)));

  const markAll = async (rows: { subscriberId: string; messageId: string; claimedAt: string }[]) => {
    const at = deps.clock.now();
    try {
      if (deps.ledger.markSentMany) await deps.ledger.markSentMany(edition.editionId, rows, at);
      else for (const r of rows) await deps.ledger.markSent(edition.editionId, r.subscriberId, r.messageId, at);
    } catch (error) {
      deps.onWarning?.('sent, but ledger rows could not be marked sent; they stay claimed (never resent)', { editionId: edition.editionId, rows: rows.length, error: String(error) });
    }
  };

  // The message's recipients are claimed together (one conditional transaction), sent by a
  // pool of `concurrency` workers, and marked sent together (one batch write).
  const receivable: Subscriber[] = [];
  for (const subscriberId of batch.subscriberIds) {
    const subscriber = subscribers.get(subscriberId);
    if (done.has(`${batch.editionId}|${subscriberId}`)) result.skipped.push({ subscriberId, reason: 'already delivered or in flight' });
    else if (canReceive(subscriber)) receivable.push(subscriber);
    else {
      const found: Subscriber | undefined = subscribers.get(subscriberId);
      result.skipped.push({ subscriberId, reason: found ? `status ${found.status}` : 'unknown subscriber' });
    }
  }
  const claimedAt = deps.clock.now();
  const claims = receivable.length ? await claimAll(receivable.map((s) => s.subscriberId), claimedAt) : new Map();
  const queue = receivable.filter((s) => {
    if (claims.get(s.subscriberId) === 'claimed') return true;
    result.skipped.push({ subscriberId: s.subscriberId, reason: 'already delivered or in flight' });
    return false;
  });
  const sent: { subscriberId: string; messageId: string; claimedAt: string }[] = [];
  const worker = async () => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      // Near the function's timeout: hand the rest back (released, retried) rather than be cut off mid-send.
      if (deps.remainingMs && deps.remainingMs() < (deps.reserveMs ?? 5_000)) {
        await deps.ledger.release(edition.editionId, s.subscriberId);
        result.failed.push({ subscriberId: s.subscriberId, error: 'out of time' });
        continue;
      }
      const messageId = await sendOne(s);
      if (messageId) sent.push({ subscriberId: s.subscriberId, messageId, claimedAt });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 8, queue.length)) }, worker));
  if (sent.length) await markAll(sent);
  if (result.failed.length > 0) throw new BatchIncomplete(result);
  return result;
}

function outgoing(subscriber: Subscriber, edition: RenderedEdition & { editionId: string }, covers: { state: string; treaty: string }[], tags: Record<string, string>, deps: DeliverDeps): OutgoingEmail {
  const links = deps.links(subscriber.subscriberId);
  const personal = deps.personalise(edition, {
    unsubscribeUrl: links.unsubscribeUrl,
    preferencesUrl: links.preferencesUrl,
    reason: matchReasonFor(subscriber, covers, deps.names),
  });
  return {
    // Header fields are one line whatever the stored data says: CR/LF can never add a header.
    from: headerSafe(deps.from),
    to: headerSafe(subscriber.email),
    subject: headerSafe(personal.subject),
    html: personal.html,
    text: personal.text,
    headers: unsubscribeHeaders(links.unsubscribeUrl, links.unsubscribeMailto),
    tags,
  };
}
