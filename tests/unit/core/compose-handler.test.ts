// The compose function on in-memory ports: one handler, two triggers (stream, schedule).
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { ENTITY, ENTITY_ATTRIBUTE } from '#schema';
import type { AlertRecord, DigestEntry, ReminderRow } from '#core/records';
import type { Timeline } from '#core/timeline';
import type { EditionContent } from '#emails/index';
import { makeHandler, parseDigestEvent, type ComposeFunctionDeps } from '#functions/compose/handler';
import { FixedClock, MemoryAccounts, MemoryEditions, MemoryLedger, MemoryQueue } from './subscriber-fakes';

const alert: AlertRecord = {
  alertId: 'a1',
  state: 'UKR',
  stateName: 'Ukraine',
  treaty: 'ottawa-convention',
  treatyName: 'Ottawa Convention',
  actions: ['withdrawal_decreed'],
  date: '2025-06-29',
  novelty: 'NEW',
  headline: 'Ukraine decreed withdrawal',
  evidence: 'e',
  sources: [],
  conflicts: [],
  createdAt: '2025-06-29T12:00:00.000Z',
  articleId: 'art1',
};
const timeline: Timeline = {
  state: 'UKR',
  treaty: 'ottawa-convention',
  stages: [],
  alerts: [],
  version: 2,
  conflicts: [
    {
      action: 'joined',
      claimed: '1999',
      record: '2005-12-27',
      recordOrigin: 'record',
      detectedAt: '2025-06-29T12:00:00.000Z',
      source: { articleId: 'art4', label: 'news/4', role: 'background' },
    },
  ],
};

const record = (eventName: 'INSERT' | 'MODIFY', item: object, entity: string): DynamoDBRecord => ({
  eventName,
  eventID: `${eventName}-${entity}-${Math.random()}`,
  dynamodb: {
    NewImage: marshall(
      { pk: 'x', sk: 'y', [ENTITY_ATTRIBUTE]: entity, ...item },
      { removeUndefinedValues: true },
    ) as never,
  },
});

async function world(timelines = new Map<string, Timeline>()) {
  const accounts = new MemoryAccounts();
  await accounts.activate(
    {
      subscriberId: 's1',
      email: 's1@example.org',
      status: 'confirmed',
      frequency: 'instant',
      topics: ['TOPIC#all'],
      createdAt: '2025-01-01',
    },
    [],
  );
  const entries: DigestEntry[] = [];
  const renders: string[] = [];
  const contents: EditionContent[] = [];
  const queue = new MemoryQueue();
  const deps: ComposeFunctionDeps = {
    entries: {
      put: async (e) => void entries.push(...e),
      forDays: async (days) => entries.filter((e) => days.includes(e.day)),
    },
    alerts: { getMany: async (ids) => (ids.includes(alert.alertId) ? [alert] : []) },
    timelines: { getMany: async () => timelines },
    subscribers: accounts,
    ledger: new MemoryLedger(),
    editions: new MemoryEditions(),
    queue,
    render: (c) => {
      renders.push(c.kind);
      contents.push(c);
      return { subject: c.kind, html: 'h', text: 't' };
    },
    names: { state: (s) => s, treaty: (t) => t },
    clock: new FixedClock('2025-06-30T07:00:00.000Z'),
  };
  return { handler: makeHandler(deps), deps, accounts, entries, renders, contents, queue };
}

