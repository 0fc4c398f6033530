// The public record's pages: archive, catalogue, treaty, state. Plain semantic HTML, no script.
// Everything that came from an article or the store goes through t() (escaped, controls and
// bidi overrides removed) or safeUrl() (http(s) links only).
import { editionPath, type Standing } from '#core/record';
import type { ArchiveEntry, ArchivePage } from '#core/records';
import type { SourceRef } from '#core/timeline';
import { actionLabel, formatDate } from '#core/wording';
import { attr, recordLayout, safeUrl, t, type FeedLinks } from './layout';

export interface RecordNames {
  state(iso3: string): string;
  treaty(id: string): string;
}

export interface TreatyInfo {
  id: string;
  name: string;
  officialName: string;
  theme?: string;
  depositary?: string;
}

/** Who holds the other version of a disputed fact. */
const HOLDER: Record<string, string> = {
  record: 'the record says',
  schedule: 'the treaty’s schedule says',
  news: 'earlier reports say',
};
const KIND_LABEL: Record<string, string> = { instant: 'Alert', daily: 'Daily digest', weekly: 'Weekly digest' };
const MAX_SOURCES = 12;

const time = (date: string | null | undefined) =>
  date && /^\d{4}(-\d{2}){0,2}$/.test(date)
    ? `<time datetime="${attr(date)}">${t(formatDate(date))}</time>`
    : t(formatDate(date ?? null));
const dayOf = (iso: string) => time(iso.slice(0, 10));
const treatyHref = (id: string) => `/treaties/${encodeURIComponent(id)}`;
const stateHref = (iso3: string) => `/states/${encodeURIComponent(iso3)}`;
export const editionHref = editionPath;

export const feedLinks = (base: string, title: string): FeedLinks => ({
  atom: `${base}/feed.xml`,
  json: `${base}/feed.json`,
  title,
});

/** A source's name: its title or outlet; a bare URL shows as its host (the link keeps it whole). */
function sourceName(source: SourceRef, url: string | null, prefer: 'title' | 'outlet'): string {
  const named = prefer === 'title' ? source.title || source.outlet : source.outlet || source.title;
  if (named) return named;
  if (url && (!source.label || source.label === source.url)) return new URL(url).hostname.replace(/^www\./, '');
  return source.label || 'source';
}

function sourceItem(source: SourceRef): string {
  const url = safeUrl(source.url);
  const text = t(sourceName(source, url, 'title'), 300);
  const link = url ? `<a href="${attr(url)}">${text}</a>` : text;
  const meta = [source.title ? t(source.outlet, 120) : '', source.published ? time(source.published) : ''].filter(
    Boolean,
  );
  return `<li>${link}${meta.length ? ` — ${meta.join(', ')}` : ''}</li>`;
}

export function sourcesList(sources: SourceRef[]): string {
  const shown = sources.slice(0, MAX_SOURCES).map(sourceItem).join('');
  const more = sources.length > MAX_SOURCES ? `<p class="muted">and ${sources.length - MAX_SOURCES} more.</p>` : '';
  return `<ol class="sources">${shown}</ol>${more}`;
}

function effectText(s: Standing): string | undefined {
  const e = s.effect;
  if (!e) return undefined;
  const when = e.date ? `${e.past ? '' : 'on '}${time(e.date)} ` : '';
  const basis = e.date
    ? `(${t(e.basis, 300)}${e.computed ? ', computed from the treaty’s clause' : ''})`
    : t(e.basis, 300);
  const deferred = e.deferred ? ` — ${t(e.deferred, 300)}` : '';
  return `${e.past && e.date ? 'took effect ' : ''}${when}${basis}${deferred}`;
}

