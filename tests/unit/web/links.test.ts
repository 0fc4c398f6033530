import { describe, expect, it } from 'vitest';
import { signToken } from '#core/tokens';
import { subscriberIdFor } from '#core/subscribers';
import { form, formToken, makeWeb, SECRET } from './web-fixture';

const NOW_S = Date.parse('2026-03-01T12:00:00.000Z') / 1000;
const token = (id: string, purpose: 'confirm' | 'unsubscribe' | 'preferences', ttl = 3600, secret = SECRET) => signToken(secret, id, purpose, NOW_S + ttl);

async function pending(web: ReturnType<typeof makeWeb>, email: string, fields: Record<string, string | string[]> = { scope: 'all', frequency: 'instant' }) {
  const page = await web.call('GET', '/');
  await web.call('POST', '/subscribe', form({ form_token: formToken(page.body), email, ...fields }));
  return subscriberIdFor(email);
}

describe('subscriber links', () => {
  it('only the confirm link confirms: what was requested becomes what the subscriber follows', async () => {
    const web = makeWeb();
    const id = await pending(web, 'c@example.org', { scope: 'chosen', state: ['UKR', 'HUN'], frequency: 'weekly' });
    const res = await web.call('GET', `/confirm?token=${token(id, 'confirm')}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Subscription confirmed');
    expect(res.body).toMatch(/href="\/preferences\?token=[^"]+"/);
    expect(web.accounts.items.get(id)).toMatchObject({ status: 'confirmed', frequency: 'weekly', topics: ['TOPIC#state:UKR', 'TOPIC#state:HUN'] });
    expect(await web.accounts.idsForTopics(['TOPIC#state:HUN'], 'weekly')).toEqual([id]);
    expect((await web.call('GET', `/confirm?token=${token(id, 'confirm')}`)).status).toBe(200); // idempotent
  });

  it('refuses forged, tampered, expired and cross-purpose tokens with a 4xx, changing nothing', async () => {
    const web = makeWeb();
    const id = await pending(web, 't@example.org');
    const good = token(id, 'confirm');
    const [sub, purpose, exp, mac] = good.split('.');
    const bad: [string, number][] = [
      [token(id, 'confirm', 3600, 'another-secret'), 403], // forged
      [[Buffer.from(subscriberIdFor('other@example.org')).toString('base64url'), purpose, exp, mac].join('.'), 403], // tampered subscriber
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
    await web.call('GET', `/confirm?token=${token(id, 'confirm')}`);
    const t = token(id, 'preferences');
    const page = await web.call('GET', `/preferences?token=${t}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/value="all" checked/);
    expect(page.body).toContain('p@example.org');
    const saved = await web.call('POST', '/preferences', form({ token: t, scope: 'chosen', treaty: 'rome-statute', frequency: 'daily' }));
    expect(saved.status).toBe(200);
    expect(saved.body).toContain('Saved.');
    expect(web.accounts.items.get(id)).toMatchObject({ frequency: 'daily', topics: ['TOPIC#treaty:rome-statute'] });
    expect(await web.accounts.idsForTopics(['TOPIC#all'], 'instant')).toEqual([]);
    expect(await web.accounts.idsForTopics(['TOPIC#treaty:rome-statute'], 'daily')).toEqual([id]);
    expect((await web.call('POST', '/preferences', form({ token: t, scope: 'chosen', frequency: 'daily' }))).status).toBe(400);
  });

  it('unsubscribe: GET only shows a confirmation page; POST (form or RFC 8058 one-click) unsubscribes', async () => {
    const web = makeWeb();
    const id = await pending(web, 'u@example.org');
    await web.call('GET', `/confirm?token=${token(id, 'confirm')}`);
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
    await web.call('GET', `/confirm?token=${token(id, 'confirm')}`);
    const body = '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n';
    const res = await web.call('POST', `/unsubscribe?token=${token(id, 'unsubscribe')}`, body, { 'content-type': 'multipart/form-data; boundary=b' });
    expect(res.status).toBe(200);
    expect(web.accounts.items.get(id)!.status).toBe('unsubscribed');
  });

  it('a suppressed address cannot be re-enabled through its links', async () => {
    const web = makeWeb();
    const id = await pending(web, 's@example.org');
    await web.accounts.deactivate(web.accounts.items.get(id)!, 'suppressed', web.clock.now(), 'complaint');
    expect((await web.call('GET', `/confirm?token=${token(id, 'confirm')}`)).status).toBe(409);
    expect((await web.call('POST', '/preferences', form({ token: token(id, 'preferences'), scope: 'all', frequency: 'instant' }))).status).toBe(409);
    await web.call('POST', '/unsubscribe', form({ token: token(id, 'unsubscribe') }));
    expect(web.accounts.items.get(id)!.status).toBe('suppressed');
  });
});
