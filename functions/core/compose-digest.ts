// Digest use case (daily, weekly; on a schedule): the period's alerts and disputed facts,
// rendered once per segment — subscribers who should get exactly the same items — and queued.
// Primary course: 1. read the period's entries (Query per day), 2. find the audience by Query
// on topics, 3. per subscriber: the items they follow, minus alerts they already received as
// instant e-mails (ledger), 4. group identical item sets, render each once, 5. enqueue.
// Instant subscribers get the daily "Corrections and disputed facts" for what they follow
// (a conflict with no alert never makes an instant e-mail).
// Withdrawals taking effect (reminders.ts): the daily run creates the day's reminder alerts
// (instant followers get them by the alert path) and digests show those of their period.
import { createHash } from 'node:crypto';
import type { AlertItem, EditionContent, RenderedEdition } from '#core/edition-content';
import { alertItem, withContext, withCurrentSources, type AlertContext } from './compose';
import type { AlertRecord, DigestEntry, Edition, Pair } from './records';
import { periodDays } from './digest-index';
import { instantEditionId, toSendBatches } from './editions';
import type {
  Clock,
  DigestEntryPort,
  EditionPort,
  Names,
  ReminderPort,
  SendQueuePort,
  SubscriberPort,
  TimelinePort,
} from './ports';
import { remindersDue } from './reminders';
import { audienceTopics, follows, type Frequency } from './subscriber';
import { actionLabel } from './wording';

export interface DigestDeps {
  entries: DigestEntryPort;
  alerts: { getMany(ids: string[]): Promise<AlertRecord[]> };
  subscribers: SubscriberPort;
  /** Which (edition, subscriber) ledger rows exist. */
  ledger: { existing(rows: { editionId: string; subscriberId: string }[]): Promise<Set<string>> };
  editions: EditionPort;
  queue: SendQueuePort;
  render(content: EditionContent): Promise<RenderedEdition> | RenderedEdition;
  names: Names;
  clock: Clock;
  /** Effective-date reminders; without them a digest has none. */
  reminders?: ReminderPort;
  /** Where each alert's sources stand now (see withCurrentSources); reminders are checked against them. */
  timelines?: Pick<TimelinePort, 'getMany'>;
  /** "What happens next" and "Also on this treaty" for each development. */
  context?: AlertContext;
  editionUrl?(editionId: string): string;
}

export interface DigestResult {
  kind: 'daily' | 'weekly';
  days: string[];
  alerts: number;
  corrections: number;
  reminders: number;
  editions: string[];
  recipients: number;
}

interface Entry {
  id: string;
  pair: Pair;
  item: AlertItem;
  alertId?: string;
}

function conflictItem(e: DigestEntry, names: Names): AlertItem {
  const c = e.conflict!;
  return {
    stateCode: e.state,
    stateName: names.state(e.state),
    treatyId: e.treaty,
    treatyName: names.treaty(e.treaty),
    actions: [c.action],
    date: c.claimed,
    novelty: 'CONFLICT',
    headline: `Reports disagree: ${names.state(e.state)}, ${names.treaty(e.treaty)} — ${actionLabel(c.action)}`,
    evidence: c.source.evidence ?? '',
    sources: [
      {
        label: c.source.label,
        url: c.source.url,
        title: c.source.title,
        outlet: c.source.outlet,
        published: c.source.published ?? undefined,
      },
    ],
    conflicts: [
      {
        what: actionLabel(c.action),
        claimed: c.claimed ?? 'undated',
        record: c.record ?? 'undated',
        source: c.recordOrigin === 'record' ? 'the treaty record' : 'earlier reports',
      },
    ],
  };
}

