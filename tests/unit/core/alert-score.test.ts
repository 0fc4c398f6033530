import { describe, expect, it } from 'vitest';
import { scoreAlerts, type Labels } from '#local/eval';

const labels: Labels = {
  articles: [
    {
      file: 'a.txt',
      cluster: 'c1',
      developments: [
        {
          state: 'POL',
          treaty: 'ottawa-convention',
          action: 'withdrawal_approved',
          date: '2025-06-25',
          role: 'primary',
        },
      ],
    },
    {
      file: 'b.txt',
      cluster: 'c1',
      developments: [
        {
          state: 'POL',
          treaty: 'ottawa-convention',
          action: 'withdrawal_approved',
          date: '2025-06-25',
          role: 'primary',
        },
      ],
    },
    { file: 'n.txt', cluster: null, developments: [] },
  ],
};
const alert = (state: string, actions: string[]) => ({
  state,
  treaty: 'ottawa-convention',
  actions: actions as never,
  date: null,
  novelty: 'NEW' as const,
  sources: ['x'],
});

describe('alert scoring', () => {
  it('counts one alert per labelled primary development as right', () => {
    expect(scoreAlerts([alert('POL', ['withdrawal_approved'])], labels)).toMatchObject({
      precision: 1,
      recall: 1,
      expected: 1,
    });
  });

  it('counts a second alert for the same development as a false alarm', () => {
    const s = scoreAlerts([alert('POL', ['withdrawal_approved']), alert('POL', ['withdrawal_approved'])], labels);
    expect(s.precision).toBe(0.5);
    expect(s.falseAlarms[0].why).toMatch(/repeats/);
  });

  it('counts an alert nobody labelled as a false alarm and a silent cluster as a miss', () => {
    const s = scoreAlerts([alert('NOR', ['withdrawal_proposed'])], labels);
    expect(s).toMatchObject({ precision: 0, recall: 0 });
    expect(s.missed[0]).toMatchObject({ state: 'POL', files: ['a.txt', 'b.txt'] });
  });
});
