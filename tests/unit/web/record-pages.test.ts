// The public record's pages and feeds over in-memory data: escaping of article-derived text,
// what each page says, pagination, the edition web view, feeds read back, ETag/304.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseFeedXml } from '#core/sources/feed';
import type { Edition } from '#core/records';
import { alertOf, HOSTILE, makeRecord, quietTimeline, ukraineTimeline } from './record-fixture';
import { makeWeb } from './web-fixture';

const edition = (id: string, createdAt: string, over: Partial<Edition> = {}): Edition => ({
  editionId: id,
  kind: 'instant',
  subject: `Subject ${id}`,
  html: '<html><body><p>Body</p></body></html>',
  text: 'Body',
  alertIds: [],
  about: { state: 'UKR', treaty: 'ottawa-convention' },
  topics: [],
  frequency: 'instant',
  createdAt,
  ...over,
});

describe('treaty and state pages', () => {
  it('shows where each state stands, developments first, with next step, effect, disputes and sources', async () => {
    const { record, get } = makeRecord();
    record.timelineList.push(quietTimeline('FIN'), ukraineTimeline(), quietTimeline('HUN'));
    const res = (await get('/treaties/ottawa-convention'))!;
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.indexOf('id="UKR"')).toBeGreaterThan(-1);
    expect(body.indexOf('id="UKR"')).toBeLessThan(body.indexOf('Other states on the record'));
    expect(body).toContain('notification of withdrawal to the Secretary-General of the United Nations');
    expect(body).toContain('would take effect six months after notice reaches the UN Secretary-General (art. 20)');
    expect(body).toContain('not before the end of the armed conflict the state is engaged in, art. 20');
    expect(body).toContain('<a href="https://news.example/ukraine">Decree signed</a>');
    expect(body).toContain('seeds/articles/002.txt');
    expect(body).toContain('href="/subscribe?treaty=ottawa-convention"');
    expect(body).toContain('href="/archive/instant-UKR-ottawa-convention-1"');
    expect(body).toMatch(/<th scope="row"><a href="\/states\/FIN">Finland<\/a><\/th>/);
  });

  it('escapes article-derived text and links only http(s) sources', async () => {
    const { record, get } = makeRecord();
    const alert = alertOf({
      sources: [
        {
          articleId: 'h',
          label: HOSTILE,
          url: 'javascript:alert(3)',
          title: HOSTILE,
          outlet: HOSTILE,
          role: 'primary',
        },
      ],
    });
    record.timelineList.push(ukraineTimeline(alert));
    for (const path of ['/treaties/ottawa-convention', '/states/UKR']) {
      const body = (await get(path))!.body;
      expect(body).not.toContain('<script>alert(1)');
      expect(body).not.toContain('<img src=x');
      expect(body).not.toContain('javascript:');
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    }
  });

  it('shows one state across treaties and links to following that state', async () => {
    const { record, get } = makeRecord();
    record.timelineList.push(ukraineTimeline(), { ...quietTimeline('UKR'), treaty: 'rome-statute' });
    const body = (await get('/states/UKR'))!.body;
    expect(body).toContain('<h1>Ukraine</h1>');
    expect(body.indexOf('id="ottawa-convention"')).toBeGreaterThan(-1);
    expect(body).toContain('href="/treaties/rome-statute">Rome Statute</a>');
    expect(body).toContain('href="/subscribe?state=UKR"');
    expect((await get('/states/ukr'))!.headers.location).toBe('/states/UKR');
    expect((await get('/states/XYZ'))!.status).toBe(404);
    expect((await get('/treaties/nope'))!.status).toBe(404);
  });

  it('groups the catalogue by theme, with an Other group for treaties that have none', async () => {
    // Every catalogue record has a theme now: one without is made here.
    const { deps, get } = makeRecord();
    deps.treaties = deps.treaties.map((tr) => (tr.id === 'rome-statute' ? { ...tr, theme: undefined } : tr));
    const body = (await get('/treaties'))!.body;
    expect(body).toContain('Arms control and disarmament');
    expect(body.indexOf('Arms control')).toBeLessThan(body.indexOf('>Other<'));
    expect(body.indexOf('>Other<')).toBeLessThan(body.indexOf('Rome Statute'));
  });

  it('calls the one group "All treaties" while no treaty record has a theme', async () => {
    const { deps, get } = makeRecord();
    deps.treaties = deps.treaties.map((tr) => ({ ...tr, theme: undefined }));
    const body = (await get('/treaties'))!.body;
    expect(body).toContain('>All treaties</h2>');
    expect(body).not.toContain('>Other<');
  });

  it('answers only GET and HEAD, and leaves other paths to the subscribe app', async () => {
    const { get } = makeRecord();
    expect((await get('/archive', {}, 'POST'))!.status).toBe(405);
    expect((await get('/archive', {}, 'HEAD'))!.body).toBe('');
    expect(await get('/subscribe')).toBeUndefined();
    expect(await get('/archived')).toBeUndefined();
  });
});

