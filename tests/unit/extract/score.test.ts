import { describe, expect, it } from 'vitest';
import { scoreClaims } from '../../../local/extract-score';
import type { Claim } from '../../../functions/core/model';

const c = (state: string, action: Claim['action'], date: string | null, role: Claim['role']): Claim => ({
  state,
  treaty: 'ottawa-convention',
  action,
  date,
  role,
  evidence: 'x',
});

describe('scoreClaims', () => {
  it('matches on state, treaty and action, and scores roles and dates separately', () => {
    const pred = [
      {
        file: 'a',
        claims: [
          c('FIN', 'withdrawal_notified', '2025-07-10', 'primary'),
          c('FIN', 'joined', '2011', 'background'),
          c('EST', 'joined', null, 'primary'),
        ],
      },
    ];
    const labels = [
      {
        file: 'a',
        developments: [
          c('FIN', 'withdrawal_notified', '2025-07-10', 'primary'),
          c('FIN', 'joined', '2012', 'background'),
          c('LVA', 'joined', '2005', 'background'),
        ],
      },
    ];
    const s = scoreClaims(pred, labels);
    expect([s.overall.tp, s.overall.fp, s.overall.fn]).toEqual([2, 1, 1]);
    expect(s.primary.tp).toBe(1);
    expect(s.primary.fp).toBe(1);
    expect(s.dateAccuracy).toBe(0.5);
    expect(s.misses.map((m) => m.state)).toEqual(['LVA']);
    expect(s.falseAlarms.map((m) => m.state)).toEqual(['EST']);
  });
});
