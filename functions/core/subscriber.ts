// Subscribers and what they follow. Pure: ids are derived from the address, so subscribing
// twice is the same subscriber (no duplicates, no enumeration by id).
import { createHash } from 'node:crypto';
import { topics as topicKeys } from '#core/topics';

export type Frequency = 'instant' | 'daily' | 'weekly';
export const FREQUENCIES: readonly Frequency[] = ['instant', 'daily', 'weekly'];
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'suppressed';

/** What a subscribe request asked for, applied only when the confirmation link is opened. */
export interface Requested {
  /** Which request this is: a confirmation link names it, and confirms this request only. */
  id: string;
  topics: string[];
  frequency: Frequency;
  at: string;
}

export interface Subscriber {
  subscriberId: string;
  email: string;
  status: SubscriberStatus;
  frequency: Frequency;
  /** Topic keys: TOPIC#all, TOPIC#treaty:<id>, TOPIC#state:<iso3>. */
  topics: string[];
  createdAt: string;
  updatedAt?: string;
  requested?: Requested;
  /** The request the subscriber last confirmed: opening that link again changes nothing. */
  confirmedRequest?: string;
  /** TTL (epoch s): a pending subscriber nobody confirms disappears on its own. */
  expiresAt?: number;
  /** Why the address is suppressed (bounce, complaint). */
  suppressedReason?: string;
}

export function subscriberIdFor(email: string, pepper = ''): string {
  return createHash('sha256').update(`${pepper}${email.trim().toLowerCase()}`).digest('hex').slice(0, 24);
}

/** Topics an alert about state × treaty reaches. */
export function audienceTopics(state: string, treaty: string): string[] {
  return [topicKeys.all, topicKeys.treaty(treaty), topicKeys.state(state)];
}

/** Does a subscriber following `topics` care about state × treaty? */
export function follows(topics: string[], state: string, treaty: string): boolean {
  return audienceTopics(state, treaty).some((t) => topics.includes(t));
}

type NameBook = { state(s: string): string; treaty(t: string): string };

/**
 * Human "why you got this" from the subscriber's topics that matched any of `covers`. It says
 * that one matching choice is enough (a treaty OR a state), so a list never reads as "both".
 */
export function matchReasonFor(
  subscriber: Pick<Subscriber, 'topics'>,
  covers: { state: string; treaty: string }[],
  names: NameBook,
): string {
  if (subscriber.topics.includes(topicKeys.all)) return 'You follow every treaty and every state';
  const matched: string[] = [];
  for (const { treaty } of covers)
    if (subscriber.topics.includes(topicKeys.treaty(treaty))) matched.push(names.treaty(treaty));
  for (const { state } of covers)
    if (subscriber.topics.includes(topicKeys.state(state))) matched.push(names.state(state));
  if (matched.length === 0) return 'You follow Treaty Watch briefings';
  const list = [...new Set(matched)].join('; ');
  return `You follow developments about any of your chosen treaties and states; this matched: ${list}`;
}

export function matchReason(subscriber: Subscriber, state: string, treaty: string, names: NameBook): string {
  return matchReasonFor(subscriber, [{ state, treaty }], names);
}

/**
 * Plain words for a request, every topic named, e.g. "Developments about any of: Ottawa
 * Convention; Ukraine — instant alerts" (the confirmation e-mail and the check-your-inbox page).
 */
export function describeTopics(topics: string[], frequency: Frequency, names: NameBook): string {
  const how = frequency === 'instant' ? 'instant alerts' : `a ${frequency} digest`;
  if (topics.includes(topicKeys.all)) return `Every treaty and every state — ${how}`;
  const words = topics.map((t) => {
    if (t.startsWith(topicKeys.treaty(''))) return names.treaty(t.slice(topicKeys.treaty('').length));
    if (t.startsWith(topicKeys.state(''))) return names.state(t.slice(topicKeys.state('').length));
    return t;
  });
  return `${words.length === 1 ? 'Developments about' : 'Developments about any of:'} ${words.join('; ')} — ${how}`;
}

export function canReceive(subscriber: Subscriber | undefined): subscriber is Subscriber {
  return subscriber?.status === 'confirmed';
}
