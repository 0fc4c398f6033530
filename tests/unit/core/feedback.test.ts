import { describe, expect, it } from 'vitest';
import { handleFeedback } from '#core/feedback';
import { subscriberIdFor } from '#core/subscriber';
import { FixedClock, MemoryAccounts } from './subscriber-fakes';

function setup() {
  const accounts = new MemoryAccounts();
  const atSes: string[] = [];
  const deps = {
    accounts,
    clock: new FixedClock(),
    suppressAtSes: async (e: string, r: string) => void atSes.push(`${r}:${e}`),
  };
  return { accounts, atSes, deps };
}

describe('bounce and complaint feedback', () => {
  it('a permanent bounce suppresses the subscriber, drops their topic rows and suppresses at SES', async () => {
    const { accounts, atSes, deps } = setup();
    const id = subscriberIdFor('gone@example.org');
    await accounts.activate(
      {
        subscriberId: id,
        email: 'gone@example.org',
        status: 'confirmed',
        frequency: 'instant',
        topics: ['TOPIC#all'],
        createdAt: 'x',
      },
      [],
    );
    const r = await handleFeedback(
      {
        eventType: 'Bounce',
        bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'Gone <gone@example.org>' }] },
      },
      deps,
    );
    expect(r).toEqual({ kind: 'bounce', suppressed: 1 });
    expect(accounts.items.get(id)).toMatchObject({ status: 'suppressed', suppressedReason: 'bounce' });
    expect(await accounts.idsForTopics(['TOPIC#all'], 'instant')).toEqual([]);
    expect(atSes).toEqual(['BOUNCE:gone@example.org']);
  });

  it('a complaint suppresses even an address we never stored; a transient bounce does nothing', async () => {
    const { accounts, atSes, deps } = setup();
    await handleFeedback(
      { eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'new@example.org' }] } },
      deps,
    );
    expect(accounts.items.get(subscriberIdFor('new@example.org'))?.status).toBe('suppressed');
    const t = await handleFeedback(
      {
        eventType: 'Bounce',
        bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'x@example.org' }] },
      },
      deps,
    );
    expect(t.kind).toBe('ignored');
    expect(atSes).toEqual(['COMPLAINT:new@example.org']);
  });
});
