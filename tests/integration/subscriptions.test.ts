// Subscribing, confirming, preferences, one-click unsubscribe, digests and feedback on the
// real stand-ins (DynamoDB Local, aws-ses-v2-local) through the local web server.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import { subscriberIdFor } from '#core/subscriber';
import { MAX_TOPICS } from '#web/app/forms';
import { readSesStore, type StoredEmail } from '#local/emulators';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';

const seeds = readArticleFiles([join(process.cwd(), 'seeds', 'articles')]);
const to = (emails: StoredEmail[], address: string) => emails.filter((e) => e.destination.to.includes(address));
const link = (email: StoredEmail, path: string) => {
  const m = new RegExp(`href="(https?://[^"]*/${path}\\?token=[^"]+)"`).exec(email.body.html ?? '');
  if (!m) throw new Error(`no ${path} link in "${email.subject}"`);
  return m[1].replace(/&amp;/g, '&');
};

describe('subscriptions on the local stand-ins', () => {
  let pipeline: LocalPipeline;
  let base: string;
  const inbox = async (address: string) => to(await readSesStore(pipeline.ses!.endpoint), address);

  async function subscribe(email: string, fields: Record<string, string>) {
    const page = await fetch(`${base}/`);
    const token = /name="form_token" value="([^"]+)"/.exec(await page.text())![1];
    return fetch(`${base}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ form_token: token, email, ...fields }),
    });
  }

  beforeAll(async () => {
    pipeline = await LocalPipeline.start({ withSes: true });
    base = await pipeline.serveWeb();
    await pipeline.loadFacts('2025-06-29');
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  it(
    'double opt-in: the confirmation e-mail’s link confirms, and the subscriber then gets the alert ' + 'once',
    async () => {
      // The form trap: a ticked treaty while the scope radio stays on its default "everything".
      const res = await subscribe('reader@example.org', {
        scope: 'all',
        treaty: 'ottawa-convention',
        frequency: 'instant',
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('You asked for: Developments about Ottawa Convention — instant alerts.');
      const [confirmation] = await inbox('reader@example.org');
      expect(confirmation.subject).toBe('Confirm your Treaty Watch subscription');
      expect(confirmation.body.html).toContain('Developments about Ottawa Convention — instant alerts');
      expect(confirmation.body.text).toContain('Developments about Ottawa Convention — instant alerts');
      expect(confirmation.body.text).not.toMatch(/check the sources|Why you got this/);
      const confirmed = await fetch(link(confirmation, 'confirm'));
      expect(confirmed.status).toBe(200);
      expect(await confirmed.text()).toContain('Subscription confirmed');
      expect(await pipeline.stores.subscribers.idsForTopics(['TOPIC#treaty:ottawa-convention'], 'instant')).toEqual([
        subscriberIdFor('reader@example.org'),
      ]);

      await feedInOrder(pipeline, orderByPublication(seeds, buildGazetteer(pipeline.facts)), '2025-06-29');
      const mails = await inbox('reader@example.org');
      expect(mails.map((m) => m.subject)).toHaveLength(2);
      expect(mails[1].body.html).toContain(
        'Why you got this:</strong> You follow developments about any of your ' +
          'chosen treaties and states; this matched: Ottawa Convention',
      );
    },
  );

  it('a pending address that never confirms receives nothing but the confirmation', async () => {
    await subscribe('lurker@example.org', { scope: 'all', frequency: 'instant' });
    await pipeline.runDigest('daily', '2025-06-30T06:00:00Z');
    expect((await inbox('lurker@example.org')).map((m) => m.subject)).toEqual([
      'Confirm your Treaty Watch subscription',
    ]);
  });

  it('the daily digest brings instant subscribers the disputed fact (seed 004), never the alert again', async () => {
    const mails = await inbox('reader@example.org');
    const digest = mails.find((m) => m.subject.startsWith('Daily digest'));
    expect(digest?.subject).toMatch(/Correction/);
    expect(digest?.body.html).toContain('Corrections and disputed facts');
    expect(digest?.body.html).not.toContain('Instant alert');
    await pipeline.runDigest('daily', '2025-06-30T06:00:00Z'); // the schedule fires twice
    expect(await inbox('reader@example.org')).toHaveLength(mails.length);
  });

  it('one-click unsubscribe (RFC 8058 POST to the List-Unsubscribe URL) stops every further e-mail', async () => {
    const [alert] = (await inbox('reader@example.org')).filter(
      (m) => !m.subject.startsWith('Confirm') && !m.subject.startsWith('Daily'),
    );
    const header = alert.headers!.find((h) => h.name === 'List-Unsubscribe')!.value;
    const url = /<(https?:[^>]+)>/.exec(header)![1];
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    const before = (await inbox('reader@example.org')).length;
    await pipeline.runDigest('daily', '2025-06-30T06:00:00Z');
    await pipeline.runDigest('weekly', '2025-07-01T06:00:00Z');
    expect(await inbox('reader@example.org')).toHaveLength(before);
  });

  it(
    'after the unsubscribe, the old confirmation link confirms nothing and the old preferences form needs a new ' +
      'confirmation',
    async () => {
      const id = subscriberIdFor('reader@example.org');
      const mails = await inbox('reader@example.org');
      const confirmation = mails.find((m) => m.subject.startsWith('Confirm'))!;
      const alert = mails.find((m) => !m.subject.startsWith('Confirm') && !m.subject.startsWith('Daily'))!;
      const again = await fetch(link(confirmation, 'confirm')); // a mail scanner re-fetching the link
      expect(again.status).toBe(410);
      expect(await again.text()).not.toContain('Subscription confirmed');
      expect((await pipeline.stores.subscribers.get(id))?.status).toBe('unsubscribed');

      const prefs = new URL(link(alert, 'preferences'));
      const saved = await fetch(`${base}/preferences`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
        body: new URLSearchParams({ token: prefs.searchParams.get('token')!, scope: 'all', frequency: 'instant' }),
      });
      expect(saved.status).toBe(200);
      expect(await saved.text()).toMatch(/confirmation e-mail/i);
      expect((await pipeline.stores.subscribers.get(id))?.status).toBe('pending');
      expect(await pipeline.stores.subscribers.idsForTopics(['TOPIC#all'], 'instant')).not.toContain(id);
      const newest = (await inbox('reader@example.org')).at(-1)!;
      expect(newest.subject).toBe('Confirm your Treaty Watch subscription');
      expect(newest.body.html).toContain('Every treaty and every state — instant alerts');
      expect((await fetch(link(newest, 'confirm'))).status).toBe(200);
      expect(await pipeline.stores.subscribers.idsForTopics(['TOPIC#all'], 'instant')).toContain(id);
      // as the later tests expect
      await pipeline.stores.subscribers.setStatus(id, 'unsubscribed', new Date().toISOString());
    },
  );

  it(
    'unsubscribe by e-mail: a mail to the List-Unsubscribe mailto, as SES receiving hands it over, stops every ' +
      'further e-mail',
    async () => {
      await pipeline.addSubscriber('mailer@example.org', { frequency: 'daily' });
      await pipeline.runDigest('daily', '2025-06-30T06:00:00Z');
      const [digest] = await inbox('mailer@example.org');
      const header = digest.headers!.find((h) => h.name === 'List-Unsubscribe')!.value;
      const mailto = new URL(/<(mailto:[^>]+)>/.exec(header)![1]);
      const received = (subject: string) =>
        ({
          Records: [
            {
              eventSource: 'aws:ses',
              eventVersion: '1.0',
              ses: {
                mail: {
                  messageId: `in-${subject.length}`,
                  source: 'mailer@example.org',
                  destination: [mailto.pathname],
                  commonHeaders: { from: ['mailer@example.org'], to: [mailto.pathname], subject },
                },
                receipt: { recipients: [mailto.pathname], action: { type: 'Lambda' } },
              },
            },
          ],
        }) as never;
      // A stranger's mail to the mailbox changes nothing; the mail program's mail unsubscribes.
      expect(await pipeline.feedback(received('hello'))).toEqual([
        { kind: 'ignored', reason: 'no unsubscribe token in the subject' },
      ]);
      expect((await pipeline.stores.subscribers.get(subscriberIdFor('mailer@example.org')))?.status).toBe('confirmed');
      const audience = () => pipeline.stores.subscribers.idsForTopics(['TOPIC#all'], 'daily');
      expect(await audience()).toContain(subscriberIdFor('mailer@example.org'));
      const result = await pipeline.feedback(received(decodeURIComponent(mailto.searchParams.get('subject')!)));
      expect(result).toEqual([{ kind: 'unsubscribed', subscriberId: subscriberIdFor('mailer@example.org') }]);
      expect((await pipeline.stores.subscribers.get(subscriberIdFor('mailer@example.org')))?.status).toBe(
        'unsubscribed',
      );
      expect(await audience()).not.toContain(subscriberIdFor('mailer@example.org')); // no digest will find it again
    },
  );

  it('a bounce suppresses the address: it is not mailed again, not even a confirmation', async () => {
    await pipeline.addSubscriber('bouncy@example.org', { frequency: 'daily' });
    await pipeline.feedback({
      version: '0',
      id: 'e1',
      'detail-type': 'Email Bounced',
      source: 'aws.ses',
      account: '1',
      time: '2025-06-30T00:00:00Z',
      region: 'us-east-1',
      resources: [],
      detail: {
        eventType: 'Bounce',
        mail: { messageId: 'm1' },
        bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'bouncy@example.org' }] },
      },
    });
    expect((await pipeline.stores.subscribers.get(subscriberIdFor('bouncy@example.org')))?.status).toBe('suppressed');
    expect(pipeline.sesSuppressed).toEqual([{ email: 'bouncy@example.org', reason: 'BOUNCE' }]);
    expect((await subscribe('bouncy@example.org', { scope: 'all', frequency: 'daily' })).status).toBe(200);
    await pipeline.runDigest('daily', '2025-06-30T06:00:00Z');
    expect(await inbox('bouncy@example.org')).toEqual([]);
  });

  it('limits subscribe requests per address with a DynamoDB counter (429 after three)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await subscribe('eager@example.org', { scope: 'all', frequency: 'weekly' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await inbox('eager@example.org')).toHaveLength(3);
  });

  it('a preferences change at the topic limit (49 rows out, 49 in) fits one DynamoDB transaction', async () => {
    // MAX_TOPICS is 49 so that a whole-region choice (up to 18 states) plus more fits, and
    // 1 item + 49 deletes + 49 puts stays within a transaction's 100 items.
    expect(MAX_TOPICS).toBe(49);
    const states = pipeline.facts.states.map((st) => `TOPIC#state:${st.iso3}`);
    const before = states.slice(0, MAX_TOPICS);
    const after = states.slice(MAX_TOPICS, 2 * MAX_TOPICS);
    const subscriber = await pipeline.addSubscriber('many@example.org', { topics: before, frequency: 'daily' });
    await pipeline.stores.subscribers.activate({ ...subscriber, topics: after }, before);
    expect(await pipeline.stores.subscribers.idsForTopics([before[0], before[48]], 'daily')).toEqual([]);
    expect(await pipeline.stores.subscribers.idsForTopics([after[48]], 'daily')).toEqual([subscriber.subscriberId]);
  });
});
