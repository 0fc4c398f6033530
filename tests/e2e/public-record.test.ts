// The public record in a real browser (Debian's Chromium via playwright-core): archive →
// edition → treaty page → state page, with no script anywhere, at 1280 and 375 px wide.
// Screenshots go to artifacts/e2e/record-*.png.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, openBrowserStage, type BrowserStage } from './browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import { readArticleFiles } from '#local/article-files';
import type { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';

const WIDTHS = [1280, 375];

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the public record in a real browser', () => {
  let pipeline: LocalPipeline;
  let stage: BrowserStage | undefined;
  let page: Page;
  let base: string;
  const violations: string[] = [];

  beforeAll(async () => {
    stage = await openBrowserStage({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    ({ pipeline, page, base } = stage);
    await pipeline.loadFacts('2025-06-29');
    await pipeline.addSubscriber('reader@example.org');
    await feedInOrder(pipeline, orderByPublication(readSeeds(), buildGazetteer(pipeline.facts)), '2025-06-29');
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) violations.push(m.text());
    });
  }, 180_000);

  afterAll(() => stage?.close());

  const readSeeds = () => readArticleFiles([join(process.cwd(), 'seeds', 'articles')]);

  async function shoot(name: string): Promise<void> {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // Readable at this width: nothing wider than the viewport.
      // Evaluated in the page (a string: the tests compile without the DOM library).
      const overflow = (await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      )) as number;
      expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(ARTIFACTS, `record-${name}-${width}.png`), fullPage: true });
      // The first screen too: a full treaty page is thousands of pixels long.
      await page.screenshot({ path: join(ARTIFACTS, `record-${name}-${width}-top.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('archive → edition → treaty page → state page', async () => {
    await page.goto(`${base}/archive`);
    await expect(page.getByRole('heading', { level: 1 })).toBeDefined();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Archive');
    await shoot('archive');

    await page.getByRole('link', { name: /Ukraine: withdrawal decreed from the Ottawa Convention/ }).click();
    await page.waitForLoadState();
    expect(page.url()).toMatch(/\/archive\/instant-UKR-ottawa-convention-/);
    expect(await page.content()).toContain('Zelensky');
    expect(await page.content()).not.toMatch(/%%TW_|Unsubscribe/);
    await shoot('edition');

    await page.getByRole('link', { name: 'Ottawa Convention', exact: true }).first().click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/treaties/ottawa-convention');
    const ukraine = page.locator('section#UKR');
    expect(await ukraine.textContent()).toMatch(/withdrawal decreed, 29 June 2025/);
    expect(await ukraine.textContent()).toMatch(/Next step\s*notification of withdrawal to the Secretary-General/);
    await shoot('treaty');

    await ukraine.getByRole('link', { name: 'Ukraine' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/states/UKR');
    expect(await page.locator('section#ottawa-convention').textContent()).toMatch(/withdrawing/);
    await shoot('state');

    await page.getByRole('link', { name: /Get e-mails about Ukraine/ }).click();
    await page.waitForLoadState();
    expect(await page.getByLabel('Ukraine', { exact: true }).isChecked()).toBe(true);

    await page.goto(`${base}/treaties`);
    await shoot('treaties');
    expect(violations).toEqual([]);
  }, 120_000);
});
