// One send invocation delivers its messages as one pipeline: claims grouped and run just
// ahead of the sends, each message with its own outcome (partial batch response).
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  BatchIncomplete,
  CLAIM_GROUP,
  deliverMessages,
  EditionMissing,
  type DeliverDeps,
  type DeliveryMessage,
} from '#core/deliver';
import { Pacer } from '#core/email-sending';
import type { Subscriber } from '#core/subscriber';
import { logger } from '#adapters/logger';
import { makeHandler } from '#functions/send/handler';
import { FixedClock, MemoryAccounts, MemoryEditions, MemoryLedger, RecordingSender } from './subscriber-fakes';

/** A ledger with the batched forms, counting what the pipeline asks of it. */
class GroupLedger extends MemoryLedger {
  readonly claimCalls: number[] = [];
  claimed = 0;
  readonly markCalls: number[] = [];
  /** Resolved before a claimMany call with this index (0-based) may proceed. */
  gate = new Map<number, Promise<void>>();
  async claimMany(e: string, ids: string[], at: string) {
    const call = this.claimCalls.push(ids.length) - 1;
    await this.gate.get(call);
    const out = new Map<string, 'claimed' | 'already-claimed'>();
    for (const id of ids) out.set(id, await this.claim(e, id, at));
    this.claimed += [...out.values()].filter((c) => c === 'claimed').length;
    return out;
  }
  async markSentMany(e: string, rows: { subscriberId: string; messageId: string }[]) {
    this.markCalls.push(rows.length);
    for (const r of rows) await this.markSent(e, r.subscriberId, r.messageId);
  }
  sending() {
    return [...this.rows.values()].filter((r) => r.status === 'sending').length;
  }
}

async function world(messages = 10, perMessage = 25, editions = ['e1']) {
  const accounts = new MemoryAccounts();
  const store = new MemoryEditions();
  for (const editionId of editions.filter((e) => e !== 'gone')) {
    await store.putOnce({
      editionId,
      kind: 'instant',
      subject: 'S',
      html: '<p>%%TW_REASON%%</p>',
      text: 'T',
      alertIds: [],
      about: { state: 'UKR', treaty: 'ottawa-convention' },
      topics: [],
      frequency: 'instant',
      createdAt: '2026-01-01',
    });
  }
  const batches: DeliveryMessage[] = [];
  for (let m = 0; m < messages; m++) {
    const ids: string[] = [];
    for (let i = 0; i < perMessage; i++) {
      const s: Subscriber = {
        subscriberId: `m${m}s${i}`,
        email: `m${m}s${i}@example.org`,
        status: 'confirmed',
        frequency: 'instant',
        topics: ['TOPIC#all'],
        createdAt: '2026-01-01',
      };
      await accounts.activate(s, []);
      ids.push(s.subscriberId);
    }
    batches.push({ batch: { editionId: editions[m % editions.length], subscriberIds: ids } });
  }
  const ledger = new GroupLedger();
  const sender = new RecordingSender();
  const deps: DeliverDeps = {
    editions: store,
    subscribers: accounts,
    ledger,
    sender,
    pacer: new Pacer(1e9),
    personalise: (e) => e,
    links: (id) => ({
      unsubscribeUrl: `https://tw.test/u?t=${id}`,
      preferencesUrl: `https://tw.test/p?t=${id}`,
      unsubscribeMailto: 'mailto:u@tw.test',
    }),
    names: { state: (s) => s, treaty: (t) => t },
    from: 'tw@tw.test',
    clock: new FixedClock(),
    sleep: async () => undefined,
    concurrency: 2,
  };
  return { deps, ledger, sender, accounts, batches };
}

