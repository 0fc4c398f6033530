// Delivery use case: one queue message = one edition × a batch of recipients; one invocation
// delivers its messages together (deliverMessages). Primary course, per recipient: 1. skip
// anyone not confirmed, 2. claim the ledger row (conditional writes, one transaction per group
// of messages, ≤ 100 rows) — a row already there means sent or in flight: skip,
// 3. personalise the stored edition (token substitution, no render), 4. send paced,
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
// Rows are claimed just ahead of the sends (fewer than LOOKAHEAD + CLAIM_GROUP waiting), so a
// hard crash (process killed) loses at most those and the sends in flight; near the Lambda
// timeout nothing more is claimed, the unsent claims are released and their messages fail,
// so a timeout loses nothing.
import type { RenderedEdition, RecipientTokens } from '#emails/index';
import { editionCovers, type Edition, type Pair, type SendBatch } from './editions';
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
  /** Sends in flight per message of an invocation (its pool: this × its messages; the pacer still spaces their starts). */
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

/** One queue message of an invocation. */
export interface DeliveryMessage extends DeliverOptions {
  batch: SendBatch;
}

/** Rows per claim: TransactWriteItems takes at most 100 items (and one BatchGetItem 100 keys). */
export const CLAIM_GROUP = 100;
/** The next group is claimed while fewer claimed sends than this wait for a sender (bounds the crash window). */
const LOOKAHEAD = 100;


/** One message: a fresh edition × recipients; see deliverMessages. */
export async function deliverBatch(batch: SendBatch, deps: DeliverDeps, options: DeliverOptions = {}): Promise<DeliverResult> {
  const [outcome] = await deliverMessages([{ batch, ...options }], deps);
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
}

interface MessageState {
  batch: SendBatch;
  redelivered: boolean;
  result: DeliverResult;
  /** Claimed rows whose send has not finished yet. */
  outstanding: number;
  prepared: boolean;
  sent: { subscriberId: string; messageId: string; claimedAt: string }[];
  /** An error that fails the whole message (edition missing, a store error). */
  failure?: unknown;
  settled: boolean;
}

interface Job {
  message: MessageState;
  subscriber: Subscriber;
  edition: Edition;
  covers: Pair[];
  tags: Record<string, string>;
  claimedAt: string;
}

/**
 * Delivers the messages of one invocation as one pipeline, so SES never waits for the ledger:
 * a preparer reads the recipients of the next group of messages (≤ 100 rows, one edition),
 * claims their rows in one conditional transaction and queues the claimed sends, staying at
 * most LOOKAHEAD sends ahead; a pool of `concurrency` senders per message sends from that
 * queue, paced; a message whose sends are all done is marked sent (one batch write) while the
 * others still send. Each message keeps its own outcome (partial batch response): fulfilled,
 * or rejected with BatchIncomplete (some sends refused or out of time: released, to be
 * retried), EditionMissing, or the store's error.
 * Claimed but not yet sent at any moment: the sends in flight plus < LOOKAHEAD + CLAIM_GROUP
 * queued — what a hard crash can lose under the at-most-once policy.
 */
