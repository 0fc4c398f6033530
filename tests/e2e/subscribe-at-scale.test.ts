// The subscribe form at catalogue scale in a real browser with JavaScript switched off:
// every catalogue treaty grouped by theme, every state by UN region, at 375 px and 1280 px. A treaty from
// a theme group and a whole region are chosen at 375 px; the pages and the confirmation
// e-mail repeat exactly what was chosen. Screenshots go to artifacts/e2e/scale-*.png.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, openBrowserStage, type BrowserStage } from './browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore, type StoredEmail } from '#local/emulators';
import type { LocalPipeline } from '#local/pipeline';

const READER = 'west.africa.reader@example.org';
// Counted from the seed facts the page is built from, so promoting a treaty into the catalogue needs no edit here.
const TREATIES = JSON.parse(readFileSync('seeds/facts/treaties.json', 'utf8')).length as number;
const STATES = JSON.parse(readFileSync('seeds/facts/states.json', 'utf8')).states.length as number;
const WEST_AFRICA = [
  'Benin',
  'Burkina Faso',
  'Cape Verde',
  "Côte d'Ivoire",
  'Gambia',
  'Ghana',
  'Guinea',
  'Guinea-Bissau',
  'Liberia',
  'Mali',
  'Mauritania',
  'Niger',
  'Nigeria',
  'Senegal',
  'Sierra Leone',
  'Togo',
];

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('subscribing at catalogue scale, without JavaScript', () => {
  let pipeline: LocalPipeline;
  let page: Page;
  let base: string;
  let stage: BrowserStage | undefined;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `scale-${name}.png`), fullPage: true });
  const heading = async () => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
  /** How far the page scrolls sideways (0 when it fits the viewport). */
  const sideways = () =>
    page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  /** Every control, summary included, that is smaller than 24 × 24 px (visible ones: closed groups hide theirs). */
  const targets = 'input[type=checkbox], input[type=radio], summary, button';
  const smallTargets = () =>
    page.locator(targets).evaluateAll((els) =>
      els.flatMap((el) => {
        const r = el.getBoundingClientRect();
        const hidden = r.width === 0 && r.height === 0;
        return !hidden && (r.width < 24 || r.height < 24)
          ? [`${el.outerHTML.slice(0, 80)} ${r.width}×${r.height}`]
          : [];
      }),
    );

  beforeAll(async () => {
    stage = await openBrowserStage({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    ({ pipeline, page, base } = stage);
  }, 180_000);

  afterAll(() => stage?.close());

  it('at 1280 px: seven theme groups and five regions, closed, with no select box', async () => {
    await page.goto(`${base}/`);
    const treatyGroups = page.getByRole('group', { name: 'Treaties' }).locator('summary');
    expect((await treatyGroups.allTextContents()).map((t) => t.replace(/\s*\(\d+\)$/, ''))).toEqual([
      'Arms control',
      'International justice',
      'Human rights',
      'Climate and environment',
      'Trade and investment',
      'International organisations',
      'Regional',
    ]);
    expect(await page.getByRole('group', { name: 'States' }).locator('summary').allTextContents()).toEqual([
      'Africa (54)',
      'Americas (35)',
      'Asia (48)',
      'Europe (44)',
      'Oceania (16)',
    ]);
    expect(await page.locator('select').count()).toBe(0);
    expect(await page.locator('input[name=treaty]').count()).toBe(TREATIES);
    expect(await page.locator('input[name=state]').count()).toBe(STATES);
    await shot('01-subscribe-1280');
    await page.locator('summary', { hasText: 'Arms control' }).click();
    await page.locator('summary', { hasText: 'Europe' }).click();
    expect(await sideways()).toBe(0);
    await shot('02-subscribe-groups-open-1280');
  });

  it('at 375 px: every group opens without script, targets are at least 24 px, nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/`);
    expect(await sideways()).toBe(0);
    expect(await smallTargets()).toEqual([]);
    expect(await page.getByLabel('Nigeria', { exact: true }).isVisible()).toBe(false); // closed group
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await page.getByLabel('Nigeria', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('input[type=checkbox]:visible').count()).toBe(TREATIES + STATES + 22);
    expect(await smallTargets()).toEqual([]);
    expect(await sideways()).toBe(0);
  });

  it('at 375 px: subscribes to a treaty from a theme group and to every state in Western Africa', async () => {
    await page.goto(`${base}/`);
    await shot('03-subscribe-375');
    await page.getByLabel('E-mail address').fill(READER);
    await page.locator('summary', { hasText: 'Climate and environment' }).click();
    await page.getByLabel('Paris Agreement').check();
    await page.locator('summary', { hasText: 'Africa' }).click();
    await page.getByLabel('Every state in Western Africa (16)').check();
    await page.getByLabel(/Weekly digest/).check();
    expect(await page.getByLabel('Every treaty and every state').isChecked()).toBe(true); // left on its default
    expect(await sideways()).toBe(0);
    await page.getByLabel('Paris Agreement').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'scale-04-chosen-375.png') });
    await page.getByLabel('Every state in Western Africa (16)').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'scale-05-region-375.png') });
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForLoadState();
    expect(await heading()).toBe('Check your inbox');
    const said = (await page.locator('main').textContent())!;
    const asked = `Developments about any of: Paris Agreement; ${WEST_AFRICA.join('; ')} — a weekly digest.`;
    expect(said).toContain(`You asked for: ${asked}`);
    expect(await sideways()).toBe(0);
    await shot('06-check-your-inbox-375');
  });

  it('the confirmation e-mail repeats the choice; the preferences page shows it ticked state by state', async () => {
    let mail: StoredEmail | undefined;
    for (let i = 0; i < 50 && !mail; i++) {
      mail = (await readSesStore(pipeline.ses!.endpoint)).find((e) => e.destination.to.includes(READER));
      if (!mail) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mail!.body.text).toContain(`Paris Agreement; ${WEST_AFRICA.join('; ')} — a weekly digest`);
    const href = /href="([^"]*\/confirm\?token=[^"]+)"/.exec(mail!.body.html ?? '')![1].replace(/&amp;/g, '&');
    await page.goto(href);
    expect(await heading()).toBe('Subscription confirmed');
    await page.getByRole('link', { name: 'Change your preferences' }).click();
    await page.waitForLoadState();
    expect(await heading()).toBe('Your preferences');
    expect(await page.getByLabel('Paris Agreement').isChecked()).toBe(true);
    for (const name of WEST_AFRICA) expect(await page.getByLabel(name, { exact: true }).isChecked(), name).toBe(true);
    expect(await page.getByLabel('Algeria').isChecked()).toBe(false);
    expect(await page.locator('summary', { hasText: 'Africa' }).textContent()).toBe('Africa (54) — 16 chosen');
    expect(await sideways()).toBe(0);
    expect(await smallTargets()).toEqual([]);
    await shot('07-preferences-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot('08-preferences-1280');
  });
});
