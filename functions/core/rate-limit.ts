// Subscribe request limits: per address and per client, in fixed windows. Pure: the counter
// is a port (DynamoDB conditional ADD in production, a Map in unit tests).
import { createHash } from 'node:crypto';

export interface RateLimitPort {
  /** Counts one request in the window; false when the window already holds `limit`. */
  take(scope: string, subject: string, window: string, limit: number, expiresAt: number): Promise<boolean>;
}

export interface Limit {
  limit: number;
  windowS: number;
}

export const SUBSCRIBE_LIMITS = {
  /** Confirmation e-mails one address can be sent: protects a mailbox from being flooded. */
  perAddress: { limit: 3, windowS: 3_600 },
  /** Subscribe requests from one client address. */
  perClient: { limit: 20, windowS: 3_600 },
} satisfies Record<string, Limit>;

export class RateLimited extends Error {
  constructor(readonly scope: string, readonly retryAfterS: number) {
    super(scope === 'address'
      ? 'Too many subscribe requests for this e-mail address. Please try again later.'
      : 'Too many subscribe requests from your network. Please try again later.');
    this.name = 'RateLimited';
  }
}

/** Never store a client's IP address or an e-mail address in a counter key: hash it. */
export const hashSubject = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

export async function enforce(port: RateLimitPort, scope: string, subject: string, limit: Limit, nowS: number): Promise<void> {
  const windowStart = Math.floor(nowS / limit.windowS) * limit.windowS;
  const ok = await port.take(scope, hashSubject(subject), String(windowStart), limit.limit, windowStart + limit.windowS + 60);
  if (!ok) throw new RateLimited(scope, windowStart + limit.windowS - nowS);
}
