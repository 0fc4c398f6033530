// "What happens next" wording from each treaty's withdrawal clause, and "Also on this treaty".
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import type { TreatyRecord } from '#core/facts';
import { clauseEffect, recentTreatySteps, whatHappensNext } from '#core/next-step';
import type { Stage, Timeline } from '#core/timeline';

const facts = loadFactBase();
const treaty = (id: string) => facts.treaties.find((t) => t.id === id)!;
const stage = (action: Stage['action'], date: string, origin: Stage['origin'] = 'news'): Stage => ({
  action,
  date,
  origin,
  sources: [],
  firstSeen: `${date}T00:00:00Z`,
  novelty: origin === 'record' ? 'RECORD' : 'NEW',
});
const schedule = schedulerFrom(facts.treaties, referenceConflicts);

// A treaty shaped like the ICSID Convention (facts-extended): a non-UN depositary, "after receipt".
const icsidLike: TreatyRecord = {
  id: 'icsid-convention',
  theme: 'trade-investment',
  official_name: 'Convention on the Settlement of Investment Disputes between States and Nationals of Other States',
  aliases: ['ICSID Convention'],
  depositary: 'International Bank for Reconstruction and Development (World Bank)',
  withdrawal_rule: {
    article: '71',
    notice_months: 6,
    conditions: 'Denunciation by written notice to the depositary; effective six months after receipt.',
  },
};
const noClause: TreatyRecord = {
  id: 'iccpr',
  theme: 'human-rights',
  official_name: 'International Covenant on Civil and Political Rights',
  aliases: ['ICCPR'],
  depositary: 'Secretary-General of the United Nations',
  withdrawal_rule: {
    article: undefined,
    notice_months: null,
    conditions: 'No denunciation clause.',
    ...{ special_rule: 'no withdrawal clause' },
  },
};

describe('what happens next', () => {
  it(
    'Ottawa, a decree by a state at war: notice to the UN Secretary-General, six months, deferred by art. ' + '20(3)',
    () => {
      const next = whatHappensNext({
        state: 'UKR',
        stateName: 'Ukraine',
        treaty: treaty('ottawa-convention'),
        conflicts: referenceConflicts,
        asOf: '2025-06-29',
        timeline: {
          stages: [
            stage('joined', '2005-12-27', 'record'),
            stage('withdrawal_proposed', '2025-06-29'),
            stage('withdrawal_decreed', '2025-06-29'),
          ],
        },
      });
      expect(next.step).toMatch(/^Next legal step under the treaty: notice of withdrawal to the UN Secretary-General/);
      expect(next.effect).toBe(
        'Under art. 20, it would take effect six months after notice reaches the UN Secretary-General — not before ' +
          'the end of ' +
          'an armed conflict the state is engaged in, art. 20(3).',
      );
      expect(next.condition).toBe(
        'Ukraine is engaged in an armed conflict (since 24 February 2022): while it lasts, ' +
          'the withdrawal would not take effect (art. 20(3)).',
      );
      expect(next.effectiveDate).toBeUndefined();
    },
  );

  it('Ottawa, a notified withdrawal by a state at peace: the date the schedule computes', () => {
    const next = whatHappensNext({
      state: 'LTU',
      stateName: 'Lithuania',
      treaty: treaty('ottawa-convention'),
      conflicts: referenceConflicts,
      asOf: '2025-06-29',
      timeline: {
        stages: [stage('withdrawal_notified', '2025-06-27', 'record')],
        schedule: schedule('LTU', 'ottawa-convention', '2025-06-27')!,
      },
    });
    expect(next.effect).toBe(
      'It would take effect on 27 December 2025, six months after notice reached the UN Secretary-General on 27 June ' +
        '2025.',
    );
    expect(next.effectiveDate).toBe('2025-12-27');
    expect(next.condition).toBeUndefined();
  });

  it('a plain N-month clause with no depositary: notice to the other parties, no armed-conflict wording', () => {
    const next = whatHappensNext({
      state: 'USA',
      stateName: 'United States',
      treaty: treaty('inf-treaty'),
      conflicts: referenceConflicts,
      asOf: '2019-01-01',
      timeline: { stages: [stage('withdrawal_decreed', '2018-12-04')] },
    });
    expect(next.step).toBe(
      'Next legal step under the treaty: notice of withdrawal to the other parties (domestic steps, ' +
        'such as a vote in parliament, may come first).',
    );
    expect(next.effect).toBe('Under art. XV(2), it would take effect six months after notice to the other parties.');
    expect(clauseEffect(treaty('rome-statute'))).toBe(
      'Under art. 127, it would take effect one year after notice reaches the UN Secretary-General, ' +
        'or on a later date the notice names.',
    );
  });

  it('an ICSID-like clause: six months after receipt by a depositary that is not the UN', () => {
    const next = whatHappensNext({
      state: 'VEN',
      stateName: 'Venezuela',
      treaty: icsidLike,
      conflicts: [],
      asOf: '2012-01-20',
      timeline: { stages: [stage('withdrawal_approved', '2012-01-15')] },
    });
    expect(next.step).toBe(
      'Next legal step under the treaty: notice of withdrawal to the depositary, ' +
        'the International Bank for Reconstruction and Development (World Bank).',
    );
    expect(next.effect).toBe(
      'Under art. 71, it would take effect six months after notice reaches the depositary, ' +
        'the International Bank for Reconstruction and Development (World Bank).',
    );
  });

  it('no withdrawal clause: says so and computes nothing', () => {
    const next = whatHappensNext({
      state: 'PRK',
      stateName: 'North Korea',
      treaty: noClause,
      conflicts: [],
      asOf: '1997-08-25',
      timeline: { stages: [stage('withdrawal_notified', '1997-08-23')] },
    });
    expect(next.effect).toBe(
      'ICCPR has no withdrawal clause: a withdrawal would rest on general treaty law, ' +
        'and no date follows from the treaty itself.',
    );
    expect(next.effectiveDate).toBeUndefined();
    expect(clauseEffect(noClause)).toBeUndefined();
  });

  it('TPNW art. 17 and the CCM art. 20(3) name their own armed-conflict article', () => {
    expect(clauseEffect(treaty('tpnw'))).toMatch(
      new RegExp(
        /one year after notice reaches the UN Secretary-General — /.source +
          /not before the end of an armed conflict the state is engaged in, art\. 17\.$/.source,
      ),
    );
    expect(clauseEffect(treaty('cluster-munitions-convention'))).toMatch(/engaged in, art\. 20\(3\)\.$/);
  });
});

