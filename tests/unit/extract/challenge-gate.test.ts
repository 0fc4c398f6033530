// Generalisation gate: the extractor on the held-out challenge sets (tests/fixtures/challenge), extraction only.
// Thresholds sit a little under the figures measured when the gate was added (see the challenge README;
// the first, blind figures were far lower: 0.849 overall / 0.615 primary on the 20-article set, 0.667 / 0.700
// on holdout/, 0.710 / 0.857 on holdout-2/, 0.792 / 0.714 on holdout-3/, 0.780 / 0.923 on holdout-4/, 0.857 / 0.933 on holdout-5/). The first five batches have since been used
// to improve the rules, so these are regression thresholds, not generalisation figures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../functions/core/extract/index';
import { scoreClaims } from '../../../local/extract-score';
import type { LabelDev } from '../../../local/extract-score';
import { gz } from './helpers';

function parseArticle(raw: string): { body: string; title?: string; published?: string } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const head: Record<string, string> = {};
  let i = 0;
  for (let m; i < lines.length && (m = /^(Title|Outlet|Published|URL):\s?(.*)$/.exec(lines[i])); i++)
    head[m[1].toLowerCase()] = m[2].trim();
  if (i > 0 && lines[i] === '') i++;
  return { body: lines.slice(i).join('\n'), title: head.title, published: head.published };
}

function score(dir: string) {
  const files = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const predicted = files.map((f) => ({
    file: f,
    claims: extractClaims(parseArticle(readFileSync(join(dir, 'articles', f), 'utf8')), gz).claims,
  }));
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')).articles as {
    file: string;
    developments: LabelDev[];
  }[];
  expect(labels.map((a) => a.file).sort()).toEqual(files);
  return scoreClaims(predicted, labels);
}

describe('challenge gate', () => {
  it('scores the 20-article challenge set above its thresholds', () => {
    const s = score('tests/fixtures/challenge');
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.primary.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.background.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  it('scores the 10-article second batch (holdout) above its thresholds', () => {
    const s = score('tests/fixtures/challenge/holdout');
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.88);
    expect(s.primary.f1).toBeGreaterThanOrEqual(0.92);
    expect(s.background.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  it('scores the 10-article third batch (holdout-2) above its thresholds', () => {
    const s = score('tests/fixtures/challenge/holdout-2');
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.primary.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.background.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.9);
  });
  it('scores the 10-article fourth batch (holdout-3) above its thresholds', () => {
    const s = score('tests/fixtures/challenge/holdout-3');
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.primary.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.background.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  it('scores the 10-article fifth batch (holdout-4) above its thresholds', () => {
    const s = score('tests/fixtures/challenge/holdout-4');
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.primary.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.background.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  // holdout-5 was scored once, blind, on the final rules and never used to change them: its thresholds guard the
  // honest figure (0.857 overall / 0.933 primary / 0.700 background / dates 1.000) against regressions.
  it('scores the 10-article blind sixth batch (holdout-5) above its thresholds', () => {
    const s = score('tests/fixtures/challenge/holdout-5');
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.82);
    expect(s.primary.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.background.f1).toBeGreaterThanOrEqual(0.65);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  it('extracts nothing from the hard negatives of all six batches', () => {
    for (const dir of [
      'tests/fixtures/challenge',
      'tests/fixtures/challenge/holdout',
      'tests/fixtures/challenge/holdout-2',
      'tests/fixtures/challenge/holdout-3',
      'tests/fixtures/challenge/holdout-4',
      'tests/fixtures/challenge/holdout-5',
    ]) {
      const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')).articles as {
        file: string;
        developments: LabelDev[];
      }[];
      const negatives = labels.filter((a) => !a.developments.length).map((a) => a.file);
      expect(negatives.length).toBeGreaterThanOrEqual(2);
      for (const f of negatives)
        expect(extractClaims(parseArticle(readFileSync(join(dir, 'articles', f), 'utf8')), gz).claims, f).toEqual([]);
    }
  });
});
