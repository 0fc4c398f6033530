// The subscribe and preferences forms at catalogue scale: treaties by theme, states by UN
// region, a whole sub-region chosen with one box and expanded on the server.
import { describe, expect, it } from 'vitest';
import { referenceNames, referenceStates, referenceTreaties } from '#adapters/reference-data';
import { THEMES } from '#core/facts';
import { subscriberIdFor } from '#core/subscriber';
import { signToken } from '#core/tokens';
import { choiceFromForm, MAX_TOPICS } from '#web/app/forms';
import { catalogueFrom, statesByRegion, statesOfArea, treatiesByTheme, type Catalogue } from '#web/app/groups';
import { FieldError } from '#web/app/http';
import { preferencesPage, subscribePage } from '#web/app/pages';
import { form, formToken, makeWeb, SECRET } from './web-fixture';

const catalogue = catalogueFrom(referenceTreaties, referenceStates, referenceNames.treaty);
const posted = (fields: Record<string, string | string[]>) =>
  new Map(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
const count = (html: string, needle: string) => html.split(needle).length - 1;
const WEST_AFRICA = [
  'BEN',
  'BFA',
  'CPV',
  'CIV',
  'GMB',
  'GHA',
  'GIN',
  'GNB',
  'LBR',
  'MLI',
  'MRT',
  'NER',
  'NGA',
  'SEN',
  'SLE',
  'TGO',
];

describe('the groups', () => {
  it('puts every catalogue treaty under exactly one of the seven themes', () => {
    const groups = treatiesByTheme(catalogue);
    expect(groups.map((g) => g.key)).toEqual([...THEMES]);
    const ids = groups.flatMap((g) => g.treaties.map((t) => t.id));
    expect(ids.length).toBe(catalogue.treaties.length);
    expect(new Set(ids).size).toBe(catalogue.treaties.length);
    expect(catalogue.treaties.length).toBeGreaterThanOrEqual(60);
  });

  it('puts every state under one M49 region and sub-region, each sub-region small enough to choose whole', () => {
    const regions = statesByRegion(catalogue);
    expect(regions.map((r) => r.name)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    const codes = regions.flatMap((r) => r.areas.flatMap((a) => a.states.map((s) => s.code)));
    expect(codes.length).toBe(referenceStates.length);
    expect(new Set(codes).size).toBe(referenceStates.length);
    expect(regions.find((r) => r.name === 'Africa')!.count).toBe(54);
    for (const area of regions.flatMap((r) => r.areas)) expect(area.states.length).toBeLessThanOrEqual(MAX_TOPICS);
    expect(statesOfArea(catalogue, 'western-africa')!.sort()).toEqual([...WEST_AFRICA].sort());
    expect(statesOfArea(catalogue, 'narnia')).toBeUndefined();
  });
});

describe('form parsing', () => {
  it('expands a chosen region into its states, one topic per state as before', () => {
    const choice = choiceFromForm(posted({ scope: 'chosen', region: 'western-africa', frequency: 'daily' }), catalogue);
    expect(choice.topics.sort()).toEqual(WEST_AFRICA.map((c) => `TOPIC#state:${c}`).sort());
  });

  it('lets ticks decide: a region or treaty ticked under the default “everything” is that choice', () => {
    const fields = { scope: 'all', region: 'northern-america', treaty: 'rome-statute', frequency: 'instant' };
    const choice = choiceFromForm(posted(fields), catalogue);
    expect(choice.topics).toEqual(['TOPIC#treaty:rome-statute', 'TOPIC#state:CAN', 'TOPIC#state:USA']);
    expect(choiceFromForm(posted({ scope: 'all', frequency: 'instant' }), catalogue).topics).toEqual(['TOPIC#all']);
  });

  it('counts a state ticked inside a chosen region once', () => {
    const fields = { state: 'CAN', region: 'northern-america', frequency: 'instant' };
    const choice = choiceFromForm(posted(fields), catalogue);
    expect(choice.topics).toEqual(['TOPIC#state:CAN', 'TOPIC#state:USA']);
  });

  it('refuses an unknown region, and too many states, on the topics field', () => {
    const unknown = () => choiceFromForm(posted({ region: '<b>x</b>', frequency: 'instant' }), catalogue);
    expect(unknown).toThrow(FieldError);
    expect(unknown).toThrow(/Unknown region/);
    const many = posted({ region: ['eastern-africa', 'western-africa', 'western-asia'], frequency: 'instant' });
    expect(() => choiceFromForm(many, catalogue)).toThrow(/at most 49 treaties and states \(you chose 52;/);
  });
});

describe('the page', () => {
  const page = subscribePage(catalogue, 'tok');

  it('groups treaties by theme in <details>, each treaty once, with no select box', () => {
    for (const g of treatiesByTheme(catalogue)) {
      expect(page).toContain(`<details><summary>${g.label} <span class="count">(${g.treaties.length})`);
    }
    for (const t of catalogue.treaties) expect(count(page, `name="treaty" value="${t.id}"`), t.id).toBe(1);
    for (const s of catalogue.states) expect(count(page, `name="state" value="${s.code}"`), s.code).toBe(1);
    expect(page).not.toMatch(/<select/);
    expect(page).not.toMatch(/<script/i);
    expect(count(page, 'name="region"')).toBe(statesByRegion(catalogue).flatMap((r) => r.areas).length);
    expect(page).toContain('<span>Every state in Western Africa (16)</span>');
    // The theme order is the brief's: arms control first, regional last.
    expect(page.indexOf('>Arms control <')).toBeLessThan(page.indexOf('>Climate and environment <'));
    expect(page.indexOf('>Climate and environment <')).toBeLessThan(page.indexOf('>Regional <'));
  });

  it('opens the groups that hold a ticked treaty or state, and says how many are chosen', () => {
    const shown = subscribePage(catalogue, 'tok', undefined, {
      topics: ['TOPIC#treaty:ottawa-convention', 'TOPIC#state:UKR'],
      frequency: 'instant',
    });
    expect(shown).toMatch(/<details open><summary>Arms control <span class="count">\(\d+\) — 1 chosen<\/span>/);
    expect(shown).toMatch(/<details open><summary>Europe <span class="count">\(44\) — 1 chosen<\/span>/);
    expect(count(shown, '<details open>')).toBe(2);
  });

  it('escapes names and keys from the catalogue', () => {
    const hostile: Catalogue = {
      treaties: [{ id: 'a"b', name: '<script>alert(1)</script>', theme: 'regional' }],
      states: [{ code: 'X"Y', name: '"><img src=x>', region: 'Europe', subregion: '<i>Sub</i>' }],
    };
    const html = subscribePage(hostile, 'tok');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<i>Sub');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('value="a&#34;b"');
    expect(html).toContain('<legend>&#60;i&#62;Sub&#60;/i&#62;</legend>');
  });

  it('the preferences page has the same groups, with the followed states ticked one by one', () => {
    const now = '2026-12-06T00:00:00Z';
    const html = preferencesPage(
      catalogue,
      {
        subscriberId: 's',
        email: 'p@example.org',
        status: 'confirmed',
        frequency: 'daily',
        createdAt: now,
        topics: ['TOPIC#state:CAN', 'TOPIC#state:USA'],
      },
      't',
      'u',
    );
    expect(html).toMatch(/name="state" value="CAN" checked/);
    expect(html).toMatch(/name="state" value="USA" checked/);
    expect(html).toMatch(/name="region" value="northern-america">/); // not ticked: unticking a state must drop it
    expect(count(html, 'name="treaty"')).toBe(catalogue.treaties.length);
  });
});

describe('through the app', () => {
  it('subscribes to a region and says back each of its states; a refused form keeps the region ticked', async () => {
    const web = makeWeb({ catalogue });
    const get = await web.call('GET', '/');
    const fields = { scope: 'all', region: 'northern-america', treaty: 'energy-charter-treaty', frequency: 'weekly' };
    const post = (page: string, email: string) =>
      web.call('POST', '/subscribe', form({ form_token: formToken(page), email, ...fields }));
    const bad = await post(get.body, 'nope');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/name="region" value="northern-america" checked/);
    expect(bad.body).toMatch(/<details open><summary>Americas <span class="count">\(35\) — 2 chosen/);
    expect(bad.body).toMatch(/value="chosen" checked/);

    const ok = await post(bad.body, 'r@example.org');
    expect(ok.status).toBe(200);
    expect(ok.body).toContain(
      'You asked for: Developments about any of: Energy Charter Treaty; Canada; United States — a weekly digest.',
    );
    expect(web.accounts.items.get(subscriberIdFor('r@example.org'))!.requested!.topics).toEqual([
      'TOPIC#treaty:energy-charter-treaty',
      'TOPIC#state:CAN',
      'TOPIC#state:USA',
    ]);
  });

  it('a preferences change can pick a region too', async () => {
    const web = makeWeb({ catalogue });
    const get = await web.call('GET', '/');
    const fields = { form_token: formToken(get.body), email: 'q@example.org', scope: 'all', frequency: 'instant' };
    await web.call('POST', '/subscribe', form(fields));
    await web.call('GET', web.open(web.mailed.at(-1)!.links.confirmUrl));
    const id = subscriberIdFor('q@example.org');
    const t = signToken(SECRET, id, 'preferences', Date.parse(web.clock.now()) / 1000 + 3600);
    const change = { token: t, scope: 'all', region: 'australia-and-new-zealand', frequency: 'daily' };
    const res = await web.call('POST', '/preferences', form(change));
    expect(res.status).toBe(200);
    expect(res.body).toContain('You now get: Developments about any of: Australia; New Zealand — a daily digest.');
    expect(await web.accounts.idsForTopics(['TOPIC#state:NZL'], 'daily')).toEqual([id]);
  });
});
