// Subscription use cases: subscribe (double opt-in), confirm, change preferences,
// unsubscribe, suppress. Pure over ports. Subscribe answers the same whatever the address's
// state (no enumeration); only a signed link can change what an address receives.
import type { Clock } from './ports';
import { enforce, SUBSCRIBE_LIMITS, type Limit, type RateLimitPort } from './rate-limit';
import { subscriberIdFor, type Frequency, type Subscriber } from './subscribers';

export interface AccountPort {
  get(subscriberId: string): Promise<Subscriber | undefined>;
  savePending(subscriber: Subscriber): Promise<void>;
  activate(subscriber: Subscriber, previousTopics: string[]): Promise<void>;
  deactivate(subscriber: Subscriber, status: 'unsubscribed' | 'suppressed', at: string, reason?: string): Promise<void>;
}

export interface ConfirmationMailer {
  send(subscriber: Subscriber): Promise<void>;
}

export interface SubscriptionDeps {
  accounts: AccountPort;
  limits: RateLimitPort;
  confirmations: ConfirmationMailer;
  clock: Clock;
  limitsConfig?: { perAddress: Limit; perClient: Limit };
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

/** The address bounced or complained: we never mail it again. */
export class AddressSuppressed extends Error {
  constructor() {
    super('This address can no longer receive Treaty Watch e-mails (earlier messages bounced or were reported as spam).');
    this.name = 'AddressSuppressed';
  }
}

const epochS = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * 1. count the request against the client's and the address's limits, 2. record what was
 * asked for as `requested` (a confirmed subscriber keeps receiving what they had), 3. mail a
 * confirmation link. A suppressed address is not mailed. Same outcome for the caller in every case.
 */
export async function subscribe(request: SubscribeRequest, deps: SubscriptionDeps): Promise<void> {
  const now = deps.clock.now();
  const limits = deps.limitsConfig ?? SUBSCRIBE_LIMITS;
  const email = request.email.trim();
  await enforce(deps.limits, 'client', request.client, limits.perClient, epochS(now));
  await enforce(deps.limits, 'address', email.toLowerCase(), limits.perAddress, epochS(now));
  const subscriberId = subscriberIdFor(email);
  const existing = await deps.accounts.get(subscriberId);
  if (existing?.status === 'suppressed') return;
  const requested = { topics: request.topics, frequency: request.frequency, at: now };
  const next: Subscriber =
    existing?.status === 'confirmed'
      ? { ...existing, requested, updatedAt: now }
      : {
          subscriberId,
          email,
          status: 'pending',
          frequency: request.frequency,
          topics: existing?.topics ?? [],
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
          requested,
          expiresAt: epochS(now) + PENDING_TTL_S,
        };
  await deps.accounts.savePending(next);
  await deps.confirmations.send(next);
}

/** The confirmation link: what was requested becomes what the subscriber receives. */
export async function confirm(subscriberId: string, deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>): Promise<Subscriber> {
  const current = await deps.accounts.get(subscriberId);
  if (!current) throw new SubscriptionGone();
  if (current.status === 'suppressed') throw new AddressSuppressed();
  const wanted = current.requested ?? (current.status === 'confirmed' || current.topics.length > 0 ? { topics: current.topics, frequency: current.frequency } : undefined);
  if (!wanted) throw new SubscriptionGone();
  if (current.status === 'confirmed' && !current.requested) return current;
  return apply(current, wanted.topics, wanted.frequency, deps);
}

/** The preferences form (reached through a signed link, so it proves the mailbox). */
export async function updatePreferences(subscriberId: string, topics: string[], frequency: Frequency, deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>): Promise<Subscriber> {
  const current = await deps.accounts.get(subscriberId);
  if (!current) throw new SubscriptionGone();
  if (current.status === 'suppressed') throw new AddressSuppressed();
  return apply(current, topics, frequency, deps);
}

async function apply(current: Subscriber, topics: string[], frequency: Frequency, deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>): Promise<Subscriber> {
  const next: Subscriber = { ...current, status: 'confirmed', topics, frequency, requested: undefined, expiresAt: undefined, updatedAt: deps.clock.now() };
  await deps.accounts.activate(next, current.status === 'confirmed' ? current.topics : []);
  return next;
}

/** Unsubscribe (link, form or RFC 8058 one-click): idempotent; a suppressed address stays suppressed. */
export async function unsubscribe(subscriberId: string, deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>): Promise<void> {
  const current = await deps.accounts.get(subscriberId);
  if (!current || current.status === 'unsubscribed' || current.status === 'suppressed') return;
  await deps.accounts.deactivate(current, 'unsubscribed', deps.clock.now());
}

/** A bounce or complaint: the address is never mailed again, known to us or not. */
export async function suppress(email: string, reason: string, deps: Pick<SubscriptionDeps, 'accounts' | 'clock'>): Promise<'suppressed' | 'already'> {
  const subscriberId = subscriberIdFor(email);
  const now = deps.clock.now();
  const current = await deps.accounts.get(subscriberId);
  if (current?.status === 'suppressed') return 'already';
  const base: Subscriber = current ?? { subscriberId, email: email.trim(), status: 'suppressed', frequency: 'instant', topics: [], createdAt: now };
  await deps.accounts.deactivate(base, 'suppressed', now, reason);
  return 'suppressed';
}
