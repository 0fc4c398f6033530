import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { referenceConflicts, schedulerFrom } from '#adapters/reference-data';
import type { Claim } from '#core/model';
import { applyClaims } from '#core/novelty';
import { timelinesFromFacts } from '#core/timeline';

const facts = loadFactBase();
const scheduleFor = schedulerFrom(facts.treaties, referenceConflicts);

describe('withdrawal schedules from each treaty rule', () => {
  it('adds the notice period to the notification date', () => {
    expect(scheduleFor('LTU', 'ottawa-convention', '2025-06-27')?.effective).toBe('2025-12-27'); // art. 20: six months
    expect(scheduleFor('FIN', 'ottawa-convention', '2025-07-10')?.effective).toBe('2026-01-10');
    expect(scheduleFor('HUN', 'rome-statute', '2025-06-02')?.effective).toBe('2026-06-02'); // art. 127: one year
    expect(scheduleFor('USA', 'paris-agreement', '2025-01-27')?.effective).toBe('2026-01-27');
    expect(scheduleFor('RUS', 'cfe-treaty', '2023-06-10')?.effective).toBe('2023-11-07'); // 150 days
  });

  it('takes the Istanbul Convention effect to the first day of the month after three months', () => {
    expect(scheduleFor('TUR', 'istanbul-convention', '2021-03-22')?.effective).toBe('2021-07-01');
  });

  it('defers an Ottawa withdrawal by a state at war (art. 20(3)), but not a Rome Statute one', () => {
    expect(scheduleFor('UKR', 'ottawa-convention', '2025-07-01')).toMatchObject({ effective: '2026-01-01', deferred: expect.stringMatching(/armed conflict/) });
    expect(scheduleFor('UKR', 'rome-statute', '2025-07-01')?.deferred).toBeUndefined();
    expect(scheduleFor('LTU', 'ottawa-convention', '2025-06-27')?.deferred).toBeUndefined();
  });

  it('gives no schedule for a notification dated only to the month', () => {
    expect(scheduleFor('LTU', 'ottawa-convention', '2025-06')).toBeNull();
  });
});

describe('reports that a withdrawal took effect, against the schedule', () => {
  const lithuania = timelinesFromFacts({ participation: { 'ottawa-convention': facts.participation['ottawa-convention'].filter((r) => r.iso3 === 'LTU') } }, '2025-12-01', '2025-12-01T00:00:00Z')[0];
  const claim = (date: string): Claim => ({ state: 'LTU', treaty: 'ottawa-convention', action: 'withdrawal_effective', date, role: 'primary', evidence: 'The withdrawal took effect.' });
  const ctx = { now: '2025-12-28T09:00:00Z', published: '2025-12-28', scheduleFor };

  it('a report on the scheduled day is still news: an ADVANCE with an alert', () => {
    const out = applyClaims(lithuania, [claim('2025-12-27')], { articleId: 'a', label: 'a' }, ctx);
    expect(out.decisions[0]).toMatchObject({ novelty: 'ADVANCE', alert: true });
    expect(out.timeline.schedule?.effective).toBe('2025-12-27');
  });

  it('a report with another date is a CONFLICT with the schedule', () => {
    const out = applyClaims(lithuania, [claim('2025-12-20')], { articleId: 'b', label: 'b' }, { ...ctx, published: '2025-12-20' });
    expect(out.decisions[0].novelty).toBe('CONFLICT');
    expect(out.timeline.conflicts[0]).toMatchObject({ claimed: '2025-12-20', record: '2025-12-27', recordOrigin: 'schedule' });
  });
});
