// The public record over in-memory data, and a GET helper like a browser's.
import type { AlertRecord, Edition } from '#core/records';
import type { TreatyRecord } from '#core/facts';
import { archiveEntryOf } from '#core/record';
import type { RecordPort } from '#core/ports';
import type { Timeline } from '#core/timeline';
import type { WebRequest } from '#web/app/http';
import { handleRecord, recordTreaties, type RecordDeps } from '#web/record/routes';

export const HOSTILE = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;

export const TREATIES: TreatyRecord[] = [
  {
    id: 'ottawa-convention',
    official_name: 'Convention on the Prohibition of Anti-Personnel Mines',
    aliases: ['Ottawa Convention'],
    depositary: 'Secretary-General of the United Nations',
    withdrawal_rule: {
      article: '20',
      notice_months: 6,
      conditions:
        'if the withdrawing State is engaged in an armed conflict, ' +
        'the withdrawal shall not take effect before the end of the armed conflict',
    },
    theme: 'arms-control',
  },
  {
    id: 'rome-statute',
    official_name: 'Rome Statute of the International Criminal Court',
    aliases: ['Rome Statute'],
    theme: 'international-justice',
    withdrawal_rule: { article: '127', notice_months: 12 },
  },
];

const names = {
  state: (c: string) => ({ UKR: 'Ukraine', FIN: 'Finland', HUN: 'Hungary' })[c] ?? c,
  treaty: (id: string) => ({ 'ottawa-convention': 'Ottawa Convention', 'rome-statute': 'Rome Statute' })[id] ?? id,
};

export function alertOf(over: Partial<AlertRecord> = {}): AlertRecord {
  return {
    alertId: 'UKR-ottawa-convention-1',
    state: 'UKR',
    stateName: 'Ukraine',
    treaty: 'ottawa-convention',
    treatyName: 'Ottawa Convention',
    actions: ['withdrawal_proposed', 'withdrawal_decreed'],
    date: '2025-06-29',
    novelty: 'NEW',
    headline: 'Ukraine decreed its withdrawal from the Ottawa Convention',
    evidence: 'Zelensky signed a decree.',
    sources: [
      {
        articleId: 'a1',
        label: 'https://news.example/ukraine',
        url: 'https://news.example/ukraine',
        title: 'Decree signed',
        outlet: 'Example News',
        role: 'primary',
      },
      { articleId: 'a2', label: 'seeds/articles/002.txt', role: 'primary' },
    ],
    conflicts: [],
    createdAt: '2025-06-29T12:00:00.000Z',
    articleId: 'a1',
    ...over,
  };
}

export function ukraineTimeline(alert = alertOf()): Timeline {
  return {
    state: 'UKR',
    treaty: 'ottawa-convention',
    version: 3,
    stages: [
      {
        action: 'joined',
        date: '2005-12-27',
        origin: 'record',
        sources: [
          {
            articleId: 'record',
            label: 'https://treaties.un.org/x',
            url: 'https://treaties.un.org/x',
            role: 'background',
          },
        ],
        firstSeen: '2025-06-28T00:00:00.000Z',
        novelty: 'RECORD',
      },
      {
        action: 'withdrawal_decreed',
        date: '2025-06-29',
        origin: 'news',
        sources: alert.sources,
        firstSeen: alert.createdAt,
        novelty: 'NEW',
        alertId: alert.alertId,
      },
    ],
    conflicts: [
      {
        action: 'joined',
        claimed: '1999',
        record: '2005-12-27',
        recordOrigin: 'record',
        source: { articleId: 'a3', label: 'x', url: 'https://other.example/y', outlet: HOSTILE, role: 'background' },
        detectedAt: '2025-06-29T12:00:00.000Z',
      },
    ],
    alerts: [
      { alertId: alert.alertId, actions: alert.actions, date: alert.date, novelty: 'NEW', createdAt: alert.createdAt },
    ],
  };
}

export const quietTimeline = (state: string): Timeline => ({
  state,
  treaty: 'ottawa-convention',
  version: 1,
  conflicts: [],
  alerts: [],
  stages: [
    {
      action: 'joined',
      date: '1999-01-01',
      origin: 'record',
      sources: [{ articleId: 'record', label: 'UNTC', url: 'https://treaties.un.org/z', role: 'background' }],
      firstSeen: '2025-01-01T00:00:00.000Z',
      novelty: 'RECORD',
    },
  ],
});

export class MemoryRecord implements RecordPort {
  editions: Edition[] = [];
  timelineList: Timeline[] = [];
  alertList: AlertRecord[] = [];
  async archive(limit: number, before?: string) {
    const sorted = this.editions
      .map(archiveEntryOf)
      .sort((a, b) => `${b.createdAt}#${b.editionId}`.localeCompare(`${a.createdAt}#${a.editionId}`));
    const rest = before ? sorted.filter((e) => `${e.createdAt}#${e.editionId}` < before) : sorted;
    const shown = rest.slice(0, limit);
    const last = shown.at(-1);
    return { entries: shown, next: rest.length > limit && last ? `${last.createdAt}#${last.editionId}` : undefined };
  }
  async edition(id: string) {
    return this.editions.find((e) => e.editionId === id);
  }
  async treatyTimelines(treaty: string) {
    return this.timelineList.filter((t) => t.treaty === treaty);
  }
  async stateTimelines(state: string, treaties: string[]) {
    return this.timelineList.filter((t) => t.state === state && treaties.includes(t.treaty));
  }
  async timelines(pairs: { state: string; treaty: string }[]) {
    return this.timelineList.filter((t) => pairs.some((p) => p.state === t.state && p.treaty === t.treaty));
  }
  async recentAlerts(limit: number) {
    return [...this.alertList].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  }
  async alerts(ids: string[]) {
    return this.alertList.filter((a) => ids.includes(a.alertId));
  }
}

export function makeRecord() {
  const record = new MemoryRecord();
  const deps: RecordDeps = {
    record,
    treaties: recordTreaties(TREATIES, names),
    states: [
      { code: 'FIN', name: 'Finland' },
      { code: 'HUN', name: 'Hungary' },
      { code: 'UKR', name: 'Ukraine' },
    ],
    names,
    conflicts: [{ iso3: 'UKR', since: '2022-02-24', until: null }],
    clock: { now: () => '2026-12-06T08:00:00.000Z' },
    baseUrl: () => 'https://tw.example/',
  };
  const get = async (target: string, headers: Record<string, string> = {}, method = 'GET') => {
    const url = new URL(target, 'https://tw.example');
    const req: WebRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: { host: 'tw.example', ...headers },
      body: '',
      sourceIp: '203.0.113.7',
    };
    return handleRecord(req, deps);
  };
  return { record, deps, get };
}
