// Signed link tokens for subscriber links: HMAC-SHA256 over (subscriber, purpose, expiry),
// compared in constant time. A token for one purpose never works for another.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** `form` tokens guard the subscribe form against cross-site posts (subject: the form name). */
export type TokenPurpose = 'confirm' | 'unsubscribe' | 'preferences' | 'form';

export const TOKEN_LIFETIME_S: Record<TokenPurpose, number> = {
  confirm: 2 * 86_400,
  unsubscribe: 365 * 86_400,
  preferences: 365 * 86_400,
  form: 2 * 3_600,
};

export class TokenInvalid extends Error {
  constructor(readonly reason: 'malformed' | 'forged' | 'expired' | 'wrong-purpose') {
    super(`link token ${reason}`);
    this.name = 'TokenInvalid';
  }
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** `<subscriberId>.<purpose>.<expiry epoch s>.<mac>`, all base64url: safe in URLs and headers. */
export function signToken(secret: string, subscriberId: string, purpose: TokenPurpose, expiresAt: number): string {
  const payload = [b64(subscriberId), purpose, String(Math.floor(expiresAt))].join('.');
  return `${payload}.${b64(mac(secret, payload))}`;
}

export function verifyToken(secret: string, token: string, purpose: TokenPurpose, nowEpochS: number): string {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 4 || !/^\d{1,12}$/.test(parts[2])) throw new TokenInvalid('malformed');
  const payload = parts.slice(0, 3).join('.');
  if (!/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[3])) throw new TokenInvalid('malformed');
  const given = Buffer.from(parts[3], 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new TokenInvalid('forged');
  if (parts[1] !== purpose) throw new TokenInvalid('wrong-purpose');
  if (Number(parts[2]) < nowEpochS) throw new TokenInvalid('expired');
  return Buffer.from(parts[0], 'base64url').toString('utf8');
}
