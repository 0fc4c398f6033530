// Fault injection on the real send path (DynamoDB Local ledger, aws-ses-v2-local): 1,200
// subscribers, 10 % of SES sends refused at random, 5 % of "mark sent" writes lost after SES
// accepted, every failed batch redelivered (and the DLQ redriven), every message delivered
// twice more at the end. Exactly one e-mail per subscriber: none lost, none duplicated.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import type { OutgoingEmail } from '#core/email-sending';
import { SesSender } from '#adapters/ses-sender';
import { readSesStore } from '#local/emulators';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';
import type { SendBatch } from '#core/records';

const SUBSCRIBERS = 1200;

/** Deterministic randomness (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class FlakySender extends SesSender {
  refused = 0;
  constructor(
    private readonly base: SesSender,
    private readonly rnd: () => number,
    private readonly rate: number,
  ) {
    super();
  }
  override async send(email: OutgoingEmail): Promise<string> {
    if (this.rnd() < this.rate) {
      this.refused++;
      throw Object.assign(new Error('injected: service unavailable'), {
        name: 'ServiceUnavailable',
        $metadata: { httpStatusCode: 503 },
      });
    }
    return this.base.send(email);
  }
  override classify(error: unknown) {
    return this.base.classify(error);
  }
}

describe(`fault injection: ${SUBSCRIBERS} subscribers, 10 % of sends failing`, () => {
  let pipeline: LocalPipeline;
  let flaky: FlakySender;
  const rnd = random(20250629);
  let lostMarks = 0;
  const enqueued: SendBatch[] = [];
  let redrives = 0;

  beforeAll(async () => {
    pipeline = await LocalPipeline.start({
      withSes: true,
      sendConcurrency: 8,
      wrapSender: (base) => (flaky = new FlakySender(base, rnd, 0.1)),
    });
    await pipeline.loadFacts('2025-06-29');
    await pipeline.addSubscribers(Array.from({ length: SUBSCRIBERS }, (_, i) => `reader${i}@example.org`));
    // SES accepted, then the ledger write that marks the rows 'sent' is lost (5 % of writes).
    const ledger = pipeline.stores.ledger;
    const markSentMany = ledger.markSentMany.bind(ledger);
    ledger.markSentMany = async (...args) => {
      if (rnd() < 0.05) {
        lostMarks++;
        throw new Error('injected: ledger write lost');
      }
      return markSentMany(...args);
    };
    const enqueue = pipeline.queue.enqueue.bind(pipeline.queue);
    pipeline.queue.enqueue = async (batches) => {
      enqueued.push(...batches);
      return enqueue(batches);
    };
    await feedInOrder(
      pipeline,
      orderByPublication(readArticleFiles([join(process.cwd(), 'seeds', 'articles')]), buildGazetteer(pipeline.facts)),
      '2025-06-29',
    );
    // Redrive the dead-letter queue until it is empty (an operator's redrive, or SQS's own retries).
    while (pipeline.queue.deadLetters.length > 0 && redrives < 10) {
      redrives++;
      const dead = pipeline.queue.deadLetters.splice(0);
      await pipeline.queue.enqueue(dead.map((d) => d.body as SendBatch));
      await pipeline.pumpUntilQuiet();
    }
    // At-least-once delivery: every message arrives twice more.
    await pipeline.queue.enqueue([...enqueued, ...enqueued]);
    await pipeline.pumpUntilQuiet();
  }, 600_000);

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('the faults really happened (refused sends, lost ledger marks, redelivered batches)', () => {
    expect(flaky.refused).toBeGreaterThan(SUBSCRIBERS * 0.08);
    expect(lostMarks).toBeGreaterThan(0);
    expect(enqueued.length).toBeGreaterThan(SUBSCRIBERS / 25);
  });

  it('every subscriber has exactly one e-mail: none lost, none duplicated', async () => {
    const emails = await readSesStore(pipeline.ses!.endpoint);
    const perRecipient = new Map<string, number>();
    for (const e of emails) for (const to of e.destination.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    const duplicated = [...perRecipient].filter(([, n]) => n > 1);
    const missing = Array.from({ length: SUBSCRIBERS }, (_, i) => `reader${i}@example.org`).filter(
      (a) => !perRecipient.has(a),
    );
    expect(duplicated).toEqual([]);
    expect(missing).toEqual([]);
    expect(emails).toHaveLength(SUBSCRIBERS);
    expect(pipeline.queue.deadLetters).toEqual([]);
  });
});
