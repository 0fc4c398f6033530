// The evaluator on a corpus laid out like the real-news set: folders of batches, one left out,
// a labelled article whose text is not here, and a label on an instrument outside the catalogue.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalFigures, evaluateCorpus } from '#local/eval';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'eval-batches');

describe('evaluation over batches of a real-news-style set', () => {
  it('reads every labels.json below the folder as one corpus, leaves out excluded batches, scores the ' +
    'splits', async () => {
    const r = await evaluateCorpus(DIR, undefined, { excludeBatches: ['final'] });
    expect(r.batches).toEqual(['news/batch-1', 'news/batch-2']);
    expect(r.excluded).toEqual(['news/final']);
    expect(r.articles).toBe(3);
    expect(r.missingTexts).toEqual(['news/batch-1/03-not-on-this-machine.txt']);
    // Ottawa (first catalogue), OPEC (new to it), the migratory species convention (outside it, by its name).
    expect(r.splits['first-catalogue']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.splits['new-to-catalogue']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.splits.uncatalogued).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.alerts).toMatchObject({ expected: 3, truePositives: 3, alerts: 3 });
    const figures = evalFigures(r);
    expect(JSON.parse(JSON.stringify(figures))).toMatchObject({
      articles: 3,
      claims: { all: { f1: 1 } },
      alerts: { precision: 1, recall: 1 },
    });
  }, 120_000);

  it('includes the held-out batch when nothing is excluded', async () => {
    const r = await evaluateCorpus(DIR);
    expect(r.batches).toEqual(['news/batch-1', 'news/batch-2', 'news/final']);
    expect(r.articles).toBe(4);
  }, 120_000);
});
