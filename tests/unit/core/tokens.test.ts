import { describe, expect, it } from 'vitest';
import { signToken, TokenInvalid, verifyToken } from '#core/tokens';

const SECRET = 'test-secret';
const NOW = 1_750_000_000;

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof TokenInvalid ? e.reason : 'other';
  }
}

describe('link tokens', () => {
  const token = signToken(SECRET, 'sub-123', 'unsubscribe', NOW + 60);

  it('verifies a fresh token for its own purpose and returns the subscriber', () => {
    expect(verifyToken(SECRET, token, 'unsubscribe', NOW)).toBe('sub-123');
  });

  it('refuses a token used for another purpose', () => {
    expect(reason(() => verifyToken(SECRET, token, 'confirm', NOW))).toBe('wrong-purpose');
  });

  it('refuses an expired token', () => {
    expect(reason(() => verifyToken(SECRET, token, 'unsubscribe', NOW + 61))).toBe('expired');
  });

  it('refuses a token signed with another secret, or tampered with', () => {
    expect(reason(() => verifyToken('other', token, 'unsubscribe', NOW))).toBe('forged');
    const parts = token.split('.');
    const otherSubscriber = [Buffer.from('sub-999').toString('base64url'), ...parts.slice(1)].join('.');
    expect(reason(() => verifyToken(SECRET, otherSubscriber, 'unsubscribe', NOW))).toBe('forged');
    const relabelled = [parts[0], 'confirm', parts[2], parts[3]].join('.');
    expect(reason(() => verifyToken(SECRET, relabelled, 'confirm', NOW))).toBe('forged');
  });

  it('refuses malformed tokens', () => {
    for (const bad of ['', 'a.b', 'a.b.c.d.e', 'a.unsubscribe.notanumber.x'])
      expect(reason(() => verifyToken(SECRET, bad, 'unsubscribe', NOW))).toBe('malformed');
  });
});
