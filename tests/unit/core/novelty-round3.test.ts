// Round-3 alerting kinds from real news (issue 11): one event alerts once. Claims are invented.
import { describe, expect, it } from 'vitest';
import type { Claim } from '#core/model';
import { applyClaims } from '#core/novelty';
import { emptyTimeline, type Timeline } from '#core/timeline';

const NOW = '2026-01-05T09:00:00.000Z'; // a replay: one clock for every article
const src = (id: string) => ({ articleId: id, label: `${id}.txt` });
const claim = (over: Partial<Claim>): Claim => ({
  state: 'GRC',
  treaty: 'icrw',
  action: 'withdrawal_proposed',
  date: null,
  role: 'primary',
  evidence: 'x',
  ...over,
});
const empty = (): Timeline => emptyTimeline('GRC', 'icrw');
const run = (t: Timeline, claims: Claim[], id: string, published: string | null) =>
  applyClaims(t, claims, src(id), { now: NOW, published });

describe('a proposal repeating one already alerted, then reported again', () => {
  it('stays with the first alert: the third report is a corroboration, not a new alert', () => {
    // Monday's report dates the decision a week back; Wednesday's reports date the announcement that day.
    const first = run(empty(), [claim({ date: '2025-03-10' })], 'monday', '2025-03-17');
    expect(first.alert).toMatchObject({ actions: ['withdrawal_proposed'], folded: false });
    const second = run(first.timeline, [claim({ date: '2025-03-19' })], 'wednesday-a', '2025-03-19');
    expect(second.alert).toBeUndefined();
    const third = run(second.timeline, [claim({ date: '2025-03-19' })], 'wednesday-b', '2025-03-19');
    expect(third.alert).toBeUndefined();
    expect(third.decisions[0].novelty).toBe('CORROBORATION');
    expect(third.timeline.alerts).toHaveLength(1);
  });
  it('still alerts a stage first stored as a background mention, on its first primary report', () => {
    const aside = run(empty(), [claim({ date: '2025-03-19', role: 'background' })], 'aside', '2025-03-19');
    expect(aside.alert).toBeUndefined();
    expect(run(aside.timeline, [claim({ date: '2025-03-19' })], 'news', '2025-03-19').alert).toBeDefined();
  });
});
