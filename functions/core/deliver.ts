// Over 300 lines: the per-recipient delivery policy and its crash-window rules, read top to bottom in one place.
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
import type { RenderedEdition, RecipientTokens } from '#core/edition-content';
import { editionCovers } from './editions';
import type { Edition, Pair, SendBatch } from './records';
import type { Clock, EditionPort, EmailSender, LedgerPort, Names, SubscriberPort } from './ports';
import { groupConsecutive, runPipeline, type PipelineSteps } from './delivery-pipeline';
import { backoffMs, headerSafe, tagSafe, unsubscribeHeaders, type OutgoingEmail, type Pacer } from './email-sending';
import { canReceive, matchReasonFor, type Subscriber } from './subscriber';

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
    super(
      `${result.failed.length} send(s) refused: ${result.failed
        .map((f) => f.error)
        .slice(0, 3)
        .join('; ')}`,
    );
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
export async function deliverBatch(
  batch: SendBatch,
  deps: DeliverDeps,
  options: DeliverOptions = {},
): Promise<DeliverResult> {
  const [outcome] = await deliverMessages([{ batch, ...options }], deps);
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
}

interface MessageState {
  batch: SendBatch;
  redelivered: boolean;
  result: DeliverResult;
  /** Accepted by SES, to be marked sent when the message is done. */
  sent: { subscriberId: string; messageId: string; claimedAt: string }[];
}

/** What a group's claim needs to know first: the edition, the recipients, (redelivered) their rows. */
interface GroupReads {
  edition: Edition | undefined;
  found: Subscriber[];
  done: Set<string>;
}

/** The edition as every recipient of a group gets it, before personalisation (worked out once a group). */
interface EditionToSend {
  edition: Edition;
  covers: Pair[];
  tags: Record<string, string>;
  from: string;
}

/** One claimed recipient, waiting for a sender. */
interface Job {
  message: MessageState;
  subscriber: Subscriber;
  send: EditionToSend;
  claimedAt: string;
}

const ALREADY = 'already delivered or in flight';
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Delivers the messages of one invocation as one pipeline (delivery-pipeline.ts), so SES never
 * waits for the ledger: the recipients of the next group of messages (≤ 100 rows, one edition)
 * are read and their rows claimed in one conditional transaction at most LOOKAHEAD sends ahead
 * of a pool of `concurrency` senders per message, which send paced; a message whose sends are
 * all done is marked sent (one batch write) while the others still send. Each message keeps its
 * own outcome (partial batch response): fulfilled, or rejected with BatchIncomplete (some sends
 * refused or out of time: released, to be retried), EditionMissing, or the store's error.
 * Claimed but not yet sent at any moment: the sends in flight plus < LOOKAHEAD + CLAIM_GROUP
 * queued — what a hard crash can lose under the at-most-once policy.
 */
export async function deliverMessages(
  messages: DeliveryMessage[],
  deps: DeliverDeps,
): Promise<PromiseSettledResult<DeliverResult>[]> {
  const states: MessageState[] = messages.map((m) => ({
    batch: { ...m.batch, subscriberIds: [...new Set(m.batch.subscriberIds)] }, // one ledger row, one e-mail, per recipient
    redelivered: m.redelivered === true,
    result: { sent: [], skipped: [], uncertain: [], failed: [] },
    sent: [],
  }));
  // Consecutive messages of one edition share a claim; the first alone, so the first sends start
  // after one small claim.
  const groups = groupConsecutive(
    states,
    (m) => m.batch.editionId,
    (m) => m.batch.subscriberIds.length,
    CLAIM_GROUP,
  );
  const workers = (deps.concurrency ?? 8) * states.length;
  const failures = await runPipeline(groups, deliveryPolicy(deps), { workers, lookahead: LOOKAHEAD });
  return states.map(
    (m): PromiseSettledResult<DeliverResult> =>
      failures.has(m)
        ? { status: 'rejected', reason: failures.get(m) }
        : m.result.failed.length > 0
          ? { status: 'rejected', reason: new BatchIncomplete(m.result) }
          : { status: 'fulfilled', value: m.result },
  );
}

/** The primary course (see the header), as the pipeline's steps. */
function deliveryPolicy(deps: DeliverDeps): PipelineSteps<MessageState, GroupReads, Job> {
  const outOfTime = () => deps.remainingMs !== undefined && deps.remainingMs() < (deps.reserveMs ?? 5_000);
  const taken = new Set<string>(); // rows this invocation has taken on: a repeated recipient is one e-mail
  return {
    read: (group) => readGroup(group, deps),
    // 1. skip anyone not confirmed or already taken, 2. claim the others' rows (one transaction)
    async prepare(group, reads, enqueue) {
      const editionId = group[0].batch.editionId;
      if (!reads.edition) throw new EditionMissing(editionId);
      const receivable = receivers(group, reads, taken);
      if (receivable.length === 0) return;
      // Near the function's timeout: claim nothing more; these come back with their messages.
      if (outOfTime()) {
        for (const r of receivable) fail(r.message, r.subscriber, 'out of time');
        return;
      }
      const claimedAt = deps.clock.now();
      const ids = receivable.map((r) => r.subscriber.subscriberId);
      const claims = await claimAll(deps.ledger, editionId, ids, claimedAt);
      const send = editionToSend(reads.edition, deps.from);
      for (const { message, subscriber } of receivable) {
        const subscriberId = subscriber.subscriberId;
        if (claims.get(subscriberId) === 'claimed') enqueue(message, { message, subscriber, send, claimedAt });
        else message.result.skipped.push({ subscriberId, reason: ALREADY });
      }
    },
    // 3. personalise, 4. send paced; near the function's timeout hand the claim back (released, retried)
    async work(job) {
      const { message, subscriber, send, claimedAt } = job;
      if (outOfTime()) {
        // (A release that fails fails the message: the row stays claimed, never resent.)
        await deps.ledger.release(send.edition.editionId, subscriber.subscriberId);
        return fail(message, subscriber, 'out of time');
      }
      const messageId = await sendPaced(outgoing(subscriber, send, deps), job, deps);
      if (messageId) message.sent.push({ subscriberId: subscriber.subscriberId, messageId, claimedAt });
    },
    // 5. mark the message's rows sent (one batch write) once all its sends are done
    settled: (m) => (m.sent.length ? markAll(deps, m.batch.editionId, m.sent) : undefined),
  };
}

