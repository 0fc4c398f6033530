// Pacing against the local SES: the sender reads MaxSendRate from GetAccount and never
// exceeds it, measured on the SES store's own clock of accepted messages.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverBatch } from '#core/deliver';
import { Pacer } from '#core/email-sending';
import { SesSender } from '#adapters/ses-sender';
import { startSesLocal, type Emulator } from '#local/emulators';
import { FixedClock, MemoryAccounts, MemoryEditions, MemoryLedger } from '#tests/unit/core/subscriber-fakes';

describe('sending is paced to the account MaxSendRate', () => {
  let ses: Emulator;
  beforeAll(async () => {
    ses = await startSesLocal({ maxSendRate: 20 });
  });
  afterAll(async () => {
    await ses?.stop();
  });

  it('reads MaxSendRate from GetAccount and sends 41 e-mails in no less than two seconds', async () => {
    const sender = new SesSender(
      new SESv2Client({
        endpoint: ses.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
        maxAttempts: 1,
      }),
      'test-set',
    );
    const rate = await sender.maxSendRate();
    expect(rate).toBe(20);
    const accounts = new MemoryAccounts();
    const ids = Array.from({ length: 41 }, (_, i) => `p${i}`);
    for (const id of ids)
      await accounts.activate(
        {
          subscriberId: id,
          email: `${id}@example.org`,
          status: 'confirmed',
          frequency: 'instant',
          topics: ['TOPIC#all'],
          createdAt: 'x',
        },
        [],
      );
    const editions = new MemoryEditions();
    await editions.putOnce({
      editionId: 'paced',
      kind: 'instant',
      subject: 'S',
      html: '<p>x</p>',
      text: 'x',
      alertIds: [],
      topics: [],
      frequency: 'instant',
      createdAt: 'x',
    });
    const sendTimes: number[] = [];
    const timed = Object.assign(Object.create(sender) as SesSender, {
      send: async (e: Parameters<SesSender['send']>[0]) => {
        sendTimes.push(performance.now());
        return sender.send(e);
      },
    });
    const t0 = performance.now();
    const result = await deliverBatch(
      { editionId: 'paced', subscriberIds: ids },
      {
        editions,
        subscribers: accounts,
        ledger: new MemoryLedger(),
        sender: timed,
        pacer: new Pacer(rate),
        concurrency: 8,
        personalise: (e) => e,
        links: () => ({
          unsubscribeUrl: 'https://x.test/u',
          preferencesUrl: 'https://x.test/p',
          unsubscribeMailto: 'mailto:u@x.test',
        }),
        names: { state: (s) => s, treaty: (t) => t },
        from: 'tw@x.test',
        clock: new FixedClock(),
      },
    );
    const elapsed = (performance.now() - t0) / 1000;
    expect(result.sent).toHaveLength(41);
    expect(elapsed).toBeGreaterThanOrEqual(1.95);
    // no one-second window holds more than MaxSendRate sends
    for (const t of sendTimes)
      expect(sendTimes.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(rate + 1);
  });
});