/** One state × treaty: stage reached, steps, next step, effect, disputes, sources, alerts. */
export function standingCard(s: Standing, names: RecordNames, heading: 'state' | 'treaty'): string {
  const id = heading === 'state' ? s.state : s.treaty;
  const title =
    heading === 'state'
      ? `<a href="${attr(stateHref(s.state))}">${t(names.state(s.state), 120)}</a>`
      : `<a href="${attr(treatyHref(s.treaty))}">${t(names.treaty(s.treaty), 200)}</a>`;
  const rows = [
    [
      'Stage reached',
      `${t(actionLabel(s.reached.action))}, ${time(s.reached.date)}${s.reached.origin === 'news' ? ' (reported)' : ''}`,
    ],
    ['Steps', s.stages.map((st) => `${t(actionLabel(st.action))} (${time(st.date)})`).join(' → ')],
  ];
  if (s.next) rows.push(['Next step', t(s.next.text, 300)]);
  const effect = effectText(s);
  if (effect) rows.push(['Takes effect', effect]);
  const disputed = s.disputed
    .map(
      (c) =>
        `<p class="disputed"><strong>Disputed:</strong> ${t(actionLabel(c.action))} — ` +
        `a report says ${time(c.claimed)}, ` +
        `${HOLDER[c.recordOrigin]} ${time(c.record)}` +
        ` (${sourceInline(c.source)}).</p>`,
    )
    .join('\n');
  const alerts = s.alertIds.length
    ? `<p>Alerts: ${s.alertIds
        .map((a) => `<a href="${attr(editionHref(`instant-${a}`))}">read the alert</a>`)
        .join(', ')}</p>`
    : '';
  return `<section class="standing" id="${attr(id)}" aria-labelledby="h-${attr(id)}">
<h3 id="h-${attr(id)}">${title} <span class="badge ${s.status}">${s.status}</span></h3>
<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
${disputed}
<p><strong>Sources</strong></p>
${sourcesList(s.sources)}
${alerts}
</section>`;
}

function sourceInline(source: SourceRef): string {
  const url = safeUrl(source.url);
  const text = t(sourceName(source, url, 'outlet'), 200);
  return url ? `<a href="${attr(url)}">${text}</a>` : text;
}

