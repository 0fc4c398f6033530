import { describe, expect, it } from 'vitest';
import type { Claim } from '#core/model';
import { applyClaims, datesCompatible } from '#core/novelty';
import { emptyTimeline, timelinesFromFacts, type Timeline } from '#core/timeline';
import { claim } from './claim-fixture';

const NOW = '2025-06-29T12:00:00.000Z';
const ctx = { now: NOW, published: '2025-06-29' };
const src = (id: string) => ({ articleId: id, label: `${id}.txt` });

function ukraineOnRecord(): Timeline {
  const [t] = timelinesFromFacts(
    {
      participation: {
        'ottawa-convention': [
          {
            state: 'Ukraine',
            iso3: 'UKR',
            signature: '1999-02-24',
            consent: '2005-12-27',
            withdrawal_notified: null,
            withdrawal_effective: null,
          },
        ],
      },
    },
    '2025-06-29',
    '2025-06-28T00:00:00.000Z',
  );
  return t;
}

describe('novelty against the store', () => {
  it('a first report of a decree starts a process: NEW, one alert naming every action it covers', () => {
    const out = applyClaims(ukraineOnRecord(), [claim({}), claim({ action: 'withdrawal_proposed' })], src('a'), ctx);
    expect(out.decisions.map((d) => d.novelty)).toEqual(['NEW', 'NEW']);
    expect(out.alert).toMatchObject({
      state: 'UKR',
      actions: ['withdrawal_proposed', 'withdrawal_decreed'],
      date: '2025-06-29',
      novelty: 'NEW',
      folded: false,
    });
  });

  it('a second report of the same decree corroborates, it does not alert', () => {
    const first = applyClaims(ukraineOnRecord(), [claim({})], src('a'), ctx).timeline;
    const second = applyClaims(first, [claim({ date: null })], src('b'), ctx);
    expect(second.decisions[0].novelty).toBe('CORROBORATION');
    expect(second.alert).toBeUndefined();
    expect(
      second.timeline.stages.find((s) => s.action === 'withdrawal_decreed')?.sources.map((s) => s.articleId),
    ).toEqual(['a', 'b']);
  });

  it('the same article processed twice changes nothing', () => {
    const first = applyClaims(ukraineOnRecord(), [claim({})], src('a'), ctx).timeline;
    const again = applyClaims(first, [claim({})], src('a'), ctx);
    expect(again.changed).toBe(false);
    expect(again.alert).toBeUndefined();
  });

  it('a restated ratification the record holds is KNOWN, even when the text gives the domestic vote month', () => {
    const out = applyClaims(
      ukraineOnRecord(),
      [
        claim({ action: 'joined', date: '2005', role: 'background' }),
        claim({ action: 'joined', date: '2005-05', role: 'background' }),
      ],
      src('a'),
      ctx,
    );
    expect(out.decisions.map((d) => d.novelty)).toEqual(['KNOWN', 'KNOWN']);
    expect(out.timeline.conflicts).toHaveLength(0);
  });

  it('an article that dates membership years before the record is a CONFLICT that keeps both values', () => {
    const out = applyClaims(
      ukraineOnRecord(),
      [claim({ action: 'joined', date: '1999', role: 'background' })],
      src('d'),
      ctx,
    );
    expect(out.decisions[0].novelty).toBe('CONFLICT');
    expect(out.timeline.conflicts[0]).toMatchObject({
      action: 'joined',
      claimed: '1999',
      record: '2005-12-27',
      recordOrigin: 'record',
    });
    expect(out.alert).toBeUndefined();
  });

  it('an old development the store lacks, mentioned in the background, is stored quietly', () => {
    const out = applyClaims(
      emptyTimeline('FIN', 'ottawa-convention'),
      [claim({ state: 'FIN', action: 'withdrawal_approved', date: '2025-06-19', role: 'background' })],
      src('a'),
      ctx,
    );
    expect(out.decisions[0]).toMatchObject({ novelty: 'NEW', alert: false, backfill: true });
    expect(out.alert).toBeUndefined();
    expect(out.timeline.stages[0].backfill).toBe(true);
  });

  it('a primary report of something months old is not news', () => {
    const out = applyClaims(
      emptyTimeline('UKR', 'rome-statute'),
      [claim({ treaty: 'rome-statute', action: 'joined', date: '2024-10-25' })],
      src('a'),
      ctx,
    );
    expect(out.alert).toBeUndefined();
  });

  it('a later stage of a known process is an ADVANCE and alerts', () => {
    const started = applyClaims(ukraineOnRecord(), [claim({})], src('a'), ctx).timeline;
    const later = { now: '2025-07-16T12:00:00.000Z', published: '2025-07-16' };
    const out = applyClaims(started, [claim({ action: 'withdrawal_approved', date: '2025-07-15' })], src('e'), later);
    expect(out.decisions[0].novelty).toBe('ADVANCE');
    expect(out.alert).toMatchObject({ novelty: 'ADVANCE', actions: ['withdrawal_approved'], folded: false });
  });

  it('an earlier stage of a process the record already has further along is history: stored quietly, KNOWN', () => {
    const notified = timelinesFromFacts(
      {
        participation: {
          'ottawa-convention': [
            {
              state: 'Estonia',
              iso3: 'EST',
              signature: null,
              consent: '2004-05-12',
              withdrawal_notified: '2025-06-27',
              withdrawal_effective: null,
            },
          ],
        },
      },
      '2025-06-29',
      NOW,
    )[0];
    const out = applyClaims(
      notified,
      [claim({ state: 'EST', action: 'withdrawal_proposed', date: '2025-03-18', role: 'background' })],
      src('a'),
      ctx,
    );
    expect(out.decisions[0]).toMatchObject({ novelty: 'KNOWN', alert: false, backfill: true });
  });

  it('a same-day neighbour reported after the alert folds into it instead of alerting again', () => {
    const first = applyClaims(ukraineOnRecord(), [claim({})], src('a'), ctx);
    const out = applyClaims(first.timeline, [claim({ action: 'withdrawal_proposed' })], src('b'), {
      ...ctx,
      now: '2025-06-29T18:00:00.000Z',
    });
    expect(out.alert).toMatchObject({
      folded: true,
      alertId: first.alert!.alertId,
      actions: ['withdrawal_proposed', 'withdrawal_decreed'],
    });
    expect(out.timeline.alerts).toHaveLength(1);
  });

  it('treats notification dates a day apart as the same event (time zones), not a conflict', () => {
    expect(datesCompatible('withdrawal_notified', '2025-06-28', '2025-06-27')).toBe(true);
    expect(datesCompatible('withdrawal_decreed', '2025-06-28', '2025-06-27')).toBe(false);
    expect(datesCompatible('withdrawal_approved', '2025-06', '2025-06-19')).toBe(true);
  });
});