export async function deliverMessages(messages: DeliveryMessage[], deps: DeliverDeps): Promise<PromiseSettledResult<DeliverResult>[]> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const reserveMs = deps.reserveMs ?? 5_000;
  const outOfTime = () => deps.remainingMs !== undefined && deps.remainingMs() < reserveMs;
  const states: MessageState[] = messages.map((m) => ({
    batch: { ...m.batch, subscriberIds: [...new Set(m.batch.subscriberIds)] }, // one ledger row, one e-mail, per recipient
    redelivered: m.redelivered === true,
    result: { sent: [], skipped: [], uncertain: [], failed: [] },
    outstanding: 0,
    prepared: false,
    sent: [],
    settled: false,
  }));
  const queue: Job[] = [];
  const marks: Promise<void>[] = [];
  let preparing = true;
  let idle: (() => void)[] = [];
  let room: (() => void) | undefined;
  const wakeSenders = () => {
    const waiting = idle;
    idle = [];
    for (const wake of waiting) wake();
  };

  /** One claimed recipient: send (paced, backing off on throttling); returns the message id if SES accepted. */
  const sendOne = async ({ message, subscriber, edition, covers, tags }: Job): Promise<string | undefined> => {
    const subscriberId = subscriber.subscriberId;
    const email = outgoing(subscriber, edition, covers, tags, deps);
    for (let attempt = 1; ; attempt++) {
      await deps.pacer.wait();
      try {
        const messageId = await deps.sender.send(email);
        message.result.sent.push({ subscriberId, messageId });
        return messageId;
      } catch (error) {
        const kind = deps.sender.classify(error);
        if (kind === 'throttled' && attempt <= (deps.maxThrottleRetries ?? 5)) {
          await sleep(backoffMs(attempt));
          continue;
        }
        if (kind === 'unknown') {
          message.result.uncertain.push(subscriberId);
          deps.onWarning?.('send outcome unknown; not retried (at most once)', { editionId: edition.editionId, subscriberId, error: String(error) });
          return undefined;
        }
        await deps.ledger.release(edition.editionId, subscriberId);
        message.result.failed.push({ subscriberId, error: String((error as Error)?.name ?? error) });
        return undefined;
      }
    }
  };

  const claimAll = async (editionId: string, ids: string[], at: string) =>
    deps.ledger.claimMany
      ? deps.ledger.claimMany(editionId, ids, at)
      : new Map(await Promise.all(ids.map(async (id) => [id, await deps.ledger.claim(editionId, id, at)] as const)));

  const markAll = async (editionId: string, rows: { subscriberId: string; messageId: string; claimedAt: string }[]) => {
    const at = deps.clock.now();
    try {
      if (deps.ledger.markSentMany) await deps.ledger.markSentMany(editionId, rows, at);
      else for (const r of rows) await deps.ledger.markSent(editionId, r.subscriberId, r.messageId, at);
    } catch (error) {
      deps.onWarning?.('sent, but ledger rows could not be marked sent; they stay claimed (never resent)', { editionId, rows: rows.length, error: String(error) });
    }
  };

  /** A message is done when it is prepared and none of its sends is outstanding: mark its rows sent. */
  const settleIfDone = (m: MessageState) => {
    if (m.settled || !m.prepared || m.outstanding > 0) return;
    m.settled = true;
    if (m.sent.length) marks.push(markAll(m.batch.editionId, m.sent));
  };

  /** Consecutive messages of one edition, up to CLAIM_GROUP rows; the first message alone, so the first sends start after one small claim. */
  const groups: MessageState[][] = [];
  for (const m of states) {
    const last = groups.length > 1 ? groups.at(-1) : undefined;
    const rows = last?.reduce((n, g) => n + g.batch.subscriberIds.length, 0) ?? 0;
    if (last && last[0].batch.editionId === m.batch.editionId && rows + m.batch.subscriberIds.length <= CLAIM_GROUP) last.push(m);
    else groups.push([m]);
  }

  /** Rows this invocation has already taken on: a recipient repeated in a later message is one e-mail. */
  const taken = new Set<string>();
  /** What a group's claim needs to know first: the edition, the recipients, (redelivered) their rows. */
  const readGroup = async (group: MessageState[]) => {
    const editionId = group[0].batch.editionId;
    const ids = [...new Set(group.flatMap((m) => m.batch.subscriberIds))];
    const again = [...new Set(group.filter((m) => m.redelivered).flatMap((m) => m.batch.subscriberIds))];
    const [edition, found, done] = await Promise.all([
      deps.editions.get(editionId),
      deps.subscribers.getMany(ids),
      (again.length > 0 && deps.ledger.existing?.(again.map((subscriberId) => ({ editionId, subscriberId })))) || new Set<string>(),
    ]);
    return { edition, found, done };
  };
  type Read = Awaited<ReturnType<typeof readGroup>>;

  const prepareGroup = async (group: MessageState[], { edition, found, done }: Read) => {
    const editionId = group[0].batch.editionId;
    if (!edition) {
      for (const m of group) m.failure = new EditionMissing(editionId);
      return;
    }
    const covers = editionCovers(edition);
    const tags = { edition: tagSafe(edition.editionId), kind: tagSafe(edition.kind) };
    const subscribers = new Map(found.map((s) => [s.subscriberId, s]));
    const receivable: { message: MessageState; subscriber: Subscriber }[] = [];
    for (const m of group) {
      for (const subscriberId of m.batch.subscriberIds) {
        const key = `${editionId}|${subscriberId}`;
        const subscriber = subscribers.get(subscriberId);
        if (taken.has(key) || done.has(key)) m.result.skipped.push({ subscriberId, reason: 'already delivered or in flight' });
        else if (canReceive(subscriber)) {
          taken.add(key);
          receivable.push({ message: m, subscriber });
        } else {
          const known: Subscriber | undefined = subscribers.get(subscriberId); // (canReceive narrowed `subscriber` away)
          m.result.skipped.push({ subscriberId, reason: known ? `status ${known.status}` : 'unknown subscriber' });
        }
      }
    }
    if (receivable.length === 0) return;
    // Near the function's timeout: claim nothing more; these come back with their messages.
    if (outOfTime()) {
      for (const r of receivable) r.message.result.failed.push({ subscriberId: r.subscriber.subscriberId, error: 'out of time' });
      return;
    }
    const claimedAt = deps.clock.now();
    const claims = await claimAll(editionId, receivable.map((r) => r.subscriber.subscriberId), claimedAt);
    for (const { message, subscriber } of receivable) {
      if (claims.get(subscriber.subscriberId) === 'claimed') {
        message.outstanding++;
        queue.push({ message, subscriber, edition: edition as Edition, covers, tags, claimedAt });
      } else message.result.skipped.push({ subscriberId: subscriber.subscriberId, reason: 'already delivered or in flight' });
    }
  };

  // Groups are claimed one after another; the next group's reads are already under way while
  // this one is claimed.
  const prepare = async () => {
    const read = (k: number) => (k < groups.length ? readGroup(groups[k]).then((value) => ({ value }), (error: unknown) => ({ error })) : undefined);
    try {
      let next = read(0);
      for (let k = 0; k < groups.length; k++) {
        const group = groups[k];
        while (queue.length >= LOOKAHEAD) await new Promise<void>((r) => (room = r));
        const reads = (await next)!;
        next = read(k + 1);
        try {
          if ('error' in reads) throw reads.error;
          await prepareGroup(group, reads.value);
        } catch (error) {
          for (const m of group) m.failure ??= error;
        }
        for (const m of group) {
          m.prepared = true;
          settleIfDone(m);
        }
        wakeSenders();
      }
    } finally {
      preparing = false;
      wakeSenders();
    }
  };

  const sender = async () => {
    for (;;) {
      const job = queue.shift();
      if (!job) {
        if (!preparing) return;
        await new Promise<void>((r) => idle.push(r));
        continue;
      }
      if (room && queue.length < LOOKAHEAD) {
        const wake = room;
        room = undefined;
        wake();
      }
      const { message, subscriber } = job;
      try {
        // Near the function's timeout: hand the rest back (released, retried) rather than be cut off mid-send.
        if (outOfTime()) {
          await deps.ledger.release(job.edition.editionId, subscriber.subscriberId);
          message.result.failed.push({ subscriberId: subscriber.subscriberId, error: 'out of time' });
        } else {
          const messageId = await sendOne(job);
          if (messageId) message.sent.push({ subscriberId: subscriber.subscriberId, messageId, claimedAt: job.claimedAt });
        }
      } catch (error) {
        message.failure ??= error; // a release that failed: the row stays claimed (never resent)
      } finally {
        message.outstanding--;
        settleIfDone(message);
      }
    }
  };

  const senders = Math.max(1, (deps.concurrency ?? 8) * states.length);
  await Promise.all([prepare(), ...Array.from({ length: senders }, sender)]);
  await Promise.all(marks);
  return states.map((m): PromiseSettledResult<DeliverResult> =>
    m.failure !== undefined ? { status: 'rejected', reason: m.failure }
    : m.result.failed.length > 0 ? { status: 'rejected', reason: new BatchIncomplete(m.result) }
    : { status: 'fulfilled', value: m.result });
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
