// Unsubscribing by e-mail: the token in the List-Unsubscribe mailto's subject.
import { describe, expect, it } from 'vitest';
import { linkMaker } from '#core/links';
import { handleUnsubscribeMail, tokenFromSubject } from '#core/mailbox';
import { signToken } from '#core/tokens';
import { FixedClock, MemoryAccounts } from './subscriber-fakes';

const SECRET = 'mailbox-test-secret';
const NOW_S = Date.parse('2026-03-01T00:00:00Z') / 1000;

async function world() {
  const accounts = new MemoryAccounts();
  await accounts.activate(
    {
      subscriberId: 'sub-1',
      email: 'reader@example.org',
      status: 'confirmed',
      frequency: 'daily',
      topics: ['TOPIC#all'],
      createdAt: '2026-01-01',
    },
    [],
  );
  const deps = { accounts, clock: new FixedClock('2026-03-01T00:00:00.000Z'), secret: SECRET };
  return { accounts, deps };
}

/** The subject a mail program writes from the mailto's `subject=` (percent-decoded). */
const subjectOf = (mailto: string) => decodeURIComponent(new URL(mailto).searchParams.get('subject')!);

describe('unsubscribe by e-mail', () => {
  it('the subject a mail program sends from our List-Unsubscribe mailto unsubscribes its subscriber', async () => {
    const { accounts, deps } = await world();
    const { unsubscribeMailto } = linkMaker(
      SECRET,
      'https://tw.example',
      'unsubscribe@tw.example',
      () => NOW_S,
    )('sub-1');
    expect(await handleUnsubscribeMail({ subject: subjectOf(unsubscribeMailto) }, deps)).toEqual({
      kind: 'unsubscribed',
      subscriberId: 'sub-1',
    });
    expect((await accounts.get('sub-1'))?.status).toBe('unsubscribed');
  });

  it('finds the token behind a reply prefix and in any case', () => {
    const token = signToken(SECRET, 'sub-1', 'unsubscribe', NOW_S + 60);
    expect(tokenFromSubject(`Re: UNSUBSCRIBE ${token}`)).toBe(token);
    expect(tokenFromSubject('please unsubscribe me')).toBeUndefined();
    expect(tokenFromSubject(undefined)).toBeUndefined();
  });

  it('ignores forged, expired and cross-purpose tokens, and mail without one: the subscriber stays', async () => {
    const { accounts, deps } = await world();
    const valid = signToken(SECRET, 'sub-1', 'unsubscribe', NOW_S + 60);
    const cases: [string, RegExp][] = [
      [`unsubscribe ${signToken('another-secret', 'sub-1', 'unsubscribe', NOW_S + 60)}`, /forged/],
      [`unsubscribe ${valid.slice(0, -2)}xx`, /forged/],
      [`unsubscribe ${signToken(SECRET, 'sub-1', 'unsubscribe', NOW_S - 1)}`, /expired/],
      [
        `unsubscribe ` +
          `${signToken(SECRET, 'sub-1', 'preferences', NOW_S + 60).replace('.preferences.', '.unsubscribe.')}`,
        /forged/,
      ],
      ['hello there', /no unsubscribe token/],
    ];
    for (const [subject, reason] of cases) {
      const result = await handleUnsubscribeMail({ subject }, deps);
      expect(result.kind, subject).toBe('ignored');
      expect(result.kind === 'ignored' && result.reason, subject).toMatch(reason);
    }
    expect((await accounts.get('sub-1'))?.status).toBe('confirmed');
  });
});
