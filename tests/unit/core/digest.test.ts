// Digests on in-memory ports: segments, no repeats of instant alerts, corrections.
import { describe, expect, it } from 'vitest';
import type { AlertRecord, DigestEntry } from '#core/records';
import { composeDigest, type DigestDeps } from '#core/compose-digest';
import { entriesFromTimeline, entryFromAlert, periodDays } from '#core/digest-index';
import { instantEditionId } from '#core/editions';
import type { Frequency, Subscriber } from '#core/subscriber';
import type { Timeline } from '#core/timeline';
import { FixedClock, MemoryAccounts, MemoryEditions, MemoryLedger, MemoryQueue } from './subscriber-fakes';

const alert = (id: string, state: string, treaty: string, createdAt: string, articleId = `art-${id}`): AlertRecord => ({
  alertId: id,
  state,
  stateName: state,
  treaty,
  treatyName: treaty,
  actions: ['withdrawal_decreed'],
  date: '2026-02-28',
  novelty: 'NEW',
  headline: `${state} leaves ${treaty}`,
  evidence: 'e',
  sources: [],
  conflicts: [],
  createdAt,
  articleId,
});

const timelineWithConflict = (state: string, treaty: string, articleId: string, detectedAt: string): Timeline => ({
  state,
  treaty,
  stages: [],
  alerts: [],
  version: 3,
  conflicts: [
    {
      action: 'joined',
      claimed: '1999',
      record: '2005-12-27',
      recordOrigin: 'record',
      detectedAt,
      source: { articleId, label: `news/${articleId}`, role: 'background' },
    },
  ],
});

async function world() {
  const accounts = new MemoryAccounts();
  const ledger = new MemoryLedger();
  const editions = new MemoryEditions();
  const queue = new MemoryQueue();
  const entries: DigestEntry[] = [];
  const alerts = new Map<string, AlertRecord>();
  const rendered: { kind: string; items: string[]; corrections: string[] }[] = [];
  const sources: string[][][] = [];
  const add = async (id: string, frequency: Frequency, topics: string[]) => {
    const s: Subscriber = {
      subscriberId: id,
      email: `${id}@example.org`,
      status: 'confirmed',
      frequency,
      topics,
      createdAt: '2026-01-01',
    };
    await accounts.activate(s, []);
  };
  const deps: DigestDeps = {
    entries: {
      put: async (e) => void entries.push(...e),
      forDays: async (days) => entries.filter((e) => days.includes(e.day)),
    },
    alerts: { getMany: async (ids) => ids.map((i) => alerts.get(i)!).filter(Boolean) },
    subscribers: accounts,
    ledger,
    editions,
    queue,
    render: (c) => {
      rendered.push({
        kind: c.kind,
        items: c.items.map((i) => i.headline),
        corrections: (c.corrections ?? []).map((i) => i.headline),
      });
      sources.push(c.items.map((i) => i.sources.map((x) => x.label)));
      return { subject: `${c.kind} ${c.items.length}`, html: 'h', text: 't' };
    },
    names: { state: (s) => s, treaty: (t) => t },
    clock: new FixedClock('2026-03-01T06:00:00.000Z'),
  };
  const raise = (a: AlertRecord) => {
    alerts.set(a.alertId, a);
    entries.push(entryFromAlert(a));
  };
  return { deps, add, raise, entries, ledger, queue, rendered, sources };
}

const recipients = (queue: MemoryQueue) =>
  queue.batches.flatMap((b) => b.subscriberIds.map((s) => `${b.editionId}>${s}`));

