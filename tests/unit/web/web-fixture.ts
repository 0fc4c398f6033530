// A web app over in-memory ports, and helpers to call it like a browser or a mail provider.
import { linkMaker, type SubscriberLinks } from '#core/links';
import { handleWeb, type WebDeps } from '#web/app/app';
import type { WebRequest, WebResponse } from '#web/app/http';
import type { Subscriber } from '#core/subscriber';
import { FixedClock, MemoryAccounts, MemoryLimits } from '#tests/unit/core/subscriber-fakes';

export const SECRET = 'unit-test-secret';

export function makeWeb(overrides: Partial<WebDeps> = {}) {
  const accounts = new MemoryAccounts();
  /** Each confirmation e-mail: who it went to, as it was then, and its links (signed as in production). */
  const mailed: (Subscriber & { links: SubscriberLinks })[] = [];
  const clock = new FixedClock();
  const links = linkMaker(SECRET, 'http://tw.test', 'unsubscribe@tw.test', () => Date.parse(clock.now()) / 1000);
  const deps: WebDeps = {
    accounts,
    limits: new MemoryLimits(),
    confirmations: {
      send: async (s) => void mailed.push({ ...structuredClone(s), links: links(s.subscriberId, s.requested?.id) }),
    },
    clock,
    secret: SECRET,
    catalogue: {
      treaties: [
        { id: 'ottawa-convention', name: 'Ottawa Convention' },
        { id: 'rome-statute', name: 'Rome Statute' },
      ],
      states: [
        { code: 'UKR', name: 'Ukraine', region: 'Europe', subregion: 'Eastern Europe' },
        { code: 'HUN', name: 'Hungary', region: 'Europe', subregion: 'Eastern Europe' },
      ],
    },
    ...overrides,
  };
  const call = (
    method: string,
    target: string,
    body = '',
    headers: Record<string, string> = {},
  ): Promise<WebResponse> => {
    const url = new URL(target, 'http://tw.test');
    const req: WebRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: {
        host: 'tw.test',
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      body,
      sourceIp: headers['x-test-ip'] ?? '203.0.113.7',
    };
    return handleWeb(req, deps);
  };
  /** Path and query of a link from an e-mail, as the browser would request it. */
  const open = (url: string) => new URL(url).pathname + new URL(url).search;
  return { deps, accounts, mailed, clock, call, open };
}

export function formToken(page: string): string {
  const m = /name="form_token" value="([^"]+)"/.exec(page);
  if (!m) throw new Error('no form token on the page');
  return m[1];
}

export const form = (fields: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
};
