import { describe, expect, it } from 'vitest';
import { subscriberIdFor } from '#core/subscriber';
import { signToken } from '#core/tokens';
import { form, formToken, makeWeb, SECRET } from './web-fixture';

async function subscribeVia(
  web: ReturnType<typeof makeWeb>,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  const page = await web.call('GET', '/');
  return web.call('POST', '/subscribe', form({ form_token: formToken(page.body), ...fields }), headers);
}

describe('the subscribe page', () => {
  it('is plain accessible HTML with labels, fieldsets and strict security headers, and no script', async () => {
    const { call } = makeWeb();
    const res = await call('GET', '/');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/<label for="email">E-mail address<\/label>/);
    expect(res.body.match(/<fieldset>/g)?.length).toBeGreaterThanOrEqual(4);
    expect(res.body).toContain('<legend>How often</legend>');
    expect(res.body).not.toMatch(/<script/i);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none';/);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin'); // no-referrer would make browsers send Origin: null
    expect(res.body).toContain('<meta name="referrer" content="same-origin">');
  });

  it('a subscribe request stores a pending subscriber and mails a confirmation; nothing is followed yet', async () => {
    const web = makeWeb();
    const res = await subscribeVia(web, {
      email: 'Ana@Example.org',
      scope: 'chosen',
      treaty: 'ottawa-convention',
      state: 'UKR',
      frequency: 'daily',
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('Check your inbox');
    const stored = web.accounts.items.get(subscriberIdFor('ana@example.org'))!;
    expect(stored.status).toBe('pending');
    expect(stored.requested).toMatchObject({
      frequency: 'daily',
      topics: ['TOPIC#treaty:ottawa-convention', 'TOPIC#state:UKR'],
    });
    expect(await web.accounts.idsForTopics(['TOPIC#state:UKR'], 'daily')).toEqual([]);
    expect(web.mailed.map((s) => s.email)).toEqual(['Ana@Example.org']);
  });

  it('answers exactly the same whether the address is new, pending, confirmed or suppressed', async () => {
    const web = makeWeb();
    const fields = { email: 'same@example.org', scope: 'all', frequency: 'instant' };
    const bodies: string[] = [];
    bodies.push((await subscribeVia(web, fields)).body);
    bodies.push((await subscribeVia(web, fields)).body);
    const id = subscriberIdFor('same@example.org');
    await web.accounts.activate({ ...web.accounts.items.get(id)!, status: 'confirmed', topics: ['TOPIC#all'] }, []);
    web.clock.advance(3600);
    bodies.push((await subscribeVia(web, fields)).body);
    await web.accounts.deactivate(web.accounts.items.get(id)!, 'suppressed', web.clock.now(), 'bounce');
    const before = web.mailed.length;
    bodies.push((await subscribeVia(web, fields)).body);
    expect(new Set(bodies).size).toBe(1);
    expect(web.mailed.length).toBe(before); // a suppressed address is never mailed
    expect(web.accounts.items.get(id)!.status).toBe('suppressed');
  });

  it('refuses bad input with a 400 that says what is wrong, keeping the form', async () => {
    const web = makeWeb();
    const cases: [Record<string, string | string[]>, RegExp][] = [
      [{ email: '', scope: 'all', frequency: 'instant' }, /enter your e-mail/],
      [{ email: 'not-an-address', scope: 'all', frequency: 'instant' }, /does not look like an e-mail/],
      [{ email: 'a@example.org\r\nBcc: victim@example.com', scope: 'all', frequency: 'instant' }, /line break/],
      [{ email: 'a@example.org', scope: 'chosen', frequency: 'instant' }, /at least one treaty or state/],
      [{ email: 'a@example.org', scope: 'chosen', treaty: 'no-such-treaty', frequency: 'instant' }, /Unknown treaty/],
      [{ email: 'a@example.org', scope: 'all', frequency: 'hourly' }, /how often/],
    ];
    for (const [fields, message] of cases) {
      const res = await subscribeVia(web, fields);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(res.body).toMatch(message);
      expect(res.body).toContain('name="form_token"');
    }
    expect(web.mailed).toEqual([]);
  });

  it('neutralises HTML in every field it echoes', async () => {
    const web = makeWeb();
    const res = await subscribeVia(web, {
      email: '<script>alert(1)</script>@x',
      scope: 'chosen',
      treaty: '<img src=x onerror=alert(1)>',
      frequency: 'instant',
    });
    expect(res.status).toBe(400);
    expect(res.body).not.toMatch(/<script>alert|<img src=x/);
    expect(res.body).toContain('&#60;script&#62;');
  });

  it('refuses posts without a valid form token or from another site (CSRF)', async () => {
    const web = makeWeb();
    const fields = { email: 'a@example.org', scope: 'all', frequency: 'instant' };
    expect((await web.call('POST', '/subscribe', form(fields))).status).toBe(403);
    expect((await web.call('POST', '/subscribe', form({ ...fields, form_token: 'x.form.1.y' }))).status).toBe(403);
    expect((await subscribeVia(web, fields, { origin: 'https://evil.example' })).status).toBe(403);
    // What a sandboxed frame or a data: page on another site sends.
    expect((await subscribeVia(web, fields, { origin: 'null' })).status).toBe(403);
    const page = await web.call('GET', '/');
    web.clock.advance(3 * 3600);
    expect((await web.call('POST', '/subscribe', form({ ...fields, form_token: formToken(page.body) }))).status).toBe(
      410,
    );
    expect(web.mailed).toEqual([]);
  });

  it('refuses Origin: null on every state-changing POST', async () => {
    const web = makeWeb();
    await subscribeVia(web, { email: 'o@example.org', scope: 'all', frequency: 'instant' });
    const id = subscriberIdFor('o@example.org');
    const sign = (purpose: 'unsubscribe' | 'preferences') =>
      signToken(SECRET, id, purpose, Date.parse(web.clock.now()) / 1000 + 3600);
    const nullOrigin = { origin: 'null' };
    expect(
      (
        await web.call(
          'POST',
          '/preferences',
          form({ token: sign('preferences'), scope: 'all', frequency: 'daily' }),
          nullOrigin,
        )
      ).status,
    ).toBe(403);
    expect((await web.call('POST', '/unsubscribe', form({ token: sign('unsubscribe') }), nullOrigin)).status).toBe(403);
    const api = await web.call('POST', '/api/subscribe', JSON.stringify({ email: 'p@example.org' }), {
      'content-type': 'application/json',
      ...nullOrigin,
    });
    expect(api.status).toBe(403);
    expect(web.accounts.items.get(id)!.status).toBe('pending');
    expect(web.mailed).toHaveLength(1);
  });

  it('limits subscribe requests per network (/24, /64) beside the per-client limit', async () => {
    const web = makeWeb();
    const fields = (email: string) => ({ email, scope: 'all', frequency: 'instant' });
    const from = async (ip: string, n: number) =>
      (await subscribeVia(web, fields(`n${n}@example.org`), { 'x-test-ip': ip })).status;
    const v4: number[] = [];
    for (let i = 1; i <= 21; i++) v4.push(await from(`192.0.2.${i}`, i));
    expect(v4.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(v4[20]).toBe(429);
    expect(await from('192.0.3.1', 100)).toBe(200); // the next /24
    const v6: number[] = [];
    for (let i = 1; i <= 21; i++) v6.push(await from(`2001:db8:1:2::${i.toString(16)}`, 200 + i));
    expect(v6[20]).toBe(429);
    expect(await from('2001:db8:1:2:ffff:ffff:ffff:ffff', 300)).toBe(429); // same /64, written out
    expect(await from('2001:db8:1:3::1', 301)).toBe(200);
    const perClient = await subscribeVia(web, fields('c@example.org'), { 'x-test-ip': '192.0.3.1' });
    expect(perClient.status).toBe(200);
  });

  it('limits subscribe requests per address and per client with a 429 and Retry-After', async () => {
    const web = makeWeb({
      limitsConfig: {
        perAddress: { limit: 2, windowS: 3600 },
        perClient: { limit: 4, windowS: 3600 },
        perNetwork: { limit: 100, windowS: 3600 },
      },
    });
    const fields = (email: string) => ({ email, scope: 'all', frequency: 'instant' });
    expect((await subscribeVia(web, fields('x@example.org'))).status).toBe(200);
    expect((await subscribeVia(web, fields('X@example.org'))).status).toBe(200);
    const third = await subscribeVia(web, fields('x@example.org'));
    expect(third.status).toBe(429);
    expect(third.body).toMatch(/this e-mail address/);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect((await subscribeVia(web, fields('y@example.org'))).status).toBe(200);
    const perClient = await subscribeVia(web, fields('z@example.org'));
    expect(perClient.status).toBe(429);
    expect(perClient.body).toMatch(/your internet address/);
    expect((await subscribeVia(web, fields('z@example.org'), { 'x-test-ip': '198.51.100.9' })).status).toBe(200);
    web.clock.advance(3600);
    expect((await subscribeVia(web, fields('x@example.org'))).status).toBe(200);
  });

  it('has a JSON API that answers 202, and 4xx with a message for bad requests', async () => {
    const web = makeWeb();
    const json = { 'content-type': 'application/json' };
    const ok = await web.call(
      'POST',
      '/api/subscribe',
      JSON.stringify({ email: 'api@example.org', treaties: ['rome-statute'], frequency: 'weekly' }),
      json,
    );
    expect(ok.status).toBe(202);
    expect(JSON.parse(ok.body).status).toBe('pending');
    expect((await web.call('POST', '/api/subscribe', '{', json)).status).toBe(400);
    expect(
      JSON.parse(
        (await web.call('POST', '/api/subscribe', JSON.stringify({ email: 'a@b.org', states: 'UKR' }), json)).body,
      ).error,
    ).toMatch(/array/);
    expect((await web.call('POST', '/api/subscribe', 'email=a@b.org', { 'content-type': 'text/plain' })).status).toBe(
      415,
    );
    expect((await web.call('GET', '/api/subscribe')).status).toBe(405);
    expect((await web.call('GET', '/nope')).status).toBe(404);
  });
});

describe('what was chosen is what is followed, and is said back', () => {
  it('a ticked treaty or state is the choice even while the scope radio stays on “everything”', async () => {
    const web = makeWeb();
    const res = await subscribeVia(web, {
      email: 'trap@example.org',
      scope: 'all',
      treaty: 'ottawa-convention',
      state: 'UKR',
      frequency: 'instant',
    });
    expect(res.status).toBe(200);
    expect(web.accounts.items.get(subscriberIdFor('trap@example.org'))!.requested!.topics).toEqual([
      'TOPIC#treaty:ottawa-convention',
      'TOPIC#state:UKR',
    ]);
    expect(res.body).toContain('Developments about any of: Ottawa Convention; Ukraine — instant alerts');
    expect(res.body).not.toMatch(/every treaty/i);
  });

  it('nothing ticked and “everything” chosen is everything, and the page says so', async () => {
    const web = makeWeb();
    const res = await subscribeVia(web, { email: 'all@example.org', scope: 'all', frequency: 'weekly' });
    expect(web.accounts.items.get(subscriberIdFor('all@example.org'))!.requested!.topics).toEqual(['TOPIC#all']);
    expect(res.body).toContain('Every treaty and every state — a weekly digest');
  });

  it('the form tells the reader that ticks decide', async () => {
    const page = (await makeWeb().call('GET', '/')).body;
    expect(page).toMatch(/If you tick any treaty, state or region, you follow only those/);
  });
});

describe('pages a person can use', () => {
  it(
    'ties each form error to its field with aria-invalid and aria-describedby, and keeps what was ' + 'ticked',
    async () => {
      const web = makeWeb();
      const bad = await subscribeVia(web, {
        email: 'not-an-address',
        scope: 'chosen',
        treaty: 'rome-statute',
        frequency: 'daily',
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatch(/<p class="field-error" id="email-error">That does not look like an e-mail address/);
      expect(bad.body).toMatch(
        /<input type="email" id="email"[^>]*aria-invalid="true" aria-describedby="email-error">/,
      );
      expect(bad.body).toMatch(/value="rome-statute" checked/);
      expect(bad.body).toMatch(/value="daily" checked/);
      expect(bad.body.match(/aria-invalid="true"/g)).toHaveLength(1);

      const none = await subscribeVia(web, { email: 'a@example.org', scope: 'chosen', frequency: 'instant' });
      expect(none.body).toMatch(/id="topics-error">Choose at least one treaty or state/);
      expect(none.body).toMatch(/value="chosen" checked/); // the radio the reader picked is kept
      expect(none.body).toContain(
        '<input type="checkbox" name="treaty" value="ottawa-convention" aria-invalid="true" ' +
          'aria-describedby="topics-error">',
      );
      expect(none.body).toMatch(
        /<input type="checkbox" name="state" value="UKR" aria-invalid="true" aria-describedby="topics-error">/,
      );
      expect(none.body).toMatch(
        /name="region" value="eastern-europe" aria-invalid="true" aria-describedby="topics-error">/,
      );

      const often = await subscribeVia(web, { email: 'a@example.org', scope: 'all', frequency: 'hourly' });
      expect(often.body).toMatch(/<fieldset role="radiogroup" aria-invalid="true" aria-describedby="frequency-error">/);
      expect(often.body).toMatch(/id="frequency-error">Choose how often/);
    },
  );

  it('the preferences form shows its errors on the field too, changing nothing', async () => {
    const web = makeWeb();
    await subscribeVia(web, { email: 'pref@example.org', scope: 'all', frequency: 'instant' });
    await web.call('GET', web.open(web.mailed.at(-1)!.links.confirmUrl));
    const id = subscriberIdFor('pref@example.org');
    const t = signToken(SECRET, id, 'preferences', Date.parse(web.clock.now()) / 1000 + 3600);
    const res = await web.call('POST', '/preferences', form({ token: t, scope: 'chosen', frequency: 'daily' }));
    expect(res.status).toBe(400);
    expect(res.body).toContain('Your preferences');
    expect(res.body).toMatch(/id="topics-error">Choose at least one/);
    expect(web.accounts.items.get(id)).toMatchObject({ topics: ['TOPIC#all'], frequency: 'instant' });
  });

  it('the unsubscribe page says which address it unsubscribes, masked and escaped', async () => {
    const web = makeWeb();
    await subscribeVia(web, { email: "o'hara+news@example.org", scope: 'all', frequency: 'instant' });
    const id = subscriberIdFor("o'hara+news@example.org");
    const page = await web.call(
      'GET',
      `/unsubscribe?token=${signToken(SECRET, id, 'unsubscribe', Date.parse(web.clock.now()) / 1000 + 3600)}`,
    );
    expect(page.status).toBe(200);
    expect(page.body).toContain('to <strong>o•••@example.org</strong>');
    expect(page.body).not.toContain('hara');
  });

  it('checkboxes and radios are styled to at least 24 px', async () => {
    const page = (await makeWeb().call('GET', '/')).body;
    expect(page).toMatch(/input\[type=checkbox\],input\[type=radio\]\{width:24px;height:24px;/);
  });
});
