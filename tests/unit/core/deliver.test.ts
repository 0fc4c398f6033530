// The send path's exactly-once rules, on in-memory ports: what is retried, what never is.
import { describe, expect, it } from 'vitest';
import { BatchIncomplete, deliverBatch, type DeliverDeps } from '#core/deliver';
import { Pacer } from '#core/email-sending';
import type { Subscriber } from '#core/subscriber';
import { FixedClock, MemoryAccounts, MemoryEditions, MemoryLedger, RecordingSender } from './subscriber-fakes';

async function setup(n = 5) {
  const accounts = new MemoryAccounts();
  const editions = new MemoryEditions();
  const ledger = new MemoryLedger();
  const sender = new RecordingSender();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const s: Subscriber = {
      subscriberId: `s${i}`,
      email: `r${i}@example.org`,
      status: 'confirmed',
      frequency: 'instant',
      topics: ['TOPIC#treaty:ottawa-convention'],
      createdAt: '2026-01-01',
    };
    await accounts.activate(s, []);
    ids.push(s.subscriberId);
  }
  await editions.putOnce({
    editionId: 'e1',
    kind: 'instant',
    subject: 'S',
    html: '<p>%%TW_REASON%%</p>',
    text: 'T',
    alertIds: ['a1'],
    about: { state: 'UKR', treaty: 'ottawa-convention' },
    topics: [],
    frequency: 'instant',
    createdAt: '2026-01-01',
  });
  const warnings: string[] = [];
  const deps: DeliverDeps = {
    editions,
    subscribers: accounts,
    ledger,
    sender,
    pacer: new Pacer(1e9),
    personalise: (e, t) => ({ subject: e.subject, html: e.html.replace('%%TW_REASON%%', t.reason), text: e.text }),
    links: (id) => ({
      unsubscribeUrl: `https://tw.test/unsubscribe?token=${id}`,
      preferencesUrl: `https://tw.test/preferences?token=${id}`,
      unsubscribeMailto: 'mailto:u@tw.test',
    }),
    names: {
      state: (s) => (s === 'UKR' ? 'Ukraine' : s),
      treaty: (t) => (t === 'ottawa-convention' ? 'Ottawa Convention' : t),
    },
    from: 'tw@tw.test',
    clock: new FixedClock(),
    sleep: async () => undefined,
    onWarning: (m) => void warnings.push(m),
  };
  return { deps, accounts, ledger, sender, ids, warnings, batch: { editionId: 'e1', subscriberIds: ids } };
}