/** The days whose reminders a digest ending on `endDay` shows: that day, or the seven up to it. */
export function reminderDays(kind: 'daily' | 'weekly', endDay: string): string[] {
  const end = Date.parse(`${endDay}T00:00:00Z`);
  const n = kind === 'daily' ? 1 : 7;
  return Array.from({ length: n }, (_, i) => new Date(end - (n - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

export async function composeDigest(kind: 'daily' | 'weekly', endDay: string, deps: DigestDeps): Promise<DigestResult> {
  const days = periodDays(kind, endDay);
  const reminderRecords =
    deps.reminders && deps.timelines
      ? await remindersDue(reminderDays(kind, endDay), {
          ...deps,
          reminders: deps.reminders,
          timelines: deps.timelines,
        })
      : [];
  const reminders: Entry[] = reminderRecords.map((r) => ({
    id: r.alertId,
    alertId: r.alertId,
    pair: { state: r.state, treaty: r.treaty },
    item: alertItem(r),
  }));
  const entries = await deps.entries.forDays(days);
  const alertIds = [...new Set(entries.filter((e) => e.alertId).map((e) => e.alertId!))];
  const stored = (await deps.alerts.getMany(alertIds)).filter((a) => a.kind !== 'reminder');
  const alertRecords = await withCurrentSources(stored, deps.timelines);
  const alerted = new Set(alertRecords.map((a) => `${a.articleId}|${a.state}|${a.treaty}`));
  const alerts: Entry[] = alertRecords.map((a) => ({
    id: a.alertId,
    alertId: a.alertId,
    pair: { state: a.state, treaty: a.treaty },
    item: alertItem(a),
  }));
  await withContext(
    alertRecords.map((alert, i) => ({ alert, item: alerts[i].item })),
    deps.context,
  );
  // A conflict found together with an alert is already shown inside that alert.
  const corrections: Entry[] = entries
    .filter((e) => e.kind === 'conflict' && e.conflict && !alerted.has(`${e.articleId}|${e.state}|${e.treaty}`))
    .map((e) => ({ id: e.entryId, pair: { state: e.state, treaty: e.treaty }, item: conflictItem(e, deps.names) }));
  const result: DigestResult = {
    kind,
    days,
    alerts: alerts.length,
    corrections: corrections.length,
    reminders: reminders.length,
    editions: [],
    recipients: 0,
  };
  if (alerts.length + corrections.length + reminders.length === 0) return result;

  const segments = new Map<string, { alerts: Entry[]; corrections: Entry[]; reminders: Entry[]; ids: string[] }>();
  const assign = async (frequency: Frequency, pool: Entry[], fixes: Entry[], due: Entry[] = []) => {
    const everything = [...pool, ...fixes, ...due];
    const topics = [...new Set(everything.flatMap((e) => audienceTopics(e.pair.state, e.pair.treaty)))];
    const ids = await deps.subscribers.idsForTopics(topics, frequency);
    const subscribers = (await deps.subscribers.getMany(ids)).filter((s) => s.status === 'confirmed');
    const instantRows = subscribers.flatMap((s) =>
      pool
        .filter((a) => follows(s.topics, a.pair.state, a.pair.treaty))
        .map((a) => ({ editionId: instantEditionId({ alertId: a.alertId! }), subscriberId: s.subscriberId })),
    );
    const received = instantRows.length ? await deps.ledger.existing(instantRows) : new Set<string>();
    for (const s of subscribers) {
      const mine = pool.filter(
        (a) =>
          follows(s.topics, a.pair.state, a.pair.treaty) &&
          !received.has(`${instantEditionId({ alertId: a.alertId! })}|${s.subscriberId}`),
      );
      const fixesMine = fixes.filter((c) => follows(s.topics, c.pair.state, c.pair.treaty));
      const dueMine = due.filter((r) => follows(s.topics, r.pair.state, r.pair.treaty));
      if (mine.length + fixesMine.length + dueMine.length === 0) continue;
      const ids = (list: Entry[]) => list.map((e) => e.id).sort();
      const key = [...ids(mine), '|', ...ids(fixesMine), '|', ...ids(dueMine)].join(',');
      const segment = segments.get(key) ?? { alerts: mine, corrections: fixesMine, reminders: dueMine, ids: [] };
      segment.ids.push(s.subscriberId);
      segments.set(key, segment);
    }
  };
  await assign(kind, alerts, corrections, reminders);
  if (kind === 'daily' && corrections.length) await assign('instant', [], corrections);

  for (const [key, segment] of segments) {
    const editionId = `${kind}-${endDay}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    let edition = await deps.editions.get(editionId);
    if (!edition) {
      const createdAt = deps.clock.now();
      const rendered = await deps.render({
        kind,
        editionId,
        generatedAt: createdAt,
        items: segment.alerts.map((a) => a.item),
        corrections: segment.corrections.map((c) => c.item),
        reminders: segment.reminders.map((r) => r.item),
        webUrl: deps.editionUrl?.(editionId),
      });
      const all = [...segment.alerts, ...segment.corrections, ...segment.reminders];
      const covers = [...new Map(all.map((e) => [`${e.pair.state}|${e.pair.treaty}`, e.pair])).values()];
      const draft: Edition = {
        editionId,
        kind,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        alertIds: [...segment.alerts, ...segment.reminders].map((a) => a.alertId!),
        covers,
        topics: [],
        frequency: kind,
        createdAt,
      };
      edition = (await deps.editions.putOnce(draft)).edition;
    }
    await deps.queue.enqueue(toSendBatches(editionId, segment.ids));
    result.editions.push(editionId);
    result.recipients += segment.ids.length;
  }
  return result;
}
