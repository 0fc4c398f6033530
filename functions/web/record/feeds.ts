// Atom 1.0 and JSON Feed 1.1 of alerts. Each entry: title, date, summary, every source as a
// link, and a link to its page (the alert's edition in the archive). Article text is cleaned
// of control characters (illegal in XML 1.0) and escaped; only http(s) sources become links.
import type { AlertRecord } from '#core/records';
import type { SourceRef } from '#core/timeline';
import { actionLabel, formatDate } from '#core/wording';
import { cleanText, escapeHtml, safeUrl } from '#emails/escape';
import { editionHref } from './pages';

export interface FeedMeta {
  /** Absolute URL of the feed itself (its id). */
  self: string;
  /** The page the feed belongs to. */
  page: string;
  title: string;
  base: string;
}

/** An alert and the sources the record now holds for it (corroborations arrive after the alert). */
export interface FeedItem {
  alert: AlertRecord;
  sources?: SourceRef[];
}

interface Entry {
  id: string;
  title: string;
  url: string;
  date: string;
  summary: string;
  /** Every source: a link when it has an http(s) URL, else its name (a file, an outlet). */
  sources: { url?: string; title: string }[];
  alert: AlertRecord;
}

function entryOf({ alert, sources: current }: FeedItem, base: string): Entry {
  const stages = alert.actions.map(actionLabel).join(' → ');
  const evidence = cleanText(alert.evidence, 600).replace(/^["“”']+|["“”']+$/g, '');
  const all = current?.length ? current : alert.sources;
  const summary =
    `${cleanText(alert.stateName, 120)} · ${cleanText(alert.treatyName, 200)}: ` +
    `${stages} (${formatDate(alert.date)}).` +
    (evidence ? ` “${evidence}”` : '') +
    ` ${all.length} source(s).`;
  const sources = all.map((s) => {
    const url = safeUrl(s.url) ?? undefined;
    return { url, title: cleanText(s.title || s.outlet || s.label || url || 'source', 300) };
  });
  return {
    id: `urn:treaty-watch:alert:${alert.alertId}`,
    title: cleanText(alert.headline, 300),
    url: `${base}${editionHref(`instant-${alert.alertId}`)}`,
    date: new Date(alert.createdAt).toISOString(),
    summary,
    sources,
    alert,
  };
}

function contentHtml(e: Entry, base: string): string {
  const links = e.sources
    .map((s) => `<li>${s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title)}</li>`)
    .join('');
  const treaty = `${base}/treaties/${encodeURIComponent(e.alert.treaty)}`;
  return (
    `<p>${escapeHtml(e.summary)}</p>${links ? `<p>Sources:</p><ol>${links}</ol>` : ''}` +
    `<p><a href="${escapeHtml(e.url)}">Read the alert</a> · ` +
    `<a href="${escapeHtml(treaty)}">Where every state stands</a></p>`
  );
}

/** XML 1.0 also forbids lone surrogates and U+FFFE/U+FFFF, which cleanText() leaves in. */
const XML_ILLEGAL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
const x = (value: string) => escapeHtml(value.replace(XML_ILLEGAL, '\uFFFD'));
const EPOCH = '1970-01-01T00:00:00.000Z';

export function atomFeed(alerts: FeedItem[], meta: FeedMeta): string {
  const entries = alerts.map((a) => entryOf(a, meta.base));
  const updated = entries[0]?.date ?? EPOCH;
  const body = entries
    .map(
      (e) => `  <entry>
    <id>${x(e.id)}</id>
    <title type="text">${x(e.title)}</title>
    <updated>${e.date}</updated>
    <published>${e.date}</published>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
${e.sources
  .flatMap((s) => (s.url ? [`    <link rel="related" href="${x(s.url)}" title="${x(s.title)}"/>`] : []))
  .join('\n')}
    <category term="treaty:${x(e.alert.treaty)}" label="${x(cleanText(e.alert.treatyName, 200))}"/>
    <category term="state:${x(e.alert.state)}" label="${x(cleanText(e.alert.stateName, 120))}"/>
    <summary type="text">${x(e.summary)}</summary>
    <content type="html">${x(contentHtml(e, meta.base))}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${x(meta.self)}</id>
  <title type="text">${x(meta.title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${x(meta.self)}"/>
  <link rel="alternate" type="text/html" href="${x(meta.page)}"/>
  <author><name>Treaty Watch</name></author>
${body}
</feed>
`;
}

export function jsonFeed(alerts: FeedItem[], meta: FeedMeta): string {
  const items = alerts
    .map((a) => entryOf(a, meta.base))
    .map((e) => ({
      id: e.id,
      url: e.url,
      ...(e.sources.find((src) => src.url) ? { external_url: e.sources.find((src) => src.url)!.url } : {}),
      title: e.title,
      summary: e.summary,
      content_html: contentHtml(e, meta.base),
      date_published: e.date,
      date_modified: e.date,
      tags: [e.alert.treatyName, e.alert.stateName].map((s) => cleanText(s, 200)),
      _treaty_watch: {
        state: e.alert.state,
        treaty: e.alert.treaty,
        actions: e.alert.actions,
        date: e.alert.date,
        sources: e.sources,
      },
    }));
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: meta.title,
      home_page_url: meta.page,
      feed_url: meta.self,
      language: 'en',
      authors: [{ name: 'Treaty Watch' }],
      items,
    },
    null,
    2,
  );
}
