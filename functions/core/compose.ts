// Compose use case: an alert becomes one instant edition, rendered once, and its audience
// is queued for sending in small batches.
// Primary course: 1. reuse the edition if it exists, else render and store it once,
// 2. find the audience by Query on topics, 3. enqueue recipient batches.
import { pairKey, type AlertRecord } from './detection-plan';
import { instantAudience, instantEditionId, toSendBatches, type Edition } from './editions';
import type { Clock, EditionPort, SendQueuePort, SubscriberPort, TimelinePort } from './ports';
import { alertSources } from './timeline';
import type { EditionContent, RenderedEdition, AlertItem } from '#core/edition-content';

export interface ComposeDeps {
  editions: EditionPort;
  subscribers: SubscriberPort;
  queue: SendQueuePort;
  render(content: EditionContent): Promise<RenderedEdition> | RenderedEdition;
  clock: Clock;
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
      label: s.url ? s.outlet ?? s.title ?? s.url : s.label,
    })),
    conflicts: alert.conflicts.map((c) => ({
      what: c.action,
      claimed: c.claimed ?? 'undated',
      record: c.record ?? 'undated',
      source: c.source,
    })),
  };
}

export async function composeInstant(alert: AlertRecord, deps: ComposeDeps): Promise<ComposeResult> {
  const editionId = instantEditionId(alert);
  let edition = await deps.editions.get(editionId);
  let created = false;
  if (!edition) {
    const createdAt = deps.clock.now();
    const items = (await withCurrentSources([alert], deps.timelines)).map(alertItem);
    const rendered = await deps.render({
      kind: 'instant', editionId, generatedAt: createdAt, items, webUrl: deps.editionUrl?.(editionId),
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