describe('archive', () => {
  it('lists editions newest first, twenty a page, with working older/newer links', async () => {
    const { record, get } = makeRecord();
    for (let i = 0; i < 25; i++)
      record.editions.push(
        edition(`instant-e${String(i).padStart(2, '0')}`, `2025-07-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`),
      );
    const first = (await get('/archive'))!.body;
    expect(first.match(/<li><h2>/g)).toHaveLength(20);
    expect(first.indexOf('instant-e24')).toBeLessThan(first.indexOf('instant-e23'));
    const older = /href="(\/archive\?before=[^"]+)" rel="next"/.exec(first)![1];
    const second = (await get(older.replace(/&amp;/g, '&')))!.body;
    expect(second.match(/<li><h2>/g)).toHaveLength(5);
    expect(second).toContain('instant-e00');
    expect(second).not.toContain('instant-e05"');
    expect(second).toContain('rel="prev"');
    expect((await get('/archive?before=%3Cscript%3E'))!.status).toBe(404);
    expect((await get(`/archive?before=${Buffer.from('x#y').toString('base64url')}`))!.status).toBe(404);
  });

  it('serves an edition without any recipient placeholder, under a CSP that runs nothing', async () => {
    const { record, get } = makeRecord();
    const html =
      '<html><body><div><p style="x">Why you got this: %%TW_REASON%%</p>' +
      '<p><a href="%%TW_PREFERENCES_URL%%">Prefs</a> · <a href="%%TW_UNSUBSCRIBE_URL%%">Unsubscribe</a></p>' +
      '<p>News stays</p><a href="https://tw.example/archive/instant-a">View in browser</a></div></body></html>';
    record.editions.push(edition('instant-a', '2025-06-29T12:00:00.000Z', { html }));
    const res = (await get('/archive/instant-a'))!;
    expect(res.status).toBe(200);
    expect(res.body).not.toMatch(/%%TW_|Unsubscribe|Why you got this|View in browser/);
    expect(res.body).toContain('News stays');
    expect(res.body).toContain('href="/treaties/ottawa-convention"');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    expect(res.headers['content-security-policy']).not.toContain('script-src');
    expect((await get('/archive/instant-missing'))!.status).toBe(404);
    expect((await get('/archive/..%2F..%2Fetc'))!.status).toBe(404);
  });
});

