// The public record on DynamoDB Local: the seeds run through the real pipeline, then the web
// handler serves them over HTTP (local/web-server.ts, the API Gateway event shape). The Ukraine
// alert is found on the archive, the treaty and state pages and in both feeds; a revalidation
// gets 304. Reads are Query or BatchGet (the web function has no Scan grant on AWS).
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import { parseFeedXml } from '#core/sources/feed';
import { readSesStore } from '#local/emulators';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';

const seeds = readArticleFiles([join(process.cwd(), 'seeds', 'articles')]);

describe('the public record of the seeds, served by the web function', () => {
  let pipeline: LocalPipeline;
  let base: string;
  let alertId: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

  beforeAll(async () => {
    pipeline = await LocalPipeline.start({ withSes: true });
    base = await pipeline.serveWeb();
    await pipeline.loadFacts('2025-06-29');
    await pipeline.addSubscriber('reader@example.org');
    await feedInOrder(pipeline, orderByPublication(seeds, buildGazetteer(pipeline.facts)), '2025-06-29');
    alertId = pipeline.observed('alert')[0].alertId as string;
  }, 180_000);

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('the archive lists the Ukraine alert, and the e-mail links to its web view', async () => {
    const res = await get('/archive');
    expect(res.status).toBe(200);
    const html = await res.text();
    const href = `/archive/instant-${alertId}`;
    expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/Ukraine: withdrawal decreed from the Ottawa Convention/);
    const [email] = await readSesStore(pipeline.ses!.endpoint);
    expect(email.body.html).toContain(`href="${base}${href}"`);
    expect(email.body.html).toContain('View in browser');
    const view = await get(href);
    expect(view.status).toBe(200);
    const page = await view.text();
    expect(page).toContain('Zelensky');
    expect(page).not.toMatch(/%%TW_|unsubscribe\?token|preferences\?token|Why you got this/i);
    expect(view.headers.get('content-security-policy')).toMatch(/sandbox/);
  });

  it('the treaty page shows Ukraine first: decree of 29 June 2025, notification next, effect deferred', async () => {
    const html = await (await get('/treaties/ottawa-convention')).text();
    const ukraine = html.indexOf('id="UKR"');
    expect(ukraine).toBeGreaterThan(-1);
    for (const other of ['id="FIN"', 'id="POL"', 'id="LTU"']) expect(html.indexOf(other)).toBeGreaterThan(ukraine);
    const card = html.slice(ukraine, html.indexOf('</section>', ukraine));
    expect(card).toContain('withdrawal decreed, <time datetime="2025-06-29">29 June 2025</time>');
    expect(card).toContain('notification of withdrawal to the Secretary-General of the United Nations');
    expect(card).toContain('not before the end of the armed conflict the state is engaged in, art. 20');
    expect(card).toContain('Disputed:');
    expect(card).toContain(`/archive/instant-${alertId}`);
    expect(html).toContain('href="/subscribe?treaty=ottawa-convention"');
  });

  it('the state page shows Ukraine across treaties, the Ottawa withdrawal first', async () => {
    const html = await (await get('/states/UKR')).text();
    expect(html).toContain('<h1>Ukraine</h1>');
    const ottawa = html.indexOf('id="ottawa-convention"');
    expect(ottawa).toBeGreaterThan(-1);
    expect(html.indexOf('Other treaties on the record')).toBeGreaterThan(ottawa);
    expect(html).toContain('href="/subscribe?state=UKR"');
  });

  it('both feeds carry the alert with its sources and a link to its page, and read back', async () => {
    const atom = await (await get('/feed.xml')).text();
    expect(XMLValidator.validate(atom)).toBe(true);
    const parsed = parseFeedXml(atom, `${base}/feed.xml`);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.entries[0].title).toBe('Ukraine decreed its withdrawal from the Ottawa Convention');
    expect(parsed.entries[0].link).toBe(`${base}/archive/instant-${alertId}`);
    expect(parsed.entries[0].content).toContain('5 source(s)');
    const json = (await (await get('/feed.json')).json()) as { items: { _treaty_watch: { sources: unknown[] } }[] };
    expect(json.items[0]).toMatchObject({
      id: `urn:treaty-watch:alert:${alertId}`,
      url: `${base}/archive/instant-${alertId}`,
    });
    expect(json.items[0]._treaty_watch.sources).toHaveLength(5);
    for (const path of ['/treaties/ottawa-convention/feed.xml', '/states/UKR/feed.json']) {
      const body = await (await get(path)).text();
      expect(body).toContain(`alert:${alertId}`);
    }
    expect(await (await get('/states/FIN/feed.json')).json()).toMatchObject({ items: [] });
  });

  it('a revalidation with the ETag gets 304 and no body', async () => {
    for (const path of [
      '/archive',
      '/treaties/ottawa-convention',
      '/states/UKR',
      '/feed.xml',
      '/feed.json',
      `/archive/instant-${alertId}`,
    ]) {
      const first = await get(path);
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      const again = await get(path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
  });
});
