// Subscribers and what they follow. Pure: ids are derived from the address, so subscribing
// twice is the same subscriber (no duplicates, no enumeration by id).
import { createHash } from 'node:crypto';
import { topics as topicKeys } from '#schema';

export type Frequency = 'instant' | 'daily' | 'weekly';
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'suppressed';

export interface Subscriber {
  subscriberId: string;
  email: string;
  status: SubscriberStatus;
  frequency: Frequency;
  /** Topic keys: TOPIC#all, TOPIC#treaty:<id>, TOPIC#state:<iso3>. */
  topics: string[];
  createdAt: string;
  updatedAt?: string;
}

export function subscriberIdFor(email: string, pepper = ''): string {
  return createHash('sha256').update(`${pepper}${email.trim().toLowerCase()}`).digest('hex').slice(0, 24);
}

/** Topics an alert about state × treaty reaches. */
export function audienceTopics(state: string, treaty: string): string[] {
  return [topicKeys.all, topicKeys.treaty(treaty), topicKeys.state(state)];
}

/** Human "why you got this" from the subscriber's topics that matched. */
export function matchReason(subscriber: Subscriber, state: string, treaty: string, names: { state(s: string): string; treaty(t: string): string }): string {
  const matched: string[] = [];
  if (subscriber.topics.includes(topicKeys.all)) matched.push('all treaty developments');
  if (subscriber.topics.includes(topicKeys.treaty(treaty))) matched.push(names.treaty(treaty));
  if (subscriber.topics.includes(topicKeys.state(state))) matched.push(names.state(state));
  return `You follow: ${matched.join('; ') || 'Treaty Watch briefings'}`;
}

export function canReceive(subscriber: Subscriber | undefined): subscriber is Subscriber {
  return subscriber?.status === 'confirmed';
}
