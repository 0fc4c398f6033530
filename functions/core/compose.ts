// Compose use case: an alert becomes one instant edition, rendered once, and its audience
// is queued for sending in small batches.
// Primary course: 1. reuse the edition if it exists, else render and store it once,
// 2. find the audience by Query on topics, 3. enqueue recipient batches.
import { pairKey } from './detection-plan';
import type { AlertRecord, Edition } from './records';
import { instantAudience, instantEditionId, toSendBatches } from './editions';
import type { TreatyRecord } from './facts';
import { recentTreatySteps, whatHappensNext } from './next-step';
import type { Clock, EditionPort, Names, SendQueuePort, SubscriberPort, TimelinePort } from './ports';
import type { ArmedConflict } from './schedule';
import { alertSources, type Timeline } from './timeline';
import type { EditionContent, RenderedEdition, AlertItem } from '#core/edition-content';

/** What an alert is read against for "What happens next" and "Also on this treaty". */
export interface AlertContext {
  /** Every stored timeline of one treaty (a Query on the record index, never a Scan). */
  treatyTimelines(treaty: string): Promise<Timeline[]>;
  treaty(id: string): TreatyRecord | undefined;
  conflicts: ArmedConflict[];
  names: Names;
  /** Base of the public pages the e-mail links to (the treaty page). */
  publicBaseUrl: string;
}

export interface ComposeDeps {
  editions: EditionPort;
  subscribers: SubscriberPort;
  queue: SendQueuePort;
  render(content: EditionContent): Promise<RenderedEdition> | RenderedEdition;
  clock: Clock;
  /** Without it an alert says what happened only (tests of the send path, old callers). */
  context?: AlertContext;
  /** Where the alert's sources stand now (corroborating reports detected since it was raised). */
  timelines?: Pick<TimelinePort, 'getMany'>;
  /** The edition's public web view ("View in browser"), when the web function serves one. */
  editionUrl?(editionId: string): string;
}

/**
 * Alerts as an e-mail shows them: an alert record holds the sources of the reports that raised
 * it; its timeline also holds every report detected since (the rest of a batch, syndicated
 * copies, corroborations), so an e-mail lists every source known when it is rendered.
 * One BatchGet for all the alerts' timelines.
 */
export async function withCurrentSources(
  alerts: AlertRecord[],
  timelines?: Pick<TimelinePort, 'getMany'>,
): Promise<AlertRecord[]> {
  if (!timelines || alerts.length === 0) return alerts;
  const byPair = new Map(alerts.map((a) => [pairKey(a.state, a.treaty), { state: a.state, treaty: a.treaty }]));
  const pairs = [...byPair.values()];
  const found = await timelines.getMany(pairs);
  return alerts.map((alert) => {
    const timeline = found.get(pairKey(alert.state, alert.treaty));
    const sources = timeline ? alertSources(timeline, alert.alertId) : [];
    return sources.length >= alert.sources.length ? { ...alert, sources } : alert;
  });
}

export interface ComposeResult {
  editionId: string;
  created: boolean;
  recipients: number;
  batches: number;
}

/** What an e-mail shows of an alert; every field from an article is escaped by the renderer. */
export function alertItem(alert: AlertRecord): AlertItem {
  return {
    ...(alert.kind === 'reminder' ? { kind: 'reminder' as const } : {}),
    ...(alert.effectiveNote ? { effectiveNote: alert.effectiveNote } : {}),
    stateCode: alert.state,
    stateName: alert.stateName,
    treatyId: alert.treaty,
    treatyName: alert.treatyName,
    ...(alert.catalogued === false ? { catalogued: false as const } : {}),
    actions: alert.actions,
    date: alert.date,
    novelty: alert.novelty,
    headline: alert.headline,
    evidence: alert.evidence,
    sources: alert.sources.map((s) => ({
      title: s.title,
      outlet: s.outlet,
      url: s.url,
      published: s.published ?? undefined,
      label: s.url ? (s.outlet ?? s.title ?? s.url) : s.label,
    })),
    conflicts: alert.conflicts.map((c) => ({
      what: c.action,
      claimed: c.claimed ?? 'undated',
      record: c.record ?? 'undated',
      source: c.source,
    })),
  };
}

export const treatyPageUrl = (base: string, treaty: string) =>
  `${base.replace(/\/+$/, '')}/treaties/${encodeURIComponent(treaty)}`;

/**
 * Adds "What happens next" and "Also on this treaty" to development items, from the treaty's
 * timelines as the store holds them now (one Query per treaty). Reminders stay short.
 */
export async function withContext(
  items: { alert: AlertRecord; item: AlertItem }[],
  context: AlertContext | undefined,
): Promise<void> {
  if (!context) return;
  const byTreaty = new Map<string, Promise<Timeline[]>>();
  for (const { alert, item } of items) {
    const treaty = context.treaty(alert.treaty);
    if (alert.kind === 'reminder' || !treaty) continue;
    if (!byTreaty.has(alert.treaty)) byTreaty.set(alert.treaty, context.treatyTimelines(alert.treaty));
    const timelines = await byTreaty.get(alert.treaty)!;
    const asOf = alert.createdAt.slice(0, 10);
    const own = timelines.find((t) => t.state === alert.state) ?? { stages: [], schedule: undefined };
    const { state, stateName } = alert;
    item.whatNext = whatHappensNext({ state, stateName, treaty, timeline: own, conflicts: context.conflicts, asOf });
    const lines = recentTreatySteps(timelines, { exceptState: alert.state, asOf, stateName: context.names.state });
    if (lines.length) item.alsoOnTreaty = { treatyUrl: treatyPageUrl(context.publicBaseUrl, alert.treaty), lines };
  }
}

export async function composeInstant(alert: AlertRecord, deps: ComposeDeps): Promise<ComposeResult> {
  const editionId = instantEditionId(alert);
  let edition = await deps.editions.get(editionId);
  let created = false;
  if (!edition) {
    const createdAt = deps.clock.now();
    const [current] = await withCurrentSources([alert], deps.timelines);
    const item = alertItem(current);
    await withContext([{ alert: current, item }], deps.context);
    const rendered = await deps.render({
      kind: 'instant',
      editionId,
      generatedAt: createdAt,
      items: [item],
      webUrl: deps.editionUrl?.(editionId),
    });
    const draft: Edition = {
      editionId,
      kind: 'instant',
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      alertIds: [alert.alertId],
      about: { state: alert.state, treaty: alert.treaty },
      topics: instantAudience(alert),
      frequency: 'instant',
      createdAt,
    };
    ({ edition, created } = await deps.editions.putOnce(draft));
  }
  const ids = await deps.subscribers.idsForTopics(edition.topics, edition.frequency);
  const batches = toSendBatches(editionId, ids);
  await deps.queue.enqueue(batches);
  return { editionId, created, recipients: ids.length, batches: batches.length };
}