describe('digests', () => {
  it('a daily digest covers the previous UTC day, a weekly one the previous seven', () => {
    expect(periodDays('daily', '2026-03-01')).toEqual(['2026-02-28']);
    expect(periodDays('weekly', '2026-03-02')).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('lists each alert with every source its timeline holds now, corroborations included', async () => {
    const w = await world();
    const ref = (n: number) => ({ articleId: `r${n}`, label: `Outlet ${n}`, role: 'primary' as const });
    w.raise({ ...alert('a1', 'UKR', 'ottawa-convention', '2026-02-28T10:00:00Z'), sources: [ref(1)] });
    const now: Timeline = {
      state: 'UKR',
      treaty: 'ottawa-convention',
      alerts: [],
      conflicts: [],
      version: 4,
      stages: [
        {
          action: 'withdrawal_decreed',
          date: '2026-02-28',
          origin: 'news',
          sources: [ref(1), ref(2), ref(3)],
          firstSeen: '2026-02-28T10:00:00Z',
          novelty: 'NEW',
          alertId: 'a1',
        },
      ],
    };
    w.deps.timelines = { getMany: async () => new Map([['UKR#ottawa-convention', now]]) };
    await w.add('d', 'daily', ['TOPIC#all']);
    await composeDigest('daily', '2026-03-01', w.deps);
    expect(w.sources[0]).toEqual([['Outlet 1', 'Outlet 2', 'Outlet 3']]);
  });

  it('renders once per segment: subscribers who follow the same items share one edition', async () => {
    const w = await world();
    w.raise(alert('a1', 'UKR', 'ottawa-convention', '2026-02-28T10:00:00Z'));
    w.raise(alert('a2', 'HUN', 'rome-statute', '2026-02-28T11:00:00Z'));
    w.raise(alert('old', 'HUN', 'rome-statute', '2026-02-20T11:00:00Z'));
    await w.add('all1', 'daily', ['TOPIC#all']);
    await w.add('all2', 'daily', ['TOPIC#all']);
    await w.add('ukr', 'daily', ['TOPIC#state:UKR']);
    await w.add('weekly', 'weekly', ['TOPIC#all']);
    const result = await composeDigest('daily', '2026-03-01', w.deps);
    expect(result.alerts).toBe(2);
    expect(w.rendered).toHaveLength(2);
    expect(w.rendered.map((r) => r.items.length).sort()).toEqual([1, 2]);
    const sent = recipients(w.queue);
    expect(sent).toHaveLength(3);
    expect(
      new Set(sent.filter((s) => s.endsWith('>all1') || s.endsWith('>all2')).map((s) => s.split('>')[0])).size,
    ).toBe(1);
    expect(sent.some((s) => s.endsWith('>weekly'))).toBe(false);
  });

  it('never repeats a development the subscriber already received as an instant alert', async () => {
    const w = await world();
    w.raise(alert('a1', 'UKR', 'ottawa-convention', '2026-02-28T10:00:00Z'));
    w.raise(alert('a2', 'HUN', 'rome-statute', '2026-02-28T11:00:00Z'));
    await w.add('switched', 'daily', ['TOPIC#all']); // was instant this morning, then chose daily
    await w.ledger.claim(instantEditionId({ alertId: 'a1' }), 'switched', '2026-02-28T10:01:00Z');
    await composeDigest('daily', '2026-03-01', w.deps);
    expect(w.rendered).toEqual([{ kind: 'daily', items: ['HUN leaves rome-statute'], corrections: [] }]);
  });

  it(
    'a disputed fact with no alert goes to the daily corrections — for digest and instant subscribers — never ' +
      'an instant e-mail',
    async () => {
      const w = await world();
      w.entries.push(
        ...entriesFromTimeline(timelineWithConflict('UKR', 'ottawa-convention', 'art-9', '2026-02-28T09:00:00Z')),
      );
      await w.add('instant', 'instant', ['TOPIC#treaty:ottawa-convention']);
      await w.add('daily', 'daily', ['TOPIC#all']);
      await w.add('other', 'instant', ['TOPIC#state:HUN']);
      const result = await composeDigest('daily', '2026-03-01', w.deps);
      expect(result.corrections).toBe(1);
      expect(w.rendered).toHaveLength(1);
      expect(w.rendered[0].corrections[0]).toMatch(/Reports disagree/);
      expect(
        recipients(w.queue)
          .map((r) => r.split('>')[1])
          .sort(),
      ).toEqual(['daily', 'instant']);
      expect(await composeDigest('weekly', '2026-03-01', w.deps).then((r) => r.recipients)).toBe(0);
    },
  );

  it('a conflict found together with an alert is shown in that alert, not again as a correction', async () => {
    const w = await world();
    w.raise(alert('a1', 'UKR', 'ottawa-convention', '2026-02-28T10:00:00Z', 'art-1'));
    w.entries.push(
      ...entriesFromTimeline(timelineWithConflict('UKR', 'ottawa-convention', 'art-1', '2026-02-28T10:00:00Z')),
    );
    await w.add('daily', 'daily', ['TOPIC#all']);
    const result = await composeDigest('daily', '2026-03-01', w.deps);
    expect(result.corrections).toBe(0);
    expect(w.rendered[0].corrections).toEqual([]);
  });

  it('running the same schedule twice reuses the editions (rendered once)', async () => {
    const w = await world();
    w.raise(alert('a1', 'UKR', 'ottawa-convention', '2026-02-28T10:00:00Z'));
    await w.add('d', 'daily', ['TOPIC#all']);
    const first = await composeDigest('daily', '2026-03-01', w.deps);
    const second = await composeDigest('daily', '2026-03-01', w.deps);
    expect(second.editions).toEqual(first.editions);
    expect(w.rendered).toHaveLength(1);
  });
});