describe('facts as of a day', () => {
  it('loads only what was on the record before the as-of day', () => {
    const facts = {
      participation: {
        'ottawa-convention': [
          {
            state: 'Finland',
            iso3: 'FIN',
            signature: null,
            consent: '2012-01-09',
            withdrawal_notified: '2025-07-10',
            withdrawal_effective: '2026-01-10',
          },
        ],
      },
    };
    const [before] = timelinesFromFacts(facts, '2025-06-29', NOW);
    expect(before.stages.map((s) => s.action)).toEqual(['joined']);
    const [after] = timelinesFromFacts(facts, '2025-08-01', NOW);
    expect(after.stages.map((s) => s.action)).toEqual(['joined', 'withdrawal_notified']);
  });
});

describe('syndicated copies', () => {
  it('a wire copy on another site is one source with a mirror, not a corroboration', () => {
    const first = applyClaims(ukraineOnRecord(), [claim({})], src('wire'), ctx).timeline;
    const copy = applyClaims(first, [claim({})], { ...src('copy'), mirrorOf: 'wire' }, ctx);
    expect(copy.decisions[0].novelty).toBe('KNOWN');
    const stage = copy.timeline.stages.find((s) => s.action === 'withdrawal_decreed')!;
    expect(stage.sources.map((s) => s.articleId)).toEqual(['wire']);
    expect(stage.sources[0].mirrors).toEqual(['copy']);
    const again = applyClaims(copy.timeline, [claim({})], { ...src('copy'), mirrorOf: 'wire' }, ctx);
    expect(again.changed).toBe(false);
  });
});

