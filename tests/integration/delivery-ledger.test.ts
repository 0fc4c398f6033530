// The delivery ledger on DynamoDB Local: conditional claims in one transaction, what a
// refused transaction costs, and that a claim never overwrites a row already there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalPipeline } from '#local/pipeline';

describe('delivery ledger claims (DynamoDB Local)', () => {
  let pipeline: LocalPipeline;
  beforeAll(async () => {
    pipeline = await LocalPipeline.start();
  }, 60_000);
  afterAll(async () => {
    await pipeline?.stop();
  });

  const ops = () => Object.fromEntries(pipeline.requests.counts.get('other') ?? new Map<string, number>());

  it('claims a message of rows in one conditional transaction', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `fresh${i}`);
    pipeline.requests.reset();
    const claims = await pipeline.stores.ledger.claimMany('ed-fresh', ids, '2026-01-01T00:00:00Z');
    expect([...claims.values()].every((c) => c === 'claimed')).toBe(true);
    expect(ops()).toEqual({ TransactWriteItems: 1 });
    expect((await pipeline.stores.ledger.get('ed-fresh', 'fresh7'))?.status).toBe('sending');
  });

  it(
    'rows already there are refused and left alone; the rest are claimed in a second transaction, not one by ' + 'one',
    async () => {
      const ledger = pipeline.stores.ledger;
      const ids = Array.from({ length: 25 }, (_, i) => `mixed${i}`);
      const taken = [ids[0], ids[9], ids[24]];
      await ledger.claimMany('ed-mixed', taken, '2026-01-01T00:00:00Z');
      await ledger.markSentMany('ed-mixed', [{ subscriberId: ids[9], messageId: 'ses-9' }], '2026-01-01T00:00:01Z');
      pipeline.requests.reset();
      const claims = await ledger.claimMany('ed-mixed', ids, '2026-01-02T00:00:00Z');
      for (const id of ids)
        expect([id, claims.get(id)]).toEqual([id, taken.includes(id) ? 'already-claimed' : 'claimed']);
      expect(ops()).toEqual({ TransactWriteItems: 2 });
      const kept = await ledger.get('ed-mixed', ids[9]);
      expect(kept).toMatchObject({ status: 'sent', messageId: 'ses-9' });
      expect((await ledger.get('ed-mixed', ids[0]))?.claimedAt).toBe('2026-01-01T00:00:00Z');
      expect((await ledger.get('ed-mixed', ids[5]))?.claimedAt).toBe('2026-01-02T00:00:00Z');
    },
  );

  it('a message whose rows are all claimed costs one refused transaction and claims nothing', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `all${i}`);
    await pipeline.stores.ledger.claimMany('ed-all', ids, '2026-01-01T00:00:00Z');
    pipeline.requests.reset();
    const claims = await pipeline.stores.ledger.claimMany('ed-all', ids, '2026-01-02T00:00:00Z');
    expect([...claims.values()].every((c) => c === 'already-claimed')).toBe(true);
    expect(ops()).toEqual({ TransactWriteItems: 1 });
  });

  it('two claimers racing for the same rows: each row is claimed exactly once', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `race${i}`);
    const [a, b] = await Promise.all([
      pipeline.stores.ledger.claimMany('ed-race', ids, '2026-01-01T00:00:00Z'),
      pipeline.stores.ledger.claimMany('ed-race', [...ids].reverse(), '2026-01-01T00:00:00Z'),
    ]);
    for (const id of ids) expect([a.get(id), b.get(id)].filter((c) => c === 'claimed')).toHaveLength(1);
  });
});
