// Distinct English articles of ~360 words, deterministic, for benchmarks and load tests: the
// same seed gives the same texts, different seeds or indexes give different texts and URLs.
import type { SourceInput } from '#core/ingest';

const WORDS = (
  'the parliament voted on friday to leave the treaty after a long debate minister said that government would ' +
  'notify depositary within days campaigners warned civilians risk decades border security region changed'
).split(' ');

export function syntheticArticles(n: number, seed = 1): SourceInput[] {
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % WORDS.length;
  };
  return Array.from({ length: n }, (_, i) => ({
    text:
      `${Array.from({ length: 20 }, () => `${Array.from({ length: 18 }, () => WORDS[next()]).join(' ')}.`).join(' ')}` +
      ' ' +
      `Story ${seed}-${i}.`,
    url: `https://bench.example/${seed}/${i}?utm_source=bench`,
    title: `Story ${i}`,
    outlet: 'Bench',
  }));
}
