// Subscription use cases: subscribe (double opt-in), confirm, change preferences,
// unsubscribe, suppress. Pure over ports. Subscribe answers the same whatever the address's
// state (no enumeration); only a signed link can change what an address receives.
import { randomBytes } from 'node:crypto';
import type { AccountPort, Clock, ConfirmationMailer, RateLimitPort } from './ports';
import { enforce, networkOf, SUBSCRIBE_LIMITS, type Limit } from './rate-limit';
import { subscriberIdFor, type Frequency, type Requested, type Subscriber } from './subscriber';

export interface SubscriptionDeps {
  accounts: AccountPort;
  limits: RateLimitPort;
  confirmations: ConfirmationMailer;
  clock: Clock;
  limitsConfig?: { perAddress: Limit; perClient: Limit; perNetwork: Limit };
}

export interface SubscribeRequest {
  email: string;
  topics: string[];
  frequency: Frequency;
  /** Who asked (the client's IP address), for the per-client limit. */
  client: string;
}

/** A pending request nobody confirms is deleted by the table's TTL after this long. */
export const PENDING_TTL_S = 7 * 86_400;

/** The link is signed but its subscriber is gone (a pending request that expired). */
export class SubscriptionGone extends Error {
  constructor() {
    super('This link has expired or the request it belongs to no longer exists. Please subscribe again.');
    this.name = 'SubscriptionGone';
  }
}

/** A confirmation link whose request is no longer pending: it was replaced, or the subscriber left. */
export class NothingToConfirm extends Error {
  constructor() {
    super(
      'This confirmation link no longer confirms anything: you unsubscribed after it was sent, or a newer ' +
        'request replaced it. Nothing was changed. To subscribe, use the subscribe page, or the link in the ' +
        'newest e-mail we sent.',
    );
    this.name = 'NothingToConfirm';
  }
}

/** The address bounced or complained: we never mail it again. */
export class AddressSuppressed extends Error {
  constructor() {
    super(
      'This address can no longer receive Treaty Watch e-mails (earlier messages bounced or were reported as spam).',
    );
    this.name = 'AddressSuppressed';
  }
}

const epochS = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** A new pending request: a random id that only its own confirmation link carries. */
const newRequest = (topics: string[], frequency: Frequency, at: string): Requested => ({
  id: randomBytes(12).toString('base64url'),
  topics,
  frequency,
  at,
});

/** `current` (or a new subscriber) waiting for `requested` to be confirmed; gone in a week if nobody does. */
function pendingFor(
  current: Subscriber | undefined,
  subscriberId: string,
  email: string,
  requested: Requested,
): Subscriber {
  if (current?.status === 'confirmed') return { ...current, requested, updatedAt: requested.at };
  return {
    subscriberId,
    email,
    status: 'pending',
    frequency: requested.frequency,
    topics: current?.topics ?? [],
    createdAt: current?.createdAt ?? requested.at,
    updatedAt: requested.at,
    requested,
    expiresAt: epochS(requested.at) + PENDING_TTL_S,
  };
}

/**
 * 1. count the request against the client's and the address's limits, 2. record what was
 * asked for as `requested` (a confirmed subscriber keeps receiving what they had), 3. mail a
 * confirmation link. A suppressed address is not mailed. Same outcome for the caller in every case.
 */
export async function subscribe(request: SubscribeRequest, deps: SubscriptionDeps): Promise<void> {
  const now = deps.clock.now();
  const limits = deps.limitsConfig ?? SUBSCRIBE_LIMITS;
  const email = request.email.trim();
  await enforce(deps.limits, 'network', networkOf(request.client), limits.perNetwork, epochS(now));
  await enforce(deps.limits, 'client', request.client, limits.perClient, epochS(now));
  await enforce(deps.limits, 'address', email.toLowerCase(), limits.perAddress, epochS(now));
  const subscriberId = subscriberIdFor(email);
  const existing = await deps.accounts.get(subscriberId);
  if (existing?.status === 'suppressed') return;
  const next = pendingFor(existing, subscriberId, email, newRequest(request.topics, request.frequency, now));
  await deps.accounts.savePending(next);
  await deps.confirmations.send(next);
}