describe('also on this treaty', () => {
  const t = (state: string, stages: Stage[]): Pick<Timeline, 'state' | 'stages'> => ({ state, stages });
  const names: Record<string, string> = {
    LTU: 'Lithuania',
    FIN: 'Finland',
    POL: 'Poland',
    FRA: 'France',
    UKR: 'Ukraine',
  };
  it('lists each other state once, its latest step in the last twelve months, newest first', () => {
    const lines = recentTreatySteps(
      [
        t('UKR', [stage('withdrawal_decreed', '2025-06-29')]),
        t('LTU', [
          stage('joined', '2003-05-12', 'record'),
          stage('withdrawal_proposed', '2025-03-18'),
          stage('withdrawal_notified', '2025-06-27', 'record'),
        ]),
        t('FIN', [stage('withdrawal_approved', '2025-06-19')]),
        t('POL', [stage('withdrawal_proposed', '2025-03')]),
        t('FRA', [stage('joined', '1998-07-23', 'record')]),
      ],
      { exceptState: 'UKR', asOf: '2025-06-29', stateName: (s) => names[s] },
    );
    expect(lines.map((l) => l.line)).toEqual([
      'Lithuania — withdrawal notified to the depositary, 27 June 2025',
      'Finland — withdrawal approved by parliament, 19 June 2025',
      'Poland — withdrawal proposed, March 2025',
    ]);
  });
});

describe('a rule with no notice period of its own', () => {
  it('states the special rule under its article, and computes nothing', () => {
    const unesco: TreatyRecord = {
      id: 'unesco-constitution',
      theme: 'international-organisations',
      official_name: 'Constitution of UNESCO',
      aliases: ['UNESCO Constitution'],
      depositary: 'Government of the United Kingdom',
      withdrawal_rule: {
        article: 'II(6)',
        notice_months: null,
        conditions: 'Withdrawal takes effect on 31 December of the year following.',
        ...{ special_rule: 'effect on 31 December of the following year' },
      },
    };
    expect(clauseEffect(unesco)).toBe(
      'Under art. II(6), the effect follows a rule of its own: effect on 31 December of the following year.',
    );
  });
});

describe('the catalogue’s special effect rules (schedule.ts effect_rule)', () => {
  const notified = (id: string, state = 'FRA') => {
    const t = treaty(id);
    const timeline = { stages: [stage('withdrawal_notified', '2025-03-10', 'record')], schedule: undefined };
    const schedule = schedulerFrom(facts.treaties, [])(state, id, '2025-03-10');
    return whatHappensNext({
      state,
      stateName: 'France',
      treaty: t,
      timeline: { ...timeline, schedule: schedule ?? undefined },
      conflicts: [],
      asOf: '2025-04-01',
    });
  };

  it('words each rule as the schedule computes it, not as a plain notice period', () => {
    expect(clauseEffect(treaty('unesco-constitution'))).toMatch(
      /^Under art\. II\(6\), it would take effect on 31 December of the year after the one in which notice reaches /,
    );
    expect(clauseEffect(treaty('opec-statute'))).toMatch(/would take effect on 1 January of the year after notice/);
    expect(clauseEffect(treaty('istanbul-convention'))).toMatch(
      /would take effect on the first day of the month after three months have passed since notice reaches/,
    );
    expect(clauseEffect(treaty('hague-child-abduction-convention'))).toMatch(
      /at the end of the running five-year period, if notice reaches .* at least six months before it ends/,
    );
    expect(clauseEffect(treaty('energy-charter-treaty'))).toMatch(
      /on the expiry of one year after notice reaches .*, or on a later date the notice names\.$/,
    );
  });

  it('a notified withdrawal under a special rule gives the schedule’s date and rule, not "N months after"', () => {
    const next = notified('unesco-constitution');
    expect(next.effectiveDate).toBe('2026-12-31');
    expect(next.effect).toMatch(
      /^It would take effect on 31 December 2026, under art\. II\(6\): 31 December of the year/,
    );
    expect(next.effect).toContain('notice reached');
    expect(notified('istanbul-convention').effectiveDate).toBe('2025-07-01');
  });

  it('no clause (effect_rule none), and a notice period that is only one state’s reservation', () => {
    expect(clauseEffect(treaty('kampala-amendments'))).toBeUndefined();
    expect(notified('kampala-amendments').effect).toMatch(/has no withdrawal clause/);
    expect(clauseEffect(treaty('who-constitution'), 'FRA')).toBeUndefined();
    expect(clauseEffect(treaty('who-constitution'), 'USA')).toMatch(/would take effect one year after notice/);
  });
});
