import { describe, expect, it } from 'vitest';
import { signToken } from '#core/tokens';
import { subscriberIdFor } from '#core/subscriber';
import { form, formToken, makeWeb, SECRET } from './web-fixture';

const NOW_S = Date.parse('2026-03-01T12:00:00.000Z') / 1000;
const token = (id: string, purpose: 'confirm' | 'unsubscribe' | 'preferences', ttl = 3600, secret = SECRET) =>
  signToken(secret, id, purpose, NOW_S + ttl);

async function pending(
  web: ReturnType<typeof makeWeb>,
  email: string,
  fields: Record<string, string | string[]> = { scope: 'all', frequency: 'instant' },
) {
  const page = await web.call('GET', '/');
  await web.call('POST', '/subscribe', form({ form_token: formToken(page.body), email, ...fields }));
  return subscriberIdFor(email);
}

describe('subscriber links', () => {
  it('only the confirm link confirms: what was requested becomes what the subscriber follows', async () => {
    const web = makeWeb();
    const id = await pending(web, 'c@example.org', { scope: 'chosen', state: ['UKR', 'HUN'], frequency: 'weekly' });
    const res = await web.call('GET', web.open(web.mailed.at(-1)!.links.confirmUrl));
    expect(res.status).toBe(200);
    expect(res.body).toContain('Subscription confirmed');
    expect(res.body).toMatch(/href="\/preferences\?token=[^"]+"/);
    expect(web.accounts.items.get(id)).toMatchObject({
      status: 'confirmed',
      frequency: 'weekly',
      topics: ['TOPIC#state:UKR', 'TOPIC#state:HUN'],
    });
    expect(await web.accounts.idsForTopics(['TOPIC#state:HUN'], 'weekly')).toEqual([id]);
    expect((await web.call('GET', web.open(web.mailed.at(-1)!.links.confirmUrl))).status).toBe(200); // idempotent
    // A token signed for the subscriber alone names no request: it confirms nothing.
    expect((await web.call('GET', `/confirm?token=${token(id, 'confirm')}`)).status).toBe(410);
  });

  it('refuses forged, tampered, expired and cross-purpose tokens with a 4xx, changing nothing', async () => {
    const web = makeWeb();
    const id = await pending(web, 't@example.org');
    const good = token(id, 'confirm');
    const [sub, purpose, exp, mac] = good.split('.');
    const bad: [string, number][] = [
      [token(id, 'confirm', 3600, 'another-secret'), 403], // forged
      // tampered subscriber
      [[Buffer.from(subscriberIdFor('other@example.org')).toString('base64url'), purpose, exp, mac].join('.'), 403],
      [[sub, purpose, String(Number(exp) + 86_400), mac].join('.'), 403], // tampered expiry
      [token(id, 'confirm', -1), 410], // expired
      [token(id, 'unsubscribe'), 403], // another purpose
      [token(id, 'preferences'), 403],
      [`${sub}.${purpose}`, 400], // truncated
      ['', 400],
    ];
    for (const [t, status] of bad) {
      const res = await web.call('GET', `/confirm?token=${encodeURIComponent(t)}`);
      expect(res.status, t).toBe(status);
      expect(res.body).toMatch(/link/);
    }
    expect(web.accounts.items.get(id)!.status).toBe('pending');
    expect((await web.call('POST', '/unsubscribe', form({ token: token(id, 'preferences') }))).status).toBe(403);
    expect((await web.call('GET', `/preferences?token=${token(id, 'unsubscribe')}`)).status).toBe(403);
  });

  it('preferences: the page shows the current choice; posting it changes topics and frequency', async () => {
    const web = makeWeb();
    const id = await pending(web, 'p@example.org');
    await web.call('GET', web.open(web.mailed.at(-1)!.links.confirmUrl));
    const t = token(id, 'preferences');
    const page = await web.call('GET', `/preferences?token=${t}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/value="all" checked/);
    expect(page.body).toContain('p@example.org');
    const saved = await web.call(
      'POST',
      '/preferences',
      form({ token: t, scope: 'chosen', treaty: 'rome-statute', frequency: 'daily' }),
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toContain('Saved.');
    expect(web.accounts.items.get(id)).toMatchObject({ frequency: 'daily', topics: ['TOPIC#treaty:rome-statute'] });
    expect(await web.accounts.idsForTopics(['TOPIC#all'], 'instant')).toEqual([]);
    expect(await web.accounts.idsForTopics(['TOPIC#treaty:rome-statute'], 'daily')).toEqual([id]);
    expect(
      (await web.call('POST', '/preferences', form({ token: t, scope: 'chosen', frequency: 'daily' }))).status,
    ).toBe(400);
  });

  it('unsubscribe: GET only shows a confirmation page; POST (form or RFC 8058 one-click) unsubscribes', async () => {
    const web = makeWeb();
    const id = await pending(web, 'u@example.org');
    await web.call('GET', web.open(web.mailed.at(-1)!.links.confirmUrl));
    const t = token(id, 'unsubscribe');
    const page = await web.call('GET', `/unsubscribe?token=${t}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<form method="post" action="\/unsubscribe">/);
    expect(web.accounts.items.get(id)!.status).toBe('confirmed');
    const oneClick = await web.call('POST', `/unsubscribe?token=${t}`, 'List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(web.accounts.items.get(id)!.status).toBe('unsubscribed');
    expect(await web.accounts.idsForTopics(['TOPIC#all'], 'instant')).toEqual([]);
    expect((await web.call('POST', '/unsubscribe', form({ token: t }))).status).toBe(200); // again: same answer
  });

  it('one-click works as multipart/form-data too, with no Origin header (mail providers)', async () => {
    const web = makeWeb();
    const id = await pending(web, 'm@example.org');
    await web.call('GET', web.open(web.mailed.at(-1)!.links.confirmUrl));
    const body = '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n';
    const res = await web.call('POST', `/unsubscribe?token=${token(id, 'unsubscribe')}`, body, {
      'content-type': 'multipart/form-data; boundary=b',
    });
    expect(res.status).toBe(200);
    expect(web.accounts.items.get(id)!.status).toBe('unsubscribed');
  });

  it('a suppressed address cannot be re-enabled through its links', async () => {
    const web = makeWeb();
    const id = await pending(web, 's@example.org');
    await web.accounts.deactivate(web.accounts.items.get(id)!, 'suppressed', web.clock.now(), 'complaint');
    expect((await web.call('GET', `/confirm?token=${token(id, 'confirm')}`)).status).toBe(409);
    expect(
      (
        await web.call(
          'POST',
          '/preferences',
          form({ token: token(id, 'preferences'), scope: 'all', frequency: 'instant' }),
        )
      ).status,
    ).toBe(409);
    await web.call('POST', '/unsubscribe', form({ token: token(id, 'unsubscribe') }));
    expect(web.accounts.items.get(id)!.status).toBe('suppressed');
  });
});

describe('consent holds: a subscriber who left stays gone', () => {
  const confirmLink = (web: ReturnType<typeof makeWeb>, n = -1) => web.open(web.mailed.at(n)!.links.confirmUrl);

  it('an old confirmation link (a GET, as mail scanners send) does not undo an unsubscribe', async () => {
    const web = makeWeb();
    const id = await pending(web, 'left@example.org');
    expect((await web.call('GET', confirmLink(web))).status).toBe(200);
    await web.call('POST', `/unsubscribe?token=${token(id, 'unsubscribe')}`, 'List-Unsubscribe=One-Click');
    const again = await web.call('GET', confirmLink(web));
    expect(again.status).toBe(410);
    expect(again.body).not.toContain('Subscription confirmed');
    expect(again.body).toMatch(/confirms nothing|no longer confirms/);
    expect(again.body).toContain('<h1>Nothing to confirm</h1>');
    expect(web.accounts.items.get(id)!.status).toBe('unsubscribed');
    expect(await web.accounts.idsForTopics(['TOPIC#all'], 'instant')).toEqual([]);
  });

  it(
    'a confirmation link confirms only its own request: unsubscribing before confirming, or a newer request, voids ' +
      'it',
    async () => {
      const web = makeWeb();
      const id = await pending(web, 'twice@example.org');
      await pending(web, 'twice@example.org', { scope: 'chosen', state: 'UKR', frequency: 'daily' });
      const first = confirmLink(web, 0);
      const second = confirmLink(web, 1);
      expect((await web.call('GET', first)).status).toBe(410); // replaced by the newer request
      expect(web.accounts.items.get(id)!.status).toBe('pending');
      expect((await web.call('GET', second)).status).toBe(200);
      expect(web.accounts.items.get(id)).toMatchObject({
        status: 'confirmed',
        frequency: 'daily',
        topics: ['TOPIC#state:UKR'],
      });
      expect((await web.call('GET', second)).status).toBe(200); // the same link again: still confirmed, nothing changes

      const other = await pending(web, 'never@example.org');
      // from the confirmation e-mail
      await web.call('POST', '/unsubscribe', form({ token: token(other, 'unsubscribe') }));
      expect((await web.call('GET', confirmLink(web))).status).toBe(410);
      expect(web.accounts.items.get(other)!.status).toBe('unsubscribed');
    },
  );

  it(
    'an old preferences form does not restart mail after an unsubscribe: it sends a new confirmation ' + 'instead',
    async () => {
      const web = makeWeb();
      const id = await pending(web, 'back@example.org');
      await web.call('GET', confirmLink(web));
      await web.call('POST', '/unsubscribe', form({ token: token(id, 'unsubscribe') }));
      const mailedBefore = web.mailed.length;
      const res = await web.call(
        'POST',
        '/preferences',
        form({ token: token(id, 'preferences'), scope: 'chosen', treaty: 'rome-statute', frequency: 'weekly' }),
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatch(/confirmation e-mail/i);
      expect(res.body).not.toContain('Saved.');
      expect(web.accounts.items.get(id)!.status).not.toBe('confirmed');
      expect(await web.accounts.idsForTopics(['TOPIC#treaty:rome-statute'], 'weekly')).toEqual([]);
      expect(web.mailed.length).toBe(mailedBefore + 1);
      expect((await web.call('GET', confirmLink(web))).status).toBe(200); // the new link, from the mailbox itself
      expect(web.accounts.items.get(id)).toMatchObject({
        status: 'confirmed',
        frequency: 'weekly',
        topics: ['TOPIC#treaty:rome-statute'],
      });
    },
  );
});
