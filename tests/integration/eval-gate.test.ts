// Regression gate: the extractor and the replay, scored on the labelled development corpus
// (a copy of shared/corpus), must not fall below figures a little under those measured.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '#local/eval';

describe('evaluation on the labelled corpus', () => {
  it('keeps claim, date and alert scores above the gate', async () => {
    const r = await evaluateCorpus(join(process.cwd(), 'tests', 'fixtures', 'corpus'));
    expect(r.articles).toBe(30);
    expect(r.claims.overall.f1).toBeGreaterThanOrEqual(0.97);
    expect(r.claims.primary.f1).toBeGreaterThanOrEqual(0.98);
    expect(r.claims.background.f1).toBeGreaterThanOrEqual(0.96);
    expect(r.claims.dateAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.alerts.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.alerts.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.conflicts.matched).toBe(r.conflicts.expected); // both factual-error articles are flagged
    expect(r.conflicts.extra.length).toBeLessThanOrEqual(1);
    // A few seconds alone; the replay inside took over a minute on a 2-core machine at load 20.
  }, 240_000);
});
