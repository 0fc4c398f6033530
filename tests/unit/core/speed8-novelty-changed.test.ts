// applyClaims reports `changed` from the writes it makes (nothing is ever removed from a timeline) and recomputes the
// schedule only when the latest full-date notice moved: both must agree with comparing the timelines in full.
import { describe, expect, it } from 'vitest';
import type { Claim } from '#core/model';
import { applyClaims } from '#core/novelty';
import { emptyTimeline, type Timeline } from '#core/timeline';
import { claim } from './claim-fixture';

const NOW = '2025-06-29T12:00:00.000Z';
const scheduleFor = (_s: string, _t: string, notified: string) => ({
  notified,
  effective: `${Number(notified.slice(0, 4)) + 1}${notified.slice(4)}`,
  rule: 'one year after the notice',
});
const withoutSchedule = (t: Timeline) => JSON.stringify({ ...t, schedule: undefined });

describe('applyClaims: changed and schedule without a full comparison', () => {
  it('agrees with a full comparison across new stages, repeats, mirrors, conflicts and notices', () => {
    const steps: [Claim[], string, string?][] = [
      [[claim({})], 'a'],
      [[claim({})], 'a'], // the same article again: nothing
      [[claim({ date: null })], 'b'], // corroboration
      [[claim({})], 'copy', 'b'], // a syndicated copy of b: a mirror
      [[claim({})], 'copy', 'b'], // the copy again: nothing
      [[claim({ date: '2025-03-01' })], 'c'], // another date: a conflict
      [[claim({ date: '2025-03-01' })], 'c'], // the same conflict again: nothing
      [[claim({ action: 'withdrawal_notified', date: '2025-07-01' })], 'd'], // a notice: a schedule
      [[claim({ action: 'withdrawal_notified', date: '2025-07-01' })], 'e'], // the same notice: same schedule
      [[claim({ action: 'withdrawal_effective', date: '2027-01-01' })], 'f'], // off the schedule: a conflict
      [[claim({ action: 'withdrawal_proposed', date: '2025-01-01', role: 'background' })], 'g'], // history
    ];
    let t: Timeline = emptyTimeline('UKR', 'ottawa-convention');
    const seen: boolean[] = [];
    for (const [claims, id, mirrorOf] of steps) {
      const source = { articleId: id, label: `${id}.txt`, ...(mirrorOf ? { mirrorOf } : {}) };
      const before = JSON.stringify(t);
      const out = applyClaims(t, claims, source, { now: NOW, published: '2025-07-02', scheduleFor });
      expect(JSON.stringify(t)).toBe(before); // the stored timeline is never written
      expect(out.changed).toBe(withoutSchedule(out.timeline) !== withoutSchedule(t));
      const notices = out.timeline.stages.filter((s) => s.action === 'withdrawal_notified' && s.date?.length === 10);
      const latest = notices
        .map((s) => s.date!)
        .sort()
        .at(-1);
      expect(out.timeline.schedule).toEqual(latest ? scheduleFor('UKR', 'ottawa-convention', latest) : t.schedule);
      seen.push(out.changed);
      t = out.timeline;
    }
    expect(seen).toEqual([true, false, true, true, false, true, false, true, true, true, true]);
  });
});