describe('stages that happen more than once', () => {
  const base = () =>
    applyClaims(
      emptyTimeline('LTU', 'cluster-munitions-convention'),
      [
        claim({
          state: 'LTU',
          treaty: 'cluster-munitions-convention',
          action: 'withdrawal_approved',
          date: '2024-07-18',
          evidence: 'Lawmakers endorsed the motion on Thursday.',
        }),
      ],
      src('a'),
      { now: '2024-07-18T12:00:00Z', published: '2024-07-18' },
    ).timeline;
  const later = { now: '2024-07-19T12:00:00Z', published: '2024-07-19' };

  it('an earlier vote named as a preliminary vote is another stage, not a conflict', () => {
    const out = applyClaims(
      base(),
      [
        claim({
          state: 'LTU',
          treaty: 'cluster-munitions-convention',
          action: 'withdrawal_approved',
          date: '2024-07-11',
          role: 'background',
          evidence: 'A week earlier, in a preliminary vote, 99 MPs backed it.',
        }),
      ],
      src('b'),
      later,
    );
    expect(out.timeline.conflicts).toEqual([]);
    expect(out.timeline.stages.filter((s) => s.action === 'withdrawal_approved').map((s) => s.date)).toEqual([
      '2024-07-18',
      '2024-07-11',
    ]);
  });

  it('the same vote given another date, with nothing naming another stage, is a conflict', () => {
    const out = applyClaims(
      base(),
      [
        claim({
          state: 'LTU',
          treaty: 'cluster-munitions-convention',
          action: 'withdrawal_approved',
          date: '2024-07-12',
          role: 'background',
          evidence: 'Parliament endorsed leaving on 12 July.',
        }),
      ],
      src('c'),
      later,
    );
    expect(out.decisions[0].novelty).toBe('CONFLICT');
  });

  it('a second proposal (a bill after a cabinet decision) is stored, not disputed', () => {
    const t = applyClaims(
      emptyTimeline('FIN', 'ottawa-convention'),
      [claim({ state: 'FIN', action: 'withdrawal_proposed', date: '2025-04-01', role: 'background' })],
      src('a'),
      ctx,
    ).timeline;
    const out = applyClaims(
      t,
      [claim({ state: 'FIN', action: 'withdrawal_proposed', date: '2025-05', role: 'background' })],
      src('b'),
      ctx,
    );
    expect(out.timeline.conflicts).toEqual([]);
  });
});

describe('joining again', () => {
  const usa = () =>
    timelinesFromFacts(
      {
        participation: {
          'paris-agreement': [
            {
              state: 'United States',
              iso3: 'USA',
              signature: '2016-04-22',
              consent: '2021-01-20',
              withdrawal_notified: null,
              withdrawal_effective: null,
            },
          ],
        },
      },
      '2025-01-28',
      NOW,
    )[0];
  const join = (date: string, evidence = 'It became a party.'): Claim =>
    claim({ state: 'USA', treaty: 'paris-agreement', action: 'joined', date, role: 'background', evidence });

  it('a first membership before a withdrawal took effect is history, not a conflict with the later consent', () => {
    const exit = claim({
      state: 'USA',
      treaty: 'paris-agreement',
      action: 'withdrawal_effective',
      date: '2020-11-04',
      role: 'background',
    });
    const out = applyClaims(usa(), [join('2016-09'), exit], src('a'), ctx);
    expect(out.timeline.conflicts).toEqual([]);
  });

  it('the entry into force a month after the deposit is the same joining', () => {
    expect(applyClaims(usa(), [join('2021-02-19')], src('a'), ctx).decisions[0].novelty).toBe('KNOWN');
  });

  it('an earlier joining with no exit in between is still a conflict', () => {
    expect(applyClaims(usa(), [join('2016-09')], src('a'), ctx).decisions[0].novelty).toBe('CONFLICT');
  });
});