describe('feeds', () => {
  const hostile = alertOf({ headline: `Ukraine ${HOSTILE}\u0000\uFFFE`, evidence: HOSTILE });

  it('Atom is well-formed and reads back with the feed parser: title, date, summary, sources, page', async () => {
    const { record, get } = makeRecord();
    record.alertList.push(
      hostile,
      alertOf({
        alertId: 'FIN-1',
        state: 'FIN',
        stateName: 'Finland',
        createdAt: '2025-06-19T09:00:00.000Z',
        headline: 'Finland approved',
      }),
    );
    record.timelineList.push(ukraineTimeline(hostile));
    const res = (await get('/feed.xml'))!;
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(XMLValidator.validate(res.body)).toBe(true);
    const parsed = parseFeedXml(res.body, 'https://tw.example/feed.xml');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.entries).toHaveLength(2);
    const [first, second] = parsed.entries;
    expect(first.title).toContain('<script>alert(1)</script>');
    expect(first.link).toBe('https://tw.example/archive/instant-UKR-ottawa-convention-1');
    expect(first.published).toBe('2025-06-29T12:00:00.000Z');
    expect(first.content).toContain('<a href="https://news.example/ukraine">Decree signed</a>');
    expect(first.content).toContain('seeds/articles/002.txt');
    // The parser hands back decoded text; the HTML inside the XML is escaped once more.
    const xml = new XMLParser({ ignoreAttributes: false }).parse(res.body);
    const html = String(xml.feed.entry[0].content['#text']);
    expect(html).toContain('&lt;script&gt;alert(1)');
    expect(html).not.toContain('<script>');
    expect(second.title).toBe('Finland approved');
    expect(res.body).toContain('<link rel="related" href="https://news.example/ukraine" title="Decree signed"/>');
    expect(res.body).toContain('<summary type="text">');
  });

  it('JSON Feed 1.1 carries the same entries', async () => {
    const { record, get } = makeRecord();
    record.alertList.push(hostile);
    const res = (await get('/feed.json'))!;
    const feed = JSON.parse(res.body);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://tw.example/feed.json');
    const [item] = feed.items;
    expect(item.url).toBe('https://tw.example/archive/instant-UKR-ottawa-convention-1');
    expect(item.date_published).toBe('2025-06-29T12:00:00.000Z');
    expect(item.summary).toContain(
      'Ukraine · Ottawa Convention: withdrawal proposed → withdrawal decreed (29 June 2025)',
    );
    expect(item.external_url).toBe('https://news.example/ukraine');
    expect(item._treaty_watch.sources).toEqual([
      { url: 'https://news.example/ukraine', title: 'Decree signed' },
      { title: 'seeds/articles/002.txt' },
    ]);
    expect(item.content_html).not.toContain('<script>');
  });

  it('treaty and state feeds carry only their alerts', async () => {
    const { record, get } = makeRecord();
    const other = alertOf({ alertId: 'HUN-rome-1', state: 'HUN', treaty: 'rome-statute', headline: 'Hungary left' });
    record.alertList.push(alertOf(), other);
    record.timelineList.push(ukraineTimeline(), {
      ...quietTimeline('HUN'),
      treaty: 'rome-statute',
      alerts: [
        {
          alertId: 'HUN-rome-1',
          actions: ['withdrawal_notified'],
          date: '2025-06-02',
          novelty: 'NEW',
          createdAt: '2025-06-02T00:00:00.000Z',
        },
      ],
    });
    const treaty = JSON.parse((await get('/treaties/ottawa-convention/feed.json'))!.body);
    expect(treaty.items.map((i: { id: string }) => i.id)).toEqual(['urn:treaty-watch:alert:UKR-ottawa-convention-1']);
    const state = parseFeedXml((await get('/states/HUN/feed.xml'))!.body, 'https://tw.example/');
    expect(state.ok && state.entries.map((e) => e.title)).toEqual(['Hungary left']);
  });
});

describe('caching', () => {
  it('sends an ETag and answers 304 to a matching If-None-Match, 200 once the page changed', async () => {
    const { record, get } = makeRecord();
    record.timelineList.push(ukraineTimeline());
    for (const path of ['/archive', '/treaties/ottawa-convention', '/states/UKR', '/feed.xml', '/feed.json']) {
      const first = (await get(path))!;
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
      const again = (await get(path, { 'if-none-match': `W/"nope", ${first.headers.etag}` }))!;
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
      expect((await get(path, { 'if-none-match': '"stale"' }))!.status).toBe(200);
    }
    const before = (await get('/feed.json'))!.headers.etag;
    record.alertList.push(alertOf());
    expect((await get('/feed.json', { 'if-none-match': before }))!.status).toBe(200);
  });
});

describe('subscribe link preselection', () => {
  it('ticks the treaty or state a record page links with, and ignores unknown ones', async () => {
    const { call } = makeWeb();
    const treaty = (await call('GET', '/subscribe?treaty=ottawa-convention')).body;
    expect(treaty).toMatch(/value="ottawa-convention" checked/);
    expect(treaty).toMatch(/value="chosen" checked/);
    const state = (await call('GET', '/subscribe?state=UKR')).body;
    expect(state).toMatch(/name="state" value="UKR" checked/);
    expect(state).toMatch(/<details open><summary>Europe <span class="count">\(2\) — 1 chosen/);
    const unknown = (await call('GET', '/subscribe?treaty=%3Cx%3E')).body;
    expect(unknown).toMatch(/value="all" checked/);
  });
});