describe('the compose function', () => {
  it(
    'on the stream: a new alert is composed once and indexed; a folded alert and a timeline are only ' + 'indexed',
    async () => {
      const w = await world();
      const event: DynamoDBStreamEvent = {
        Records: [
          record('INSERT', alert, ENTITY.alert),
          record('MODIFY', alert, ENTITY.alert),
          record('MODIFY', timeline, ENTITY.timeline),
        ],
      };
      const response = await w.handler(event);
      expect(response.batchItemFailures).toEqual([]);
      expect(w.renders).toEqual(['instant']);
      expect(w.queue.batches.map((b) => b.subscriberIds)).toEqual([['s1']]);
      expect(new Set(w.entries.map((e) => e.entryId)).size).toBe(2); // the alert (twice, same key) and the conflict
      expect(w.entries.map((e) => e.kind).sort()).toEqual(['alert', 'alert', 'conflict']);
    },
  );

  it(
    'renders an alert with every source known when compose runs (the timeline), not only the report that raised ' +
      'it',
    async () => {
      const source = (n: number) => ({
        articleId: `art${n}`,
        label: `Outlet ${n}`,
        outlet: `Outlet ${n}`,
        role: 'primary' as const,
        ...(n % 2 ? { url: `https://n${n}.example/a` } : {}),
      });
      const now: Timeline = {
        ...timeline,
        stages: [
          {
            action: 'withdrawal_decreed',
            date: '2025-06-29',
            origin: 'news',
            sources: [1, 2, 3, 4, 5].map(source),
            firstSeen: '2025-06-29T12:00:00.000Z',
            novelty: 'NEW',
            alertId: 'a1',
          },
        ],
      };
      const w = await world(new Map([['UKR#ottawa-convention', now]]));
      await w.handler({ Records: [record('INSERT', { ...alert, sources: [source(1)] }, ENTITY.alert)] });
      expect(w.contents[0].items[0].sources.map((s) => s.outlet)).toEqual([
        'Outlet 1',
        'Outlet 2',
        'Outlet 3',
        'Outlet 4',
        'Outlet 5',
      ]);
      expect(w.contents[0].items[0].sources.filter((s) => s.url)).toHaveLength(3);
    },
  );

  it('on a schedule: composes the digest of the day before for its daily subscribers', async () => {
    const w = await world();
    await w.accounts.activate(
      {
        subscriberId: 'd1',
        email: 'd1@example.org',
        status: 'confirmed',
        frequency: 'daily',
        topics: ['TOPIC#all'],
        createdAt: '2025-01-01',
      },
      [],
    );
    await w.handler({ Records: [record('INSERT', alert, ENTITY.alert)] });
    const result = await w.handler({ kind: 'daily', scheduledTime: '2025-06-30T07:00:00Z' });
    expect(result.days).toEqual(['2025-06-29']);
    expect(w.renders).toEqual(['instant', 'daily']);
    expect(w.queue.batches.find((b) => b.editionId.startsWith('daily'))?.subscriberIds).toEqual(['d1']);
  });

  it(
    'a timeline with an effective date writes its reminder row; a reminder alert is sent instantly but never ' +
      'indexed by the day it was raised',
    async () => {
      const w = await world();
      const rows: ReminderRow[] = [];
      const handler = makeHandler({
        ...w.deps,
        reminders: {
          put: async (r) => void rows.push(...r),
          forDays: async () => [],
          createAlerts: async () => undefined,
        },
      });
      const notified: Timeline = {
        state: 'LTU',
        treaty: 'ottawa-convention',
        conflicts: [],
        alerts: [],
        version: 3,
        stages: [
          {
            action: 'withdrawal_notified',
            date: '2025-06-27',
            origin: 'record',
            sources: [],
            firstSeen: '2025-06-28T00:00:00Z',
            novelty: 'RECORD',
          },
        ],
        schedule: { notified: '2025-06-27', effective: '2025-12-27', rule: 'art. 20: 6 months after notification' },
      };
      const reminder: AlertRecord = {
        ...alert,
        alertId: 'reminder-LTU-ottawa-convention-2025-12-27',
        kind: 'reminder',
        state: 'LTU',
        date: '2025-12-27',
        novelty: 'KNOWN',
      };
      await handler({
        Records: [record('MODIFY', notified, ENTITY.timeline), record('INSERT', reminder, ENTITY.alert)],
      });
      expect(rows).toEqual([{ date: '2025-12-27', state: 'LTU', treaty: 'ottawa-convention', basis: 'computed' }]);
      expect(w.entries).toEqual([]);
      expect(w.renders).toEqual(['instant']);
    },
  );

  it('refuses a schedule event without a kind, or with a time that is no date', () => {
    expect(() => parseDigestEvent({}, '2025-06-30T07:00:00Z')).toThrow(/kind "daily" or "weekly"/);
    expect(() => parseDigestEvent({ kind: 'weekly', time: 'soon' }, '2025-06-30T07:00:00Z')).toThrow(/not a date/);
    expect(parseDigestEvent({ detail: { kind: 'weekly' }, time: '2025-07-07T06:00:00Z' }, 'x')).toEqual({
      kind: 'weekly',
      endDay: '2025-07-07',
    });
  });
});