describe('one invocation, many messages', () => {
  it(
    'claims in groups of at most 100 rows (the first message alone), marks each message once, one outcome per ' +
      'message',
    async () => {
      const { deps, ledger, sender, batches } = await world(10, 25);
      const outcomes = await deliverMessages(batches, deps);
      expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
      expect(sender.sent).toHaveLength(250);
      expect(ledger.claimCalls).toEqual([25, 100, 100, 25]);
      expect(Math.max(...ledger.claimCalls)).toBeLessThanOrEqual(CLAIM_GROUP);
      expect(ledger.markCalls).toEqual(Array(10).fill(25));
      expect(ledger.sending()).toBe(0);
    },
  );

  it('a message of another edition is claimed in its own group', async () => {
    const { deps, ledger, batches } = await world(4, 25, ['e1', 'e1', 'e2', 'e1']);
    await deliverMessages(batches, deps);
    expect(ledger.claimCalls).toEqual([25, 25, 25, 25]);
  });

  it(
    'sends start before the later groups are claimed (SES never waits for the whole invocation to be ' + 'claimed)',
    async () => {
      const { deps, ledger, sender, batches } = await world(10, 25);
      let firstSend!: () => void;
      const sent = new Promise<void>((r) => (firstSend = r));
      const send = sender.send.bind(sender);
      sender.send = async (e) => {
        const id = await send(e);
        firstSend();
        return id;
      };
      ledger.gate.set(1, sent); // the second claim waits until an e-mail has gone out
      const outcomes = await deliverMessages(batches, deps);
      expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
      expect(sender.sent).toHaveLength(250);
    },
  );

  it("reads the next group's recipients while this group is claimed", async () => {
    const { deps, ledger, accounts, sender, batches } = await world(10, 25);
    let reads = 0;
    let thirdRead!: () => void;
    const readAhead = new Promise<void>((r) => (thirdRead = r));
    const getMany = accounts.getMany.bind(accounts);
    accounts.getMany = async (ids) => {
      if (++reads === 3) thirdRead();
      return getMany(ids);
    };
    ledger.gate.set(1, readAhead); // the second group's claim waits until the third group is being read
    const outcomes = await deliverMessages(batches, deps);
    expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
    expect(sender.sent).toHaveLength(250);
  });

  it('a store error fails only the messages of the group it hit', async () => {
    const { deps, ledger, sender, batches } = await world(6, 25);
    // the second group (messages 1–4)
    ledger.gate.set(1, Promise.reject(new Error('injected: DynamoDB unavailable')));
    const outcomes = await deliverMessages(batches, deps);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/DynamoDB unavailable/);
    expect(sender.sent).toHaveLength(50);
    expect(ledger.sending()).toBe(0); // nothing of theirs was claimed: the retry sends them
  });

  it('claims only just ahead of the sends: claimed-but-unsent rows stay bounded (the crash window)', async () => {
    const { deps, ledger, sender, batches } = await world(10, 25);
    deps.concurrency = 1; // 10 senders in all
    let worst = 0;
    let started = 0;
    const send = sender.send.bind(sender);
    sender.send = async (e) => {
      worst = Math.max(worst, ledger.claimed - started++); // claimed, and not yet handed to SES

      await new Promise((r) => setTimeout(r, 0));
      return send(e);
    };
    await deliverMessages(batches, deps);
    expect(sender.sent).toHaveLength(250);
    // < 100 waiting when one more group of 100 is claimed; claiming all 250 up front would exceed it.
    expect(worst).toBeLessThanOrEqual(100 + CLAIM_GROUP);
    expect(worst).toBeLessThan(250);
  });

  it(
    'each message keeps its own outcome: a refused send fails only its message, a missing edition only its ' + 'own',
    async () => {
      const { deps, sender, batches } = await world(3, 25, ['e1', 'e1', 'gone']);
      sender.fail = (e, attempt) => (e.to === 'm1s3@example.org' && attempt === 1 ? 'refused' : undefined);
      const [a, b, c] = await deliverMessages(batches, deps);
      expect(a.status).toBe('fulfilled');
      expect(b.status === 'rejected' && b.reason).toBeInstanceOf(BatchIncomplete);
      expect(b.status === 'rejected' && (b.reason as BatchIncomplete).result.failed.map((f) => f.subscriberId)).toEqual(
        ['m1s3'],
      );
      expect(c.status === 'rejected' && c.reason).toBeInstanceOf(EditionMissing);
      expect(sender.sent).toHaveLength(49);
    },
  );

  it(
    'a recipient in two messages of the invocation gets one e-mail; the same messages redelivered send ' + 'nothing',
    async () => {
      const { deps, sender, batches } = await world(2, 25);
      batches[1].batch.subscriberIds.push('m0s0');
      await deliverMessages(batches, deps);
      expect(sender.sent.filter((e) => e.to === 'm0s0@example.org')).toHaveLength(1);
      expect(sender.sent).toHaveLength(50);
      const again = await deliverMessages(
        batches.map((m) => ({ ...m, redelivered: true })),
        deps,
      );
      expect(again.every((o) => o.status === 'fulfilled')).toBe(true);
      expect(sender.sent).toHaveLength(50);
    },
  );

  it(
    'near the timeout nothing more is claimed and unsent claims are released: those messages fail and lose ' +
      'nothing',
    async () => {
      const { deps, ledger, sender, batches } = await world(6, 25);
      let left = 60_000;
      deps.remainingMs = () => left;
      const send = sender.send.bind(sender);
      sender.send = async (e) => {
        if (sender.sent.length >= 40) left = 1_000; // the clock runs out after 40 e-mails
        return send(e);
      };
      const outcomes = await deliverMessages(batches, deps);
      const failedIds = outcomes.flatMap((o) =>
        o.status === 'rejected' ? (o.reason as BatchIncomplete).result.failed.map((f) => f.subscriberId) : [],
      );
      const sentIds = new Set(sender.sent.map((e) => e.to.split('@')[0]));
      expect(sentIds.size + failedIds.length).toBe(150);
      // released or never claimed: a retry may send
      for (const id of failedIds) expect(ledger.rows.has(`e1|${id}`)).toBe(false);
      expect(ledger.sending()).toBe(0);
    },
  );
});

describe('send handler', () => {
  const record = (messageId: string, body: string, receiveCount = 1): SQSRecord => ({
    messageId,
    receiptHandle: messageId,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: '0',
      SenderId: 'x',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:0:send',
    awsRegion: 'local',
  });

  it('answers with a partial batch response: only the malformed and the failed messages come back', async () => {
    logger.setLogLevel('SILENT');
    const { deps, sender, batches } = await world(3, 5, ['e1', 'e1', 'gone']);
    const handler = makeHandler(deps);
    const event: SQSEvent = {
      Records: [
        record('ok', JSON.stringify(batches[0].batch)),
        record('bad-json', '{'),
        record(
          'too-many',
          JSON.stringify({ editionId: 'e1', subscriberIds: Array.from({ length: 101 }, (_, i) => `x${i}`) }),
        ),
        record('ok-redelivered', JSON.stringify(batches[1].batch), 2),
        record('no-edition', JSON.stringify(batches[2].batch)),
      ],
    };
    const response = await handler(event);
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([
      'bad-json',
      'no-edition',
      'too-many',
    ]);
    expect(sender.sent).toHaveLength(10);
  });
});