/** The states with nothing under way, compactly: name, stage, date. */
function quietTable(standings: Standing[], names: RecordNames, heading: 'state' | 'treaty', caption: string): string {
  if (standings.length === 0) return '';
  const rows = standings.map((s) => {
    const name =
      heading === 'state'
        ? `<a href="${attr(stateHref(s.state))}">${t(names.state(s.state), 120)}</a>`
        : `<a href="${attr(treatyHref(s.treaty))}">${t(names.treaty(s.treaty), 200)}</a>`;
    const src = s.sources[0] ? sourceInline(s.sources[0]) : '';
    // The status word ("party", "signatory"): "joined (ratification/accession)" is too wide at 375 px.
    return `<tr><th scope="row">${name}</th><td>${s.status}</td><td>${time(s.reached.date)}</td><td>${src}</td></tr>`;
  });
  return `<table>
<caption>${t(caption)}</caption>
<thead><tr><th scope="col">${heading === 'state' ? 'State' : 'Treaty'}</th><th scope="col">Status</th>
<th scope="col">Since</th><th scope="col">Source</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function follow(href: string, what: string, feeds: FeedLinks): string {
  return (
    `<p class="follow"><a href="${attr(href)}">Get e-mails about ${t(what, 200)}</a> · ` +
    `feeds: <a href="${attr(feeds.atom)}">Atom</a>, <a href="${attr(feeds.json)}">JSON Feed</a></p>`
  );
}

export function archivePage(
  page: ArchivePage,
  names: RecordNames,
  nav: { newer?: string; older?: string },
  feeds: FeedLinks,
): string {
  const item = (e: ArchiveEntry) => {
    const covers = e.covers
      .map(
        (c) =>
          `<a href="${attr(stateHref(c.state))}">${t(names.state(c.state), 120)}</a> · ` +
          `<a href="${attr(treatyHref(c.treaty))}">${t(names.treaty(c.treaty), 200)}</a>`,
      )
      .join('; ');
    return `<li><h2><a href="${attr(editionHref(e.editionId))}">${t(e.subject, 300)}</a></h2>
<p class="meta">${KIND_LABEL[e.kind] ?? t(e.kind)} · ${dayOf(e.createdAt)}</p>
${covers ? `<p>About: ${covers}</p>` : ''}</li>`;
  };
  const list = page.entries.length
    ? `<ol class="entries">\n${page.entries.map(item).join('\n')}\n</ol>`
    : '<p>No edition has been sent yet.</p>';
  const pager =
    nav.newer || nav.older
      ? '<nav class="pager" aria-label="Pages">' +
        `${nav.newer ? `<a href="${attr(nav.newer)}" rel="prev">← Newer editions</a>` : '<span></span>'}` +
        `${nav.older ? `<a href="${attr(nav.older)}" rel="next">Older editions →</a>` : ''}</nav>`
      : '';
  return recordLayout(
    'Archive',
    `<h1>Archive</h1>
<p>Every edition Treaty Watch has sent — alerts and digests — newest first.
Each is shown as it was mailed, without anyone’s links.</p>
${follow('/subscribe', 'every treaty and state', feeds)}
${list}
${pager}`,
    feeds,
  );
}

function treatyItem(tr: TreatyInfo): string {
  const official = tr.officialName !== tr.name ? `<p class="meta">${t(tr.officialName, 400)}</p>` : '';
  return `<li><h3><a href="${attr(treatyHref(tr.id))}">${t(tr.name, 200)}</a></h3>${official}</li>`;
}

export function treatiesPage(groups: { label: string; treaties: TreatyInfo[] }[], feeds: FeedLinks): string {
  // Until treaty records carry themes, everything is in "Other": call it what it is.
  if (groups.length === 1 && groups[0].label === 'Other') groups = [{ ...groups[0], label: 'All treaties' }];
  const sections = groups
    .map(
      (g) => `<section aria-labelledby="g-${attr(g.label.replace(/\W+/g, '-'))}">
<h2 id="g-${attr(g.label.replace(/\W+/g, '-'))}">${t(g.label)}</h2>
<ul class="entries">
${g.treaties.map(treatyItem).join('\n')}
</ul>
</section>`,
    )
    .join('\n');
  return recordLayout(
    'Treaties',
    `<h1>Treaties we follow</h1>
<p>Where every state stands on each treaty: the stage reached, the next step and when a withdrawal
takes effect, with sources.</p>
${sections}`,
    feeds,
  );
}

function standingsBody(
  standings: Standing[],
  names: RecordNames,
  heading: 'state' | 'treaty',
  quietCaption: string,
): string {
  const developing = standings.filter((s) => s.developing);
  const quiet = standings.filter((s) => !s.developing);
  const cards = developing.length
    ? `<h2>Developments, most recent first</h2>\n${developing.map((s) => standingCard(s, names, heading)).join('\n')}`
    : '<h2>Developments</h2>\n<p>Nothing under way on the record.</p>';
  const table = quiet.length ? `<h2>${t(quietCaption)}</h2>\n${quietTable(quiet, names, heading, quietCaption)}` : '';
  return `${cards}\n${table}`;
}

export function treatyPage(treaty: TreatyInfo, standings: Standing[], names: RecordNames, feeds: FeedLinks): string {
  const depositary = treaty.depositary ? `<p class="meta">Depositary: ${t(treaty.depositary, 200)}</p>` : '';
  const quietCount = standings.filter((s) => !s.developing).length;
  return recordLayout(
    treaty.name,
    `<h1>${t(treaty.name, 200)}</h1>
<p class="meta">${t(treaty.officialName, 400)}</p>
${depositary}
${follow(`/subscribe?treaty=${encodeURIComponent(treaty.id)}`, `the ${treaty.name.replace(/^the /i, '')}`, feeds)}
${standingsBody(standings, names, 'state', `Other states on the record (${quietCount})`)}`,
    feeds,
  );
}

const NO_TREATY = '<p>No treaty we follow has this state on the record.</p>';

export function statePage(
  state: { code: string; name: string },
  standings: Standing[],
  names: RecordNames,
  feeds: FeedLinks,
): string {
  return recordLayout(
    state.name,
    `<h1>${t(state.name, 120)}</h1>
<p class="meta">ISO code ${t(state.code, 3)} · the treaties Treaty Watch follows</p>
${follow(`/subscribe?state=${encodeURIComponent(state.code)}`, state.name, feeds)}
${standings.length ? standingsBody(standings, names, 'treaty', 'Other treaties on the record') : NO_TREATY}`,
    feeds,
  );
}
