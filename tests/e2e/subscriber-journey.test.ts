// End to end in a real browser: Debian's Chromium (apt, /usr/bin/chromium) driven by
// playwright-core — subscribe → confirmation e-mail in the local SES store → confirm →
// change preferences → one-click unsubscribe by POST → no further e-mails.
// Screenshots of every page go to artifacts/e2e/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, openBrowserStage, type BrowserStage } from './browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import { readSesStore, type StoredEmail } from '#local/emulators';
import { readArticleFiles } from '#local/article-files';
import type { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';

const READER = 'browser.reader@example.org';
const CONTROL = 'control.reader@example.org';

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('a subscriber’s journey in a real browser', () => {
  let pipeline: LocalPipeline;
  let page: Page;
  let base: string;
  let stage: BrowserStage | undefined;
  const inbox = async (address: string) =>
    (await readSesStore(pipeline.ses!.endpoint)).filter((e) => e.destination.to.includes(address));
  const heading = async () => {
    await page.waitForLoadState();
    return (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
  };
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  async function waitForMail(address: string, count: number): Promise<StoredEmail[]> {
    for (let i = 0; i < 50; i++) {
      const mails = await inbox(address);
      if (mails.length >= count) return mails;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no e-mail #${count} for ${address}`);
  }

  beforeAll(async () => {
    stage = await openBrowserStage({
      viewport: { width: 900, height: 900 },
    });
    ({ pipeline, page, base } = stage);
    await pipeline.loadFacts('2025-06-29');
    await pipeline.addSubscriber(CONTROL);
  }, 180_000);

  afterAll(() => stage?.close());

  it('at 375 px wide, every checkbox and radio is a target of at least 24 × 24 px', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/`);
    // The treaty and state groups are closed <details>: open each as a reader would, then measure.
    for (const summary of await page.locator('summary').all()) await summary.click();
    const boxes = await page.locator('input[type=checkbox], input[type=radio], summary').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(250); // 135 treaties, 197 states, 22 regions, radios, summaries;
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await shot('00-subscribe-375px');
    await page.setViewportSize({ width: 900, height: 900 });
  });

  it('ties a form error to its fields: nothing chosen under “only the treaties and states I choose”', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('E-mail address').fill(READER);
    await page.getByLabel('Only the treaties and states I choose below').check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForLoadState();
    const ottawa = page.getByLabel('Ottawa Convention');
    expect(await ottawa.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await ottawa.getAttribute('aria-describedby'))!;
    expect(await page.locator(`#${describedBy}`).textContent()).toMatch(/Choose at least one treaty or state/);
    expect(await page.getByLabel('Ukraine', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Every state in Western Africa (16)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-mail address').inputValue()).toBe(READER); // the form is kept
    await shot('01a-subscribe-error');
  });

  it(
    'subscribes on the page — a ticked treaty with the scope left on “everything” is that treaty — and is ' +
      'told what was chosen',
    async () => {
      await page.goto(`${base}/`);
      await shot('01-subscribe');
      await page.getByLabel('E-mail address').fill(READER);
      // The scope radio stays on its default, "Every treaty and every state".
      expect(await page.getByLabel('Every treaty and every state').isChecked()).toBe(true);
      await page.locator('summary', { hasText: 'Arms control' }).click();
      await page.getByLabel('Ottawa Convention').check();
      await page.getByLabel(/Instant alerts/).check();
      await page.getByRole('button', { name: 'Subscribe' }).click(); // a real browser POST: its Origin is not "null"
      expect(await heading()).toBe('Check your inbox');
      expect(await page.locator('main').textContent()).toContain(
        'You asked for: Developments about Ottawa Convention — instant alerts.',
      );
      await shot('02-check-your-inbox');
    },
  );

  it('the confirmation e-mail arrives in the local SES store and its link confirms', async () => {
    const [confirmation] = await waitForMail(READER, 1);
    expect(confirmation.subject).toBe('Confirm your Treaty Watch subscription');
    expect(confirmation.body.text).toContain('Developments about Ottawa Convention — instant alerts');
    expect(confirmation.body.text).not.toContain('check the sources');
    await page.goto('about:blank'); // the e-mail's own styles, not under the app's CSP
    await page.setContent(confirmation.body.html ?? '');
    await shot('03-confirmation-email');
    const href = /href="([^"]*\/confirm\?token=[^"]+)"/.exec(confirmation.body.html ?? '')![1].replace(/&amp;/g, '&');
    await page.goto(href);
    expect(await heading()).toBe('Subscription confirmed');
    await shot('04-confirmed');
  });

  it('changes preferences from the confirmed page', async () => {
    await page.getByRole('link', { name: 'Change your preferences' }).click();
    expect(await heading()).toBe('Your preferences');
    expect(await page.getByLabel('Ottawa Convention').isChecked()).toBe(true);
    await shot('05-preferences');
    await page.locator('summary', { hasText: 'International justice' }).click();
    await page.getByLabel('Rome Statute').check();
    await page.locator('summary', { hasText: 'Europe' }).click();
    await page.getByLabel('Ukraine', { exact: true }).check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Saved.');
    expect(await page.getByLabel('Rome Statute').isChecked()).toBe(true);
    await shot('06-preferences-saved');
  });

  it('gets the alert, unsubscribes with one click (POST), and receives nothing more', async () => {
    await feedInOrder(
      pipeline,
      orderByPublication(readArticleFiles([join(process.cwd(), 'seeds', 'articles')]), buildGazetteer(pipeline.facts)),
      '2025-06-29',
    );
    const mails = await waitForMail(READER, 2);
    const alert = mails[1];
    expect(alert.body.html).toContain(
      'You follow developments about any of your chosen treaties and states; this matched: Ottawa Convention; Ukraine',
    );
    const url = /<(https?:[^>]+)>/.exec(alert.headers!.find((h) => h.name === 'List-Unsubscribe')!.value)![1];
    await page.goto(url);
    expect(await heading()).toBe('Unsubscribe?');
    expect(await page.locator('main').textContent()).toContain('to b•••@example.org');
    await shot('07-unsubscribe-page');
    const response = await page.request.post(url, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(response.status()).toBe(200);
    await page.setContent(await response.text());
    expect(await heading()).toBe('You are unsubscribed');
    await shot('08-unsubscribed');

    // The old confirmation link, opened again (as a mail scanner would), confirms nothing.
    const [confirmation] = await inbox(READER);
    await page.goto(
      /href="([^"]*\/confirm\?token=[^"]+)"/.exec(confirmation.body.html ?? '')![1].replace(/&amp;/g, '&'),
    );
    expect(await heading()).not.toBe('Subscription confirmed');
    expect(await page.locator('main').textContent()).toMatch(/no longer confirms anything/);
    await shot('09-old-confirmation-link');

    await pipeline.runDigest('daily', '2025-06-30T06:00:00Z');
    expect((await inbox(CONTROL)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/Ukraine/),
      expect.stringMatching(/^Daily digest — Correction/),
    ]);
    expect(await inbox(READER)).toHaveLength(2);
  });
});
