// Replays of real-news sequences against one timeline, processed within the same minute (as a replay or a
// backlog does): dates come from the articles, never from the clock.
import { describe, expect, it } from 'vitest';
import type { Claim } from '#core/model';
import { applyClaims } from '#core/novelty';
import { timelinesFromFacts, type Timeline } from '#core/timeline';
import { pairKey, planDetection } from '#core/detection-plan';
import type { StoredArticle } from '#core/records';
import { extract } from '#tests/unit/extract/helpers';

const NOW = '2026-01-05T09:00:00.000Z'; // the replay's clock: the same for every article
const src = (id: string) => ({ articleId: id, label: `${id}.txt` });
const claim = (over: Partial<Claim>): Claim => ({
  state: 'LTU',
  treaty: 'ottawa-convention',
  action: 'withdrawal_notified',
  date: null,
  role: 'primary',
  evidence: 'x',
  ...over,
});
const lithuania = (row: Record<string, string | null> = {}, asOf = '2025-06-01'): Timeline =>
  timelinesFromFacts(
    {
      participation: {
        'ottawa-convention': [
          {
            state: 'Lithuania',
            iso3: 'LTU',
            signature: '1997-12-03',
            consent: '2003-05-12',
            withdrawal_notified: null,
            withdrawal_effective: null,
            ...row,
          },
        ],
      },
    },
    asOf,
    `${asOf}T00:00:00.000Z`,
  )[0];
const run = (t: Timeline, claims: Claim[], id: string, published: string) =>
  applyClaims(t, claims, src(id), { now: NOW, published });

describe('alerting on sequences of real-news reports', () => {
  it(
    'an undated report that the withdrawal took effect, read after the notice story, alerts as an ADVANCE of its ' +
      'own',
    () => {
      const notice = run(lithuania(), [claim({ date: '2025-06-27' })], 'notice', '2025-06-28');
      expect(notice.alert).toMatchObject({ novelty: 'NEW', date: '2025-06-27', folded: false });
      const effect = run(notice.timeline, [claim({ action: 'withdrawal_effective' })], 'effect', '2025-12-28');
      expect(effect.alert).toMatchObject({
        novelty: 'ADVANCE',
        actions: ['withdrawal_effective'],
        date: '2025-12-28',
        folded: false,
      });
      expect(effect.alert!.alertId).not.toBe(notice.alert!.alertId);
      expect(effect.timeline.alerts).toHaveLength(2);
    },
  );

  it('an undated report of an early stage of a withdrawal the record shows finished is history, not NEW', () => {
    const done = lithuania({ withdrawal_notified: '2025-06-27', withdrawal_effective: '2025-12-27' }, '2026-01-01');
    const out = run(
      done,
      [claim({ action: 'withdrawal_proposed' }), claim({ action: 'withdrawal_approved' })],
      'late',
      '2026-01-03',
    );
    expect(out.decisions.map((d) => [d.claim.action, d.novelty, d.alert])).toEqual([
      ['withdrawal_proposed', 'KNOWN', false],
      ['withdrawal_approved', 'KNOWN', false],
    ]);
    expect(out.alert).toBeUndefined();
  });

  it('out of order and undated: the later stage alerts once, the earlier one read after it is history', () => {
    const effect = run(lithuania(), [claim({ action: 'withdrawal_effective' })], 'effect', '2025-12-28');
    expect(effect.alert).toMatchObject({ actions: ['withdrawal_effective'], date: '2025-12-28' });
    const notice = run(effect.timeline, [claim({ date: '2025-06-27' })], 'notice', '2025-06-28');
    const proposal = run(notice.timeline, [claim({ action: 'withdrawal_proposed' })], 'proposal', '2025-03-19');
    expect([notice.alert, proposal.alert]).toEqual([undefined, undefined]);
    expect(notice.decisions[0].novelty).toBe('KNOWN');
    expect(proposal.decisions[0].novelty).toBe('KNOWN');
    expect(proposal.timeline.alerts).toHaveLength(1);
  });

  it('a same-day proposal and decree reported by two outlets still make one alert', () => {
    const first = run(lithuania(), [claim({ action: 'withdrawal_decreed', date: '2025-06-29' })], 'a', '2025-06-29');
    const second = run(first.timeline, [claim({ action: 'withdrawal_proposed' })], 'b', '2025-06-29');
    expect(second.alert).toMatchObject({
      folded: true,
      alertId: first.alert!.alertId,
      actions: ['withdrawal_proposed', 'withdrawal_decreed'],
    });
  });

  it('a withdrawal that starts again after the state rejoined is news, not history', () => {
    const t = lithuania({ withdrawal_notified: '2019-01-10', withdrawal_effective: '2019-07-10' }, '2020-01-01');
    const back = run(t, [claim({ action: 'joined', date: '2021-02-19', role: 'primary' })], 'back', '2021-02-20');
    const again = run(
      back.timeline,
      [claim({ action: 'withdrawal_proposed', date: '2025-03-18' })],
      'again',
      '2025-03-19',
    );
    expect(again.alert).toMatchObject({ actions: ['withdrawal_proposed'], folded: false });
  });
});

// The same sequences end to end: invented articles through the extractor and the detection plan.

const names = { state: (x: string) => x, treaty: (x: string) => x };
const article = (id: string, published: string, text: string): StoredArticle => ({
  articleId: id,
  text,
  published,
  ingestedAt: NOW,
  status: 'ingested',
});
const NOTICE = article(
  'notice',
  '2025-06-28',
  'Lithuania notified the UN of its withdrawal from the Ottawa Convention on Friday.',
);
const EFFECT = article(
  'effect',
  '2025-12-29',
  'Lithuania has formally left the Ottawa Convention, the foreign ministry said.',
);
const PROPOSAL = article(
  'proposal',
  '2025-03-20',
  'The Lithuanian government has decided to withdraw from the Ottawa Convention.',
);

function replay(order: StoredArticle[]) {
  const timelines = new Map<string, Timeline>([[pairKey('LTU', 'ottawa-convention'), lithuania()]]);
  return order.map((a) => {
    const plan = planDetection(a, extract(a.text, a.published), timelines, names, NOW);
    for (const o of plan.outcomes) timelines.set(pairKey(o.timeline.state, o.timeline.treaty), o.timeline);
    return plan.alerts.map(
      (x) => `${x.record.novelty} ${x.record.actions.join('+')} ${x.record.date}${x.folded ? ' folded' : ''}`,
    );
  });
}

describe('replaying invented articles through extraction and detection', () => {
  it('in order: the notice alerts, the undated exit report alerts as an ADVANCE of its own day', () => {
    expect(replay([NOTICE, EFFECT])).toEqual([
      ['NEW withdrawal_notified 2025-06-27'],
      ['ADVANCE withdrawal_effective 2025-12-29'],
    ]);
  });
  it(
    'out of order and undated: the exit alerts once; the notice and the undated proposal read after it are ' +
      'history',
    () => {
      expect(replay([EFFECT, NOTICE, PROPOSAL])).toEqual([['NEW withdrawal_effective 2025-12-29'], [], []]);
    },
  );
});
