import { describe, expect, it } from 'vitest';
import { confirmSubject, linkMaker } from '#core/links';
import { signToken, TOKEN_LIFETIME_S, verifyToken } from '#core/tokens';

const SECRET = 'links-test-secret';

describe('subscriber links', () => {
  it('signs the confirm link only when it is read, with the time the links were made', () => {
    let now = 1_700_000_000;
    let clockReads = 0;
    const links = linkMaker(SECRET, 'https://tw.example', 'u@tw.example', () => {
      clockReads++;
      return now;
    })('sub-1', 'req-9');
    now += 3_600; // later reads must not move the expiry
    const token = new URL(links.confirmUrl).searchParams.get('token')!;
    expect(token).toBe(
      signToken(SECRET, confirmSubject('sub-1', 'req-9'), 'confirm', 1_700_000_000 + TOKEN_LIFETIME_S.confirm),
    );
    expect(verifyToken(SECRET, token, 'confirm', now)).toBe('sub-1:req-9');
    expect(links.confirmUrl).toBe(`https://tw.example/confirm?token=${token}`);
    expect(clockReads).toBe(1);
  });

  it('gives plain values when copied, and the same unsubscribe token in the URL and the mailto', () => {
    const links = { ...linkMaker(SECRET, 'https://tw.example', 'u@tw.example', () => 1_700_000_000)('sub-2') };
    expect(Object.getOwnPropertyDescriptor(links, 'confirmUrl')?.value).toMatch(
      /^https:\/\/tw\.example\/confirm\?token=/,
    );
    const unsubscribe = new URL(links.unsubscribeUrl).searchParams.get('token')!;
    expect(verifyToken(SECRET, unsubscribe, 'unsubscribe', 1_700_000_000)).toBe('sub-2');
    expect(links.unsubscribeMailto).toBe(`mailto:u@tw.example?subject=unsubscribe%20${unsubscribe}`);
    expect(
      verifyToken(SECRET, new URL(links.preferencesUrl).searchParams.get('token')!, 'preferences', 1_700_000_000),
    ).toBe('sub-2');
  });
});
