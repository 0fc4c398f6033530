// Debian's Chromium as every e2e test starts it: headless, and without the background connections this
// machine's closed network refuses (never a downloaded browser).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { LocalPipeline } from '#local/pipeline';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent context on a fresh profile folder; options add to (or override) the defaults. */
export function launchChromium(
  profile: string,
  options: { viewport: { width: number; height: number }; javaScriptEnabled?: boolean },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    ...options,
  });
}

/** Where every e2e test writes its screenshots. */
export const ARTIFACTS = join(process.cwd(), 'artifacts', 'e2e');

/** What an e2e test drives: the local pipeline with SES and its web app, and one page of a fresh Chromium. */
export interface BrowserStage {
  readonly pipeline: LocalPipeline;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The web app's base address. */
  readonly base: string;
  /** Closes the browser, stops the pipeline, removes the profile. */
  close(): Promise<void>;
}

/** Starts the pipeline (with SES) and Chromium side by side, serves the web app and opens the first page. */
export async function openBrowserStage(options: Parameters<typeof launchChromium>[1]): Promise<BrowserStage> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'tw-chromium-'));
  const [pipeline, context] = await Promise.all([
    LocalPipeline.start({ withSes: true }),
    launchChromium(profile, options),
  ]);
  const base = await pipeline.serveWeb();
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    pipeline,
    context,
    page,
    base,
    async close() {
      await context.close();
      await pipeline.stop();
      // After close, not on its 'close' event: Chromium may still be writing the profile then (ENOTEMPTY).
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
