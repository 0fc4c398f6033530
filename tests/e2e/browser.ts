// Debian's Chromium as every e2e test starts it: headless, and without the background connections this
// machine's closed network refuses (never a downloaded browser).
import { chromium, type BrowserContext } from 'playwright-core';

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