/**
 * The confirmation link: the request it was issued for becomes what the subscriber receives.
 * It confirms that request only while it is pending: after an unsubscribe, or once a newer
 * request replaced it, it confirms nothing (mail scanners fetch old links on their own).
 */
export async function confirm(
  subscriberId: string,
  requestId: string | undefined,
  deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>,
): Promise<Subscriber> {
  const current = await deps.accounts.get(subscriberId);
  if (!current) throw new SubscriptionGone();
  if (current.status === 'suppressed') throw new AddressSuppressed();
  if (!requestId) throw new NothingToConfirm();
  const pending = current.requested;
  if (pending?.id === requestId) return apply(current, pending.topics, pending.frequency, deps, requestId);
  if (current.status === 'confirmed' && current.confirmedRequest === requestId) return current; // opened twice
  throw new NothingToConfirm();
}

export type PreferencesOutcome = { subscriber: Subscriber; outcome: 'saved' | 'confirmation-sent' };

/**
 * The preferences form (reached through a signed link). A confirmed subscriber's choice is
 * saved. Anyone else (unsubscribed, or never confirmed) is coming back: the choice becomes a
 * pending request and a confirmation e-mail goes to the address, since a forwarded e-mail's
 * link proves nothing about consent now. Counted against the address's subscribe limit.
 */
export async function updatePreferences(
  subscriberId: string,
  topics: string[],
  frequency: Frequency,
  deps: Pick<SubscriptionDeps, 'accounts' | 'clock' | 'confirmations' | 'limits' | 'limitsConfig'>,
): Promise<PreferencesOutcome> {
  const current = await deps.accounts.get(subscriberId);
  if (!current) throw new SubscriptionGone();
  if (current.status === 'suppressed') throw new AddressSuppressed();
  if (current.status === 'confirmed') {
    return { subscriber: await apply(current, topics, frequency, deps, current.confirmedRequest), outcome: 'saved' };
  }
  const now = deps.clock.now();
  const limits = deps.limitsConfig ?? SUBSCRIBE_LIMITS;
  await enforce(deps.limits, 'address', current.email.trim().toLowerCase(), limits.perAddress, epochS(now));
  const next = pendingFor(current, subscriberId, current.email, newRequest(topics, frequency, now));
  await deps.accounts.savePending(next);
  await deps.confirmations.send(next);
  return { subscriber: next, outcome: 'confirmation-sent' };
}

async function apply(
  current: Subscriber,
  topics: string[],
  frequency: Frequency,
  deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>,
  confirmedRequest?: string,
): Promise<Subscriber> {
  const next: Subscriber = {
    ...current,
    status: 'confirmed',
    topics,
    frequency,
    requested: undefined,
    expiresAt: undefined,
    confirmedRequest,
    updatedAt: deps.clock.now(),
  };
  await deps.accounts.activate(next, current.status === 'confirmed' ? current.topics : []);
  return next;
}

/** Unsubscribe (link, form or RFC 8058 one-click): idempotent; a suppressed address stays suppressed. */
export async function unsubscribe(
  subscriberId: string,
  deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>,
): Promise<void> {
  const current = await deps.accounts.get(subscriberId);
  if (!current || current.status === 'unsubscribed' || current.status === 'suppressed') return;
  await deps.accounts.deactivate(current, 'unsubscribed', deps.clock.now());
}

/** A bounce or complaint: the address is never mailed again, known to us or not. */
export async function suppress(
  email: string,
  reason: string,
  deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>,
): Promise<'suppressed' | 'already'> {
  const subscriberId = subscriberIdFor(email);
  const now = deps.clock.now();
  const current = await deps.accounts.get(subscriberId);
  if (current?.status === 'suppressed') return 'already';
  const base: Subscriber = current ?? {
    subscriberId,
    email: email.trim(),
    status: 'suppressed',
    frequency: 'instant',
    topics: [],
    createdAt: now,
  };
  await deps.accounts.deactivate(base, 'suppressed', now, reason);
  return 'suppressed';
}
