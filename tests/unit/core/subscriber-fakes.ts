// In-memory stand-ins for the subscription ports: the same contracts as the DynamoDB adapters.
import type { Edition, SendBatch } from '#core/records';
import type {
  AccountPort,
  Clock,
  EditionPort,
  EmailSender,
  LedgerPort,
  RateLimitPort,
  SendQueuePort,
  SubscriberPort,
} from '#core/ports';
import type { OutgoingEmail, SendFailure } from '#core/email-sending';
import type { Subscriber } from '#core/subscriber';

export class MemoryAccounts implements AccountPort, SubscriberPort {
  readonly items = new Map<string, Subscriber>();
  /** topic → subscriberId → frequency */
  readonly topicRows = new Map<string, Map<string, string>>();
  async get(id: string) {
    const s = this.items.get(id);
    return s && structuredClone(s);
  }
  async savePending(s: Subscriber) {
    this.items.set(s.subscriberId, structuredClone(s));
  }
  async activate(s: Subscriber, previous: string[]) {
    for (const t of previous) this.topicRows.get(t)?.delete(s.subscriberId);
    for (const t of s.topics) {
      if (!this.topicRows.has(t)) this.topicRows.set(t, new Map());
      this.topicRows.get(t)!.set(s.subscriberId, s.frequency);
    }
    this.items.set(s.subscriberId, structuredClone(s));
  }
  async deactivate(s: Subscriber, status: 'unsubscribed' | 'suppressed', at: string, reason?: string) {
    for (const t of s.topics) this.topicRows.get(t)?.delete(s.subscriberId);
    this.items.set(s.subscriberId, {
      ...structuredClone(s),
      status,
      updatedAt: at,
      requested: undefined,
      expiresAt: undefined,
      ...(reason ? { suppressedReason: reason } : {}),
    });
  }
  async idsForTopics(topics: string[], frequency: string) {
    const ids = new Set<string>();
    for (const t of topics) for (const [id, f] of this.topicRows.get(t) ?? []) if (f === frequency) ids.add(id);
    return [...ids];
  }
  async getMany(ids: string[]) {
    return ids
      .map((id) => this.items.get(id))
      .filter((s): s is Subscriber => !!s)
      .map((s) => structuredClone(s));
  }
}

export class MemoryLimits implements RateLimitPort {
  readonly counts = new Map<string, number>();
  async take(scope: string, subject: string, window: string, limit: number) {
    const key = `${scope}|${subject}|${window}`;
    const n = this.counts.get(key) ?? 0;
    if (n >= limit) return false;
    this.counts.set(key, n + 1);
    return true;
  }
}

export class MemoryLedger implements LedgerPort {
  readonly rows = new Map<string, { status: string; messageId?: string }>();
  failMarkSent = false;
  async claim(e: string, s: string, _at?: string) {
    if (this.rows.has(`${e}|${s}`)) return 'already-claimed' as const;
    this.rows.set(`${e}|${s}`, { status: 'sending' });
    return 'claimed' as const;
  }
  async markSent(e: string, s: string, messageId: string) {
    if (this.failMarkSent) throw new Error('ledger unavailable');
    this.rows.set(`${e}|${s}`, { status: 'sent', messageId });
  }
  async release(e: string, s: string) {
    if (this.rows.get(`${e}|${s}`)?.status === 'sending') this.rows.delete(`${e}|${s}`);
  }
  async existing(rows: { editionId: string; subscriberId: string }[]) {
    return new Set(rows.map((r) => `${r.editionId}|${r.subscriberId}`).filter((k) => this.rows.has(k)));
  }
}

export class MemoryEditions implements EditionPort {
  readonly items = new Map<string, Edition>();
  async putOnce(edition: Edition) {
    const existing = this.items.get(edition.editionId);
    if (existing) return { edition: existing, created: false };
    this.items.set(edition.editionId, edition);
    return { edition, created: true };
  }
  async get(id: string) {
    return this.items.get(id);
  }
}

export class MemoryQueue implements SendQueuePort {
  readonly batches: SendBatch[] = [];
  async enqueue(b: SendBatch[]) {
    this.batches.push(...b);
  }
}

/** Records what it is given; `fail` decides per e-mail whether (and how) a send fails. */
export class RecordingSender implements EmailSender {
  readonly sent: OutgoingEmail[] = [];
  fail: (email: OutgoingEmail, attempt: number) => SendFailure | undefined = () => undefined;
  private attempts = new Map<string, number>();
  async send(email: OutgoingEmail) {
    const n = (this.attempts.get(email.to) ?? 0) + 1;
    this.attempts.set(email.to, n);
    const failure = this.fail(email, n);
    if (failure) throw Object.assign(new Error(`injected ${failure}`), { kind: failure });
    this.sent.push(email);
    return `msg-${this.sent.length}`;
  }
  classify(error: unknown): SendFailure {
    return (error as { kind?: SendFailure }).kind ?? 'unknown';
  }
}

export class FixedClock implements Clock {
  constructor(public iso = '2026-03-01T12:00:00.000Z') {}
  now() {
    return this.iso;
  }
  advance(seconds: number) {
    this.iso = new Date(Date.parse(this.iso) + seconds * 1000).toISOString();
  }
}
