// Where a state stands: stage reached, next legal step, effective date (reported, scheduled or
// what would start the clock, with the armed-conflict deferral), recency order, themes.
import { describe, expect, it } from 'vitest';
import { groupByTheme, standingOf, standingsByRecency, type StandingContext } from '#core/record';
import type { Stage, Timeline } from '#core/timeline';
import { TREATIES } from '#tests/unit/web/record-fixture';

const ctx: StandingContext = {
  treaty: (id) => TREATIES.find((t) => t.id === id),
  conflicts: [{ iso3: 'UKR', since: '2022-02-24', until: null }],
  today: '2026-12-06',
};

const stage = (action: Stage['action'], date: string, origin: Stage['origin'] = 'record'): Stage => ({
  action,
  date,
  origin,
  sources: [{ articleId: origin, label: `${action} source`, url: `https://s.example/${action}`, role: 'primary' }],
  firstSeen: `${date}T00:00:00.000Z`,
  novelty: origin === 'record' ? 'RECORD' : 'NEW',
});
const timeline = (state: string, treaty: string, stages: Stage[], over: Partial<Timeline> = {}): Timeline => ({
  state,
  treaty,
  stages,
  conflicts: [],
  alerts: [],
  version: 1,
  ...over,
});

describe('standingOf', () => {
  it('a decreed withdrawal: next is notifying the depositary; effect would follow the clause, deferred', () => {
    const s = standingOf(
      timeline('UKR', 'ottawa-convention', [
        stage('withdrawal_decreed', '2025-06-29', 'news'),
        stage('joined', '2005-12-27'),
      ]),
      ctx,
    )!;
    expect(s.status).toBe('withdrawing');
    expect(s.reached.action).toBe('withdrawal_decreed');
    expect(s.next).toEqual({
      action: 'withdrawal_notified',
      text: 'notification of withdrawal to the Secretary-General of the United Nations',
    });
    expect(s.effect).toEqual({
      basis: 'would take effect six months after notice reaches the UN Secretary-General (art. 20)',
      deferred: 'not before the end of the armed conflict the state is engaged in, art. 20',
      computed: true,
      past: false,
    });
    expect(s.sources.map((x) => x.label)).toEqual(['withdrawal_decreed source', 'joined source']);
  });

  it('a notified withdrawal shows the scheduled date; once past and not deferred, it has taken effect', () => {
    const notified = timeline(
      'FIN',
      'ottawa-convention',
      [stage('joined', '2012-01-09'), stage('withdrawal_notified', '2025-07-10')],
      {
        schedule: { notified: '2025-07-10', effective: '2026-01-10', rule: 'art. 20: 6 months after notification' },
      },
    );
    const s = standingOf(notified, ctx)!;
    expect(s.next?.action).toBe('withdrawal_effective');
    expect(s.effect).toMatchObject({
      date: '2026-01-10',
      basis: 'art. 20: 6 months after notification',
      computed: true,
      past: true,
    });
    const future = standingOf(notified, { ...ctx, today: '2025-08-01' })!;
    expect(future.effect?.past).toBe(false);
  });

  it('a state at war whose schedule was deferred stays deferred', () => {
    const s = standingOf(
      timeline('UKR', 'ottawa-convention', [stage('withdrawal_notified', '2025-06-30')], {
        schedule: {
          notified: '2025-06-30',
          effective: '2025-12-30',
          rule: 'art. 20: 6 months after notification',
          deferred: 'art. 20: not before the end of the armed conflict the state is engaged in',
        },
      }),
      ctx,
    )!;
    expect(s.effect).toMatchObject({
      date: '2025-12-30',
      past: false,
      deferred: 'not before the end of the armed conflict the state is engaged in, art. 20',
    });
  });

  it('withdrawn, signatory and party', () => {
    expect(
      standingOf(
        timeline('HUN', 'rome-statute', [stage('joined', '2001-11-30'), stage('withdrawal_effective', '2026-06-02')]),
        ctx,
      ),
    ).toMatchObject({
      status: 'withdrawn',
      next: undefined,
      effect: { date: '2026-06-02', past: true, computed: false },
    });
    expect(standingOf(timeline('USA', 'rome-statute', [stage('signed', '2000-12-31')]), ctx)).toMatchObject({
      status: 'signatory',
      next: { action: 'joined' },
      developing: false,
    });
    expect(standingOf(timeline('FRA', 'rome-statute', [stage('joined', '2000-06-09')]), ctx)).toMatchObject({
      status: 'party',
      next: undefined,
      effect: undefined,
    });
    expect(standingOf(timeline('FRA', 'rome-statute', []), ctx)).toBeUndefined();
  });
});

describe('standingsByRecency', () => {
  it('puts developments first, the most recent on top, then the quiet record, newest first', () => {
    const out = standingsByRecency(
      [
        timeline('AAA', 'ottawa-convention', [stage('joined', '1999-01-01')]),
        timeline('FIN', 'ottawa-convention', [stage('withdrawal_approved', '2025-06-19', 'news')]),
        timeline('UKR', 'ottawa-convention', [stage('withdrawal_decreed', '2025-06-29', 'news')]),
        timeline('BBB', 'ottawa-convention', [stage('joined', '2003-01-01')]),
      ],
      ctx,
    );
    expect(out.map((s) => s.state)).toEqual(['UKR', 'FIN', 'BBB', 'AAA']);
  });
});

describe('groupByTheme', () => {
  it('orders the known themes and puts treaties without a known theme under Other', () => {
    const groups = groupByTheme([
      { id: 'a', theme: 'regional' },
      { id: 'b' },
      { id: 'c', theme: 'arms-control' },
      { id: 'd', theme: 'made-up' },
    ]);
    expect(groups.map((g) => [g.label, g.treaties.map((t) => t.id)])).toEqual([
      ['Arms control and disarmament', ['c']],
      ['Regional treaties', ['a']],
      ['Other', ['b', 'd']],
    ]);
  });
});
