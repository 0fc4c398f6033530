// Alerting kinds from real news (issue 11): each event alerts once. Claims are invented.
import { describe, expect, it } from 'vitest';
import type { Claim } from '#core/model';
import { applyClaims } from '#core/novelty';
import { timelinesFromFacts, type Timeline } from '#core/timeline';
import { extract } from '../extract/helpers';

const NOW = '2026-01-05T09:00:00.000Z'; // a replay: one clock for every article
const src = (id: string) => ({ articleId: id, label: `${id}.txt` });
const claim = (over: Partial<Claim>): Claim => ({
  state: 'HUN',
  treaty: 'rome-statute',
  action: 'withdrawal_proposed',
  date: null,
  role: 'primary',
  evidence: 'x',
  ...over,
});
const hungary = (): Timeline =>
  timelinesFromFacts(
    {
      participation: {
        'rome-statute': [
          {
            state: 'Hungary',
            iso3: 'HUN',
            signature: '1999-01-15',
            consent: '2001-11-30',
            withdrawal_notified: null,
            withdrawal_effective: null,
          },
        ],
      },
    },
    '2025-01-01',
    '2025-01-01T00:00:00.000Z',
  )[0];
const run = (t: Timeline, claims: Claim[], id: string, published: string | null) =>
  applyClaims(t, claims, src(id), { now: NOW, published });

describe('an exit reported together with its own proposal', () => {
  it('alerts the proposal; the headline word "quits" is neither stored as an effect nor alerted', () => {
    const out = run(hungary(), [claim({ action: 'withdrawal_effective' }), claim({})], 'quits', null);
    expect(out.alert).toMatchObject({ actions: ['withdrawal_proposed'], novelty: 'NEW' });
    expect(out.timeline.stages.some((s) => s.action === 'withdrawal_effective')).toBe(false);
  });
  it('keeps an exit reported with its notice (the notice was given earlier, the effect is today)', () => {
    const out = run(
      hungary(),
      [
        claim({ action: 'withdrawal_effective', date: '2026-06-02' }),
        claim({ action: 'withdrawal_notified', date: '2025-06-02', role: 'background' }),
      ],
      'done',
      '2026-06-02',
    );
    expect(out.alert?.actions).toContain('withdrawal_effective');
  });
  it('keeps an exit the text dates itself ("has become effective today"), even beside a same-day announcement', () => {
    const out = run(
      hungary(),
      [claim({ action: 'withdrawal_effective', date: '2026-01-29' }), claim({ date: '2026-01-29' })],
      'today',
      '2026-01-29',
    );
    expect(out.alert?.actions).toContain('withdrawal_effective');
  });
  it('keeps an exit dated apart from a proposal the same article recalls', () => {
    const out = run(
      hungary(),
      [claim({ action: 'withdrawal_effective', date: '2026-06-02' }), claim({ date: '2025-04-03' })],
      'later',
      '2026-06-02',
    );
    expect(out.alert?.actions).toEqual(['withdrawal_effective']);
  });
});

describe('a further proposal in a process already alerted', () => {
  it('is stored but not alerted again when it comes weeks later', () => {
    const first = run(hungary(), [claim({ date: '2025-04-03' })], 'decision', '2025-04-03');
    expect(first.alert).toBeDefined();
    const again = run(first.timeline, [claim({ date: '2025-05-08' })], 'statement', '2025-05-08');
    expect(again.alert).toBeUndefined();
    expect(again.timeline.stages.filter((s) => s.action === 'withdrawal_proposed')).toHaveLength(2);
  });
  it('alerts a proposal made long after an earlier one (a new attempt)', () => {
    const first = run(hungary(), [claim({ date: '2021-04-03' })], 'old', '2021-04-03');
    const again = run(first.timeline, [claim({ date: '2025-05-08' })], 'new', '2025-05-08');
    expect(again.alert).toMatchObject({ actions: ['withdrawal_proposed'], date: '2025-05-08' });
  });
});

describe('a stage first stored quietly, then reported as the news', () => {
  it('alerts on its first primary report', () => {
    const quiet = run(hungary(), [claim({ date: '2025', role: 'background' })], 'aside', '2025-04-03');
    expect(quiet.alert).toBeUndefined();
    const news = run(quiet.timeline, [claim({})], 'news', null);
    expect(news.alert).toMatchObject({ actions: ['withdrawal_proposed'], date: '2025', novelty: 'NEW' });
    const again = run(news.timeline, [claim({})], 'again', null);
    expect(again.alert).toBeUndefined();
  });
  it('does not alert an old stage that a later report calls its news', () => {
    const quiet = run(hungary(), [claim({ date: '2019-05', role: 'background' })], 'aside', '2025-04-03');
    expect(run(quiet.timeline, [claim({})], 'recap', '2025-04-20').alert).toBeUndefined();
  });
});

describe('the publication bound of an undated page', () => {
  it('is raised by a yearless day whose weekday fixes its year ("On Saturday, January 10")', () => {
    const r = extract(
      "The UN received Greece's notice of withdrawal from the Ottawa Convention on July 10, 2025.\n\n" +
        'On Saturday, January 10, Greece officially left the Ottawa Convention.',
    );
    expect(r.published).toBe('2026-01-10');
    expect(r.publishedBound).toBe('lower');
  });
});
