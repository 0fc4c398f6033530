// Subscribe request limits: per address and per client, in fixed windows. Pure: the counter
// is a port (DynamoDB conditional ADD in production, a Map in unit tests).
import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { RateLimitPort } from './ports';

export interface Limit {
  limit: number;
  windowS: number;
}

export const SUBSCRIBE_LIMITS = {
  /** Confirmation e-mails one address can be sent: protects a mailbox from being flooded. */
  perAddress: { limit: 3, windowS: 3_600 },
  /** Subscribe requests from one client IP address: one machine cannot use its whole network's share. */
  perClient: { limit: 10, windowS: 3_600 },
  /**
   * Subscribe requests from one network (IPv4 /24, IPv6 /64): an IPv6 host has a whole /64 to
   * pick addresses from, and a small IPv4 range is one operator.
   */
  perNetwork: { limit: 20, windowS: 3_600 },
} satisfies Record<string, Limit>;

/**
 * The network a client address belongs to: its IPv4 /24 ("192.0.2.0/24", also for an
 * IPv4-mapped IPv6 address) or IPv6 /64 ("2001:db8:1:2::/64"). Anything else is its own network.
 */
export function networkOf(ip: string): string {
  const address = ip
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address)?.[1];
  const v4 = mapped ?? address;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(address)) return address;
  // Expand "::" and any trailing dotted quad so the first four groups can be read.
  let groups = address.replace(/(\d{1,3}(?:\.\d{1,3}){3})$/, (q) => {
    const [a, b, c, d] = q.split('.').map(Number);
    return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  });
  if (groups.includes('::')) {
    const [head, tail] = groups.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t].join(':');
  }
  return `${groups
    .split(':')
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

export class RateLimited extends Error {
  constructor(
    readonly scope: string,
    readonly retryAfterS: number,
  ) {
    super(
      scope === 'address'
        ? 'Too many subscribe requests for this e-mail address. Please try again later.'
        : scope === 'network'
          ? 'Too many subscribe requests from your network. Please try again later.'
          : 'Too many subscribe requests from your internet address. Please try again later.',
    );
    this.name = 'RateLimited';
  }
}

/** Never store a client's IP address or an e-mail address in a counter key: hash it. */
export const hashSubject = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

export async function enforce(
  port: RateLimitPort,
  scope: string,
  subject: string,
  limit: Limit,
  nowS: number,
): Promise<void> {
  const windowStart = Math.floor(nowS / limit.windowS) * limit.windowS;
  const ok = await port.take(
    scope,
    hashSubject(subject),
    String(windowStart),
    limit.limit,
    windowStart + limit.windowS + 60,
  );
  if (!ok) throw new RateLimited(scope, windowStart + limit.windowS - nowS);
}