describe('delivering a batch', () => {
  it('sends each confirmed recipient once, with "why you got this", the tags and the one-click headers', async () => {
    const { deps, sender, batch, accounts } = await setup(3);
    await accounts.deactivate((await accounts.get('s1'))!, 'unsubscribed', '2026-01-02');
    const result = await deliverBatch(batch, deps);
    expect(sender.sent.map((e) => e.to).sort()).toEqual(['r0@example.org', 'r2@example.org']);
    expect(result.skipped).toEqual([{ subscriberId: 's1', reason: 'status unsubscribed' }]);
    expect(sender.sent[0].html).toContain('any of your chosen treaties and states; this matched: Ottawa Convention');
    expect(sender.sent[0].tags).toEqual({ edition: 'e1', kind: 'instant' });
    expect(sender.sent[0].headers.map((h) => h.name)).toEqual(['List-Unsubscribe', 'List-Unsubscribe-Post']);
  });

  it(
    'a redelivered message sends nothing new (the ledger row is claimed first); a repeated id is one ' + 'e-mail',
    async () => {
      const { deps, sender, batch } = await setup(4);
      await deliverBatch({ ...batch, subscriberIds: [...batch.subscriberIds, 's0'] }, deps);
      const again = await deliverBatch(batch, deps);
      expect(sender.sent).toHaveLength(4);
      expect(again.skipped.every((s) => s.reason === 'already delivered or in flight')).toBe(true);
    },
  );

  it(
    'a first delivery claims without reading the ledger; a redelivered message reads its rows and claims only the ' +
      'missing ones',
    async () => {
      const { deps, sender, batch, ledger } = await setup(5);
      const calls = { existing: 0, claim: 0 };
      const existing = ledger.existing.bind(ledger);
      const claim = ledger.claim.bind(ledger);
      ledger.existing = async (rows) => {
        calls.existing++;
        return existing(rows);
      };
      ledger.claim = async (e, s, at) => {
        calls.claim++;
        return claim(e, s, at);
      };
      await ledger.claim('e1', 's3', '2026-01-01'); // claimed by an earlier receipt of the same message
      calls.claim = 0;
      sender.fail = (e, attempt) => (e.to === 'r2@example.org' && attempt === 1 ? 'refused' : undefined);
      await expect(deliverBatch(batch, deps)).rejects.toBeInstanceOf(BatchIncomplete); // s2 refused: released
      expect(calls).toEqual({ existing: 0, claim: 5 }); // the conditional claim decides: s3 is refused
      expect(sender.sent).toHaveLength(3);
      Object.assign(calls, { existing: 0, claim: 0 });
      const again = await deliverBatch(batch, deps, { redelivered: true });
      expect(calls).toEqual({ existing: 1, claim: 1 });
      expect(again.sent.map((s) => s.subscriberId)).toEqual(['s2']);
      expect(sender.sent.map((e) => e.to).filter((t) => t === 'r3@example.org')).toHaveLength(0);
    },
  );

  it('a send SES refuses is released and the batch fails, so the retry sends only that one', async () => {
    const { deps, sender, batch, ledger } = await setup(5);
    sender.fail = (e, attempt) => (e.to === 'r2@example.org' && attempt === 1 ? 'refused' : undefined);
    await expect(deliverBatch(batch, deps)).rejects.toBeInstanceOf(BatchIncomplete);
    expect(sender.sent).toHaveLength(4);
    expect(ledger.rows.has('e1|s2')).toBe(false);
    await deliverBatch(batch, deps);
    expect(sender.sent.map((e) => e.to).filter((t) => t === 'r2@example.org')).toHaveLength(1);
    expect(sender.sent).toHaveLength(5);
  });

  it('throttling backs off and retries within the invocation', async () => {
    const { deps, sender, batch } = await setup(2);
    sender.fail = (_e, attempt) => (attempt <= 2 ? 'throttled' : undefined);
    const result = await deliverBatch(batch, deps);
    expect(result.sent).toHaveLength(2);
  });

  it('crash window: a recipient claimed by a crashed invocation is never sent again (at most once)', async () => {
    const { deps, sender, batch, ledger } = await setup(3);
    await ledger.claim('e1', 's1', '2026-01-01'); // the crashed run claimed s1, then died before SES answered
    const result = await deliverBatch(batch, deps);
    expect(sender.sent.map((e) => e.to).sort()).toEqual(['r0@example.org', 'r2@example.org']);
    expect(result.skipped).toEqual([{ subscriberId: 's1', reason: 'already delivered or in flight' }]);
    expect(ledger.rows.get('e1|s1')!.status).toBe('sending');
  });

  it('an unknown outcome (no answer from SES) is not retried and does not fail the batch', async () => {
    const { deps, sender, batch, ledger, warnings } = await setup(3);
    sender.fail = (e) => (e.to === 'r0@example.org' ? 'unknown' : undefined);
    const result = await deliverBatch(batch, deps);
    expect(result.uncertain).toEqual(['s0']);
    expect(ledger.rows.get('e1|s0')!.status).toBe('sending');
    await deliverBatch(batch, deps);
    expect(sender.sent.filter((e) => e.to === 'r0@example.org')).toHaveLength(0);
    expect(warnings[0]).toMatch(/at most once/);
  });

  it('SES accepted but the ledger could not be marked: the row stays claimed and nothing is sent twice', async () => {
    const { deps, sender, batch, ledger } = await setup(2);
    ledger.failMarkSent = true;
    await deliverBatch(batch, deps);
    ledger.failMarkSent = false;
    await deliverBatch(batch, deps);
    expect(sender.sent).toHaveLength(2);
  });

  it('CR/LF in any stored field cannot add a header: subject, address and links are one line', async () => {
    const { deps, sender, batch, accounts } = await setup(1);
    const editions = deps.editions as import('./subscriber-fakes').MemoryEditions;
    editions.items.set('e1', { ...editions.items.get('e1')!, subject: 'Alert\r\nBcc: victim@example.com' });
    await accounts.activate({ ...(await accounts.get('s0'))!, email: 'r0@example.org\r\nBcc: victim@example.com' }, []);
    deps.links = () => ({
      unsubscribeUrl: 'https://tw.test/u?t=1\r\nX-Injected: 1',
      preferencesUrl: 'https://tw.test/p',
      unsubscribeMailto: 'mailto:u@tw.test',
    });
    await deliverBatch(batch, deps);
    const [mail] = sender.sent;
    for (const value of [mail.subject, mail.to, mail.from, ...mail.headers.map((h) => h.value)])
      expect(value).not.toMatch(/[\r\n]/);
  });
});
