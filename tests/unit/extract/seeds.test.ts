import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './helpers';
import type { Claim } from '../../../functions/core/model';

const DIR = 'seeds/articles';
const seeds = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.slice(0, 3), extract(readFileSync(`${DIR}/${f}`, 'utf8'))]),
);
const has = (claims: Claim[], want: Partial<Claim>) =>
  claims.some((c) => Object.entries(want).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v));
const UKR = { state: 'UKR', treaty: 'ottawa-convention' } as const;

describe('seed articles (no header)', () => {
  it('finds the withdrawal decree as primary news in every seed', () => {
    for (const [name, r] of Object.entries(seeds))
      expect(has(r.claims, { ...UKR, action: 'withdrawal_decreed', role: 'primary' }), name).toBe(true);
  });
  it('dates the decree 2025-06-29 where the text allows it', () => {
    expect(has(seeds['001'].claims, { ...UKR, action: 'withdrawal_decreed', date: '2025-06-29' })).toBe(true);
    expect(has(seeds['004'].claims, { ...UKR, action: 'withdrawal_decreed', date: '2025-06-29' })).toBe(true);
  });
  it('reads the security council decision as a primary withdrawal proposal', () => {
    expect(has(seeds['000'].claims, { ...UKR, action: 'withdrawal_proposed', role: 'primary' })).toBe(true);
    expect(
      has(seeds['001'].claims, { ...UKR, action: 'withdrawal_proposed', role: 'primary', date: '2025-06-29' }),
    ).toBe(true);
  });
  it('infers the publication date from the dateline or the latest date, and says so', () => {
    expect(seeds['001'].published).toBe('2025-06-29');
    expect(seeds['001'].publishedInferred).toBe(true);
  });
  it('restates Ukraine joining as background, including the erroneous 1999', () => {
    for (const k of ['000', '002', '003'])
      expect(has(seeds[k].claims, { ...UKR, action: 'joined', date: '2005', role: 'background' }), k).toBe(true);
    expect(has(seeds['004'].claims, { ...UKR, action: 'joined', date: '1999', role: 'background' })).toBe(true);
  });
  it("extracts the neighbours' earlier steps from seed 000 as background", () => {
    const c = seeds['000'].claims;
    expect(has(c, { state: 'FIN', action: 'withdrawal_approved', date: '2025-06-19', role: 'background' })).toBe(true);
    for (const st of ['LTU', 'LVA', 'EST'])
      expect(has(c, { state: st, action: 'withdrawal_notified', date: '2025-06-27', role: 'background' }), st).toBe(
        true,
      );
    for (const st of ['EST', 'LVA', 'LTU', 'POL'])
      expect(has(c, { state: st, action: 'withdrawal_proposed', date: '2025-03-18', role: 'background' }), st).toBe(
        true,
      );
  });
  it('does not turn "neither the United States nor Russia have joined" into claims', () => {
    for (const r of Object.values(seeds))
      expect(r.claims.filter((c) => c.state === 'USA' || c.state === 'RUS')).toEqual([]);
  });
});
