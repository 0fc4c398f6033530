// The public record's routes, answered before the subscribe app: GET (and HEAD) only, every
// answer cacheable with an ETag and a 304 on revalidation. Unknown treaty, state or edition: 404.
// Primary course: 1. match the path, 2. read by key or Query (RecordPort), 3. build the page or
// feed, 4. answer with validators.
import type { AlertRecord } from '#core/records';
import type { Clock, RecordPort } from '#core/ports';
import type { TreatyRecord } from '#core/facts';
import {
  alertIdsOf,
  ARCHIVE_CURSOR,
  EDITION_ID,
  groupByTheme,
  newestFirst,
  standingsByRecency,
  type StandingContext,
} from '#core/record';
import type { ArmedConflict } from '#core/schedule';
import { alertSources, type Timeline } from '#core/timeline';
import type { WebRequest, WebResponse } from '#web/app/http';
import { EDITION_HEADERS, editionWebView } from './edition-view';
import { atomFeed, jsonFeed, type FeedItem, type FeedMeta } from './feeds';
import { cacheable, html, notFound, PAGE_MAX_AGE, RECORD_HEADERS } from './layout';
import {
  archivePage,
  editionHref,
  feedLinks,
  statePage,
  treatiesPage,
  treatyPage,
  type RecordNames,
  type TreatyInfo,
} from './pages';

export interface RecordDeps {
  record: RecordPort;
  /** The catalogue, in the order pages list it (theme read when the record has one). */
  treaties: (TreatyInfo & { record: TreatyRecord })[];
  states: { code: string; name: string }[];
  names: RecordNames;
  conflicts: ArmedConflict[];
  clock: Clock;
  /** Absolute base of links in feeds (the public URL: CloudFront on AWS). */
  baseUrl(): string;
}

export const ARCHIVE_PAGE_SIZE = 20;
export const FEED_SIZE = 50;
const EDITION_MAX_AGE = 3600;

/** Catalogue entries from the fact base's treaty records (`theme` when the record has one). */
export function recordTreaties(treaties: TreatyRecord[], names: RecordNames): RecordDeps['treaties'] {
  return treaties.map((tr) => {
    const extra = tr as TreatyRecord & { theme?: string };
    return {
      id: tr.id,
      name: names.treaty(tr.id),
      officialName: tr.official_name,
      theme: extra.theme,
      depositary: tr.depositary,
      record: tr,
    };
  });
}

const RECORD_PATH = /^\/(?:archive|treaties|states|feed\.(?:xml|json))(?:\/|$)/;
const ATOM = 'application/atom+xml; charset=utf-8';
const JSON_FEED = 'application/feed+json; charset=utf-8';

/** Cursor in the URL: base64url of `createdAt#editionId`, checked before it reaches a key. */
const encodeCursor = (c: string) => Buffer.from(c, 'utf8').toString('base64url');
function decodeCursor(raw: string | null): string | undefined | null {
  if (raw === null) return undefined;
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(raw)) return null;
  const c = Buffer.from(raw, 'base64url').toString('utf8');
  return ARCHIVE_CURSOR.test(c) ? c : null;
}

export function isRecordPath(path: string): boolean {
  return RECORD_PATH.test(path);
}

/** The record's answer, or undefined when the path is not the record's (the subscribe app's). */
export async function handleRecord(req: WebRequest, deps: RecordDeps): Promise<WebResponse | undefined> {
  if (!isRecordPath(req.path)) return undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return {
      status: 405,
      headers: { ...RECORD_HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
      body: 'Only GET and HEAD.',
    };
  }
  const res = await route(req, deps);
  return req.method === 'HEAD' ? { ...res, body: '' } : res;
}