function fail(message: MessageState, subscriber: Subscriber, error: string): void {
  message.result.failed.push({ subscriberId: subscriber.subscriberId, error });
}

async function readGroup(group: MessageState[], deps: DeliverDeps): Promise<GroupReads> {
  const editionId = group[0].batch.editionId;
  const ids = [...new Set(group.flatMap((m) => m.batch.subscriberIds))];
  const again = [...new Set(group.filter((m) => m.redelivered).flatMap((m) => m.batch.subscriberIds))];
  const [edition, found, done] = await Promise.all([
    deps.editions.get(editionId),
    deps.subscribers.getMany(ids),
    (again.length > 0 && deps.ledger.existing?.(again.map((subscriberId) => ({ editionId, subscriberId })))) ||
      new Set<string>(),
  ]);
  return { edition, found, done };
}

/** The recipients of a group who may be sent to; the others are recorded as skipped, with why. */
function receivers(group: MessageState[], { found, done }: GroupReads, taken: Set<string>) {
  const editionId = group[0].batch.editionId;
  const subscribers = new Map(found.map((s) => [s.subscriberId, s]));
  const receivable: { message: MessageState; subscriber: Subscriber }[] = [];
  for (const m of group) {
    for (const subscriberId of m.batch.subscriberIds) {
      const key = `${editionId}|${subscriberId}`;
      const subscriber = subscribers.get(subscriberId);
      if (taken.has(key) || done.has(key)) m.result.skipped.push({ subscriberId, reason: ALREADY });
      else if (canReceive(subscriber)) {
        taken.add(key);
        receivable.push({ message: m, subscriber });
      } else {
        const known: Subscriber | undefined = subscribers.get(subscriberId); // (canReceive narrowed `subscriber` away)
        m.result.skipped.push({ subscriberId, reason: known ? `status ${known.status}` : 'unknown subscriber' });
      }
    }
  }
  return receivable;
}

function editionToSend(edition: Edition, from: string): EditionToSend {
  const tags = { edition: tagSafe(edition.editionId), kind: tagSafe(edition.kind) };
  // Header fields are one line whatever the stored data says: CR/LF can never add a header.
  return { edition, covers: editionCovers(edition), tags, from: headerSafe(from) };
}

/**
 * Sends one claimed e-mail, paced, backing off on throttling; returns the message id if SES
 * accepted it. Refused: the row is released and the recipient fails (retried with the
 * message). No answer: the row stays claimed and the recipient is never retried (at most once).
 */
async function sendPaced(email: OutgoingEmail, job: Job, deps: DeliverDeps): Promise<string | undefined> {
  const {
    message,
    subscriber: { subscriberId },
    send: { edition },
  } = job;
  const sleep = deps.sleep ?? wait;
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
        deps.onWarning?.('send outcome unknown; not retried (at most once)', {
          editionId: edition.editionId,
          subscriberId,
          error: String(error),
        });
        return undefined;
      }
      await deps.ledger.release(edition.editionId, subscriberId);
      message.result.failed.push({ subscriberId, error: String((error as Error)?.name ?? error) });
      return undefined;
    }
  }
}

async function claimAll(ledger: LedgerPort, editionId: string, ids: string[], at: string) {
  return ledger.claimMany
    ? ledger.claimMany(editionId, ids, at)
    : new Map(await Promise.all(ids.map(async (id) => [id, await ledger.claim(editionId, id, at)] as const)));
}

async function markAll(deps: DeliverDeps, editionId: string, rows: MessageState['sent']) {
  const at = deps.clock.now();
  try {
    if (deps.ledger.markSentMany) await deps.ledger.markSentMany(editionId, rows, at);
    else for (const r of rows) await deps.ledger.markSent(editionId, r.subscriberId, r.messageId, at);
  } catch (error) {
    deps.onWarning?.('sent, but ledger rows could not be marked sent; they stay claimed (never resent)', {
      editionId,
      rows: rows.length,
      error: String(error),
    });
  }
}

function outgoing(
  subscriber: Subscriber,
  { edition, covers, tags, from }: EditionToSend,
  deps: DeliverDeps,
): OutgoingEmail {
  const links = deps.links(subscriber.subscriberId);
  const personal = deps.personalise(edition, {
    unsubscribeUrl: links.unsubscribeUrl,
    preferencesUrl: links.preferencesUrl,
    reason: matchReasonFor(subscriber, covers, deps.names),
  });
  return {
    // Header fields are one line whatever the stored data says: CR/LF can never add a header.
    from,
    to: headerSafe(subscriber.email),
    subject: headerSafe(personal.subject),
    html: personal.html,
    text: personal.text,
    headers: unsubscribeHeaders(links.unsubscribeUrl, links.unsubscribeMailto),
    tags,
  };
}
