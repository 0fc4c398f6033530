// A web app over in-memory ports, and helpers to call it like a browser or a mail provider.
import { handleWeb, type WebDeps } from '#core/web/app';
import type { WebRequest, WebResponse } from '#core/web/http';
import type { Subscriber } from '#core/subscribers';
import { FixedClock, MemoryAccounts, MemoryLimits } from '../core/subscriber-fakes';

export const SECRET = 'unit-test-secret';

export function makeWeb(overrides: Partial<WebDeps> = {}) {
  const accounts = new MemoryAccounts();
  const mailed: Subscriber[] = [];
  const clock = new FixedClock();
  const deps: WebDeps = {
    accounts,
    limits: new MemoryLimits(),
    confirmations: { send: async (s) => void mailed.push(structuredClone(s)) },
    clock,
    secret: SECRET,
    catalogue: {
      treaties: [{ id: 'ottawa-convention', name: 'Ottawa Convention' }, { id: 'rome-statute', name: 'Rome Statute' }],
      states: [{ code: 'UKR', name: 'Ukraine' }, { code: 'HUN', name: 'Hungary' }],
    },
    ...overrides,
  };
  const call = (method: string, target: string, body = '', headers: Record<string, string> = {}): Promise<WebResponse> => {
    const url = new URL(target, 'http://tw.test');
    const req: WebRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: { host: 'tw.test', ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...headers },
      body,
      sourceIp: headers['x-test-ip'] ?? '203.0.113.7',
    };
    return handleWeb(req, deps);
  };
  return { deps, accounts, mailed, clock, call };
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