async function route(req: WebRequest, deps: RecordDeps): Promise<WebResponse> {
  const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
  const parts = path
    .split('/')
    .slice(1)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '\u0000';
      }
    });
  const base = deps.baseUrl().replace(/\/+$/, '');
  if (path === '/feed.xml' || path === '/feed.json') {
    const alerts = await deps.record.recentAlerts(FEED_SIZE);
    const pairs = [
      ...new Map(alerts.map((a) => [`${a.state}|${a.treaty}`, { state: a.state, treaty: a.treaty }])).values(),
    ];
    const timelines = await deps.record.timelines(pairs);
    return feed(req, path.endsWith('.xml') ? 'atom' : 'json', withSources(alerts, timelines), {
      self: `${base}${path}`,
      page: `${base}/archive`,
      title: 'Treaty Watch — every alert',
      base,
    });
  }
  if (parts[0] === 'archive') {
    if (parts.length === 1) return archive(req, deps);
    if (parts.length === 2) return edition(req, deps, parts[1]);
  }
  if (parts[0] === 'treaties') {
    if (parts.length === 1) {
      const groups = groupByTheme(deps.treaties);
      return cacheable(
        req,
        200,
        html,
        treatiesPage(groups, feedLinks(base, 'Treaty Watch — every alert')),
        PAGE_MAX_AGE,
      );
    }
    const treaty = deps.treaties.find((tr) => tr.id === parts[1]);
    if (!treaty) return notFound('We do not follow a treaty with this id. The list of treaties is at /treaties.');
    const links = feedLinks(`${base}/treaties/${encodeURIComponent(treaty.id)}`, `Treaty Watch — ${treaty.name}`);
    if (parts.length === 2) {
      const standings = standingsByRecency(await deps.record.treatyTimelines(treaty.id), context(deps));
      return cacheable(req, 200, html, treatyPage(treaty, standings, deps.names, links), PAGE_MAX_AGE);
    }
    if (parts.length === 3 && /^feed\.(xml|json)$/.test(parts[2])) {
      const timelines = await deps.record.treatyTimelines(treaty.id);
      const alerts = newestFirst(await deps.record.alerts(alertIdsOf(timelines, FEED_SIZE)));
      const page = `${base}/treaties/${encodeURIComponent(treaty.id)}`;
      return feed(req, parts[2].endsWith('xml') ? 'atom' : 'json', withSources(alerts, timelines), {
        self: `${page}/${parts[2]}`,
        page,
        title: links.title,
        base,
      });
    }
  }
  if (parts[0] === 'states' && parts.length >= 2) {
    const state = deps.states.find((s) => s.code === parts[1].toUpperCase());
    if (!state)
      return notFound('There is no state with this ISO 3166 alpha-3 code in our list (for example, /states/UKR).');
    if (state.code !== parts[1])
      return redirect(`/states/${state.code}${parts.length > 2 ? `/${parts.slice(2).join('/')}` : ''}`);
    const page = `${base}/states/${state.code}`;
    const links = feedLinks(page, `Treaty Watch — ${state.name}`);
    const timelines = await deps.record.stateTimelines(
      state.code,
      deps.treaties.map((tr) => tr.id),
    );
    if (parts.length === 2) {
      return cacheable(
        req,
        200,
        html,
        statePage(state, standingsByRecency(timelines, context(deps)), deps.names, links),
        PAGE_MAX_AGE,
      );
    }
    if (parts.length === 3 && /^feed\.(xml|json)$/.test(parts[2])) {
      const alerts = newestFirst(await deps.record.alerts(alertIdsOf(timelines, FEED_SIZE)));
      return feed(req, parts[2].endsWith('xml') ? 'atom' : 'json', withSources(alerts, timelines), {
        self: `${page}/${parts[2]}`,
        page,
        title: links.title,
        base,
      });
    }
  }
  return notFound('There is no page at this address.');
}

function context(deps: RecordDeps): StandingContext {
  const byId = new Map(deps.treaties.map((tr) => [tr.id, tr.record]));
  return { treaty: (id) => byId.get(id), conflicts: deps.conflicts, today: deps.clock.now().slice(0, 10) };
}

function redirect(location: string): WebResponse {
  return { status: 301, headers: { ...RECORD_HEADERS, location, 'cache-control': 'public, max-age=86400' }, body: '' };
}

/** Each alert with the sources its timeline now holds for it (corroborations came later). */
function withSources(alerts: AlertRecord[], timelines: Timeline[]): FeedItem[] {
  const byPair = new Map(timelines.map((tl) => [`${tl.state}|${tl.treaty}`, tl]));
  return alerts.map((alert) => {
    const timeline = byPair.get(`${alert.state}|${alert.treaty}`);
    return { alert, sources: timeline ? alertSources(timeline, alert.alertId) : undefined };
  });
}

function feed(req: WebRequest, kind: 'atom' | 'json', alerts: FeedItem[], meta: FeedMeta): WebResponse {
  const body = kind === 'atom' ? atomFeed(alerts, meta) : jsonFeed(alerts, meta);
  return cacheable(req, 200, kind === 'atom' ? ATOM : JSON_FEED, body, PAGE_MAX_AGE);
}

async function archive(req: WebRequest, deps: RecordDeps): Promise<WebResponse> {
  const before = decodeCursor(req.query.get('before'));
  if (before === null)
    return notFound('This archive page address is not valid. Start from the newest editions at /archive.');
  const page = await deps.record.archive(ARCHIVE_PAGE_SIZE, before);
  const base = deps.baseUrl().replace(/\/+$/, '');
  const nav = {
    newer: before ? '/archive' : undefined,
    older: page.next ? `/archive?before=${encodeCursor(page.next)}` : undefined,
  };
  return cacheable(
    req,
    200,
    html,
    archivePage(page, deps.names, nav, feedLinks(base, 'Treaty Watch — every alert')),
    PAGE_MAX_AGE,
  );
}

async function edition(req: WebRequest, deps: RecordDeps, editionId: string): Promise<WebResponse> {
  const found = EDITION_ID.test(editionId) ? await deps.record.edition(editionId) : undefined;
  if (!found) return notFound('There is no edition with this id in the archive.');
  const covers = found.covers ?? (found.about ? [found.about] : []);
  const about = covers.flatMap((c) => [
    { href: `/treaties/${encodeURIComponent(c.treaty)}`, text: deps.names.treaty(c.treaty) },
    { href: `/states/${encodeURIComponent(c.state)}`, text: deps.names.state(c.state) },
  ]);
  const unique = [...new Map(about.map((a) => [a.href, a])).values()];
  const self = `${deps.baseUrl().replace(/\/+$/, '')}${editionHref(editionId)}`;
  return cacheable(req, 200, html, editionWebView(found, unique, self), EDITION_MAX_AGE, EDITION_HEADERS);
}
