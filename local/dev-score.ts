// Dev script: npx tsx local/dev-score.ts <corpus dir> [--holdout|--dev] [--verbose]
// Corpus dir holds articles/*.txt (Title:/Outlet:/Published: header, blank line, body) and labels.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import { loadFactBase } from '#adapters/fact-files';
import { readArticleFile } from './article-files';
import { scoreClaims } from './extract-score';
import type { LabelDev, Prf } from './extract-score';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpus';
const artDir = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
const labelsPath = existsSync(join(dir, 'labels.json')) ? join(dir, 'labels.json') : join(dir, '..', 'labels.json');
const gz = buildGazetteer(loadFactBase());
const num = (f: string) => parseInt(f, 10);
const keep = (f: string) =>
  args.includes('--holdout') ? num(f) % 3 === 0 : args.includes('--dev') ? num(f) % 3 !== 0 : true;

/** An article file as every command reads it (article-files.ts), in the extractor's terms. */
function readArticle(path: string): { body: string; title?: string; published?: string } {
  const [input] = readArticleFile(path);
  return { body: input.text, title: input.title, published: input.published };
}

const files = readdirSync(artDir)
  .filter((f) => f.endsWith('.txt') && keep(f))
  .sort();
const predicted = files.map((f) => ({ file: f, claims: extractClaims(readArticle(join(artDir, f)), gz).claims }));
const labels = (
  JSON.parse(readFileSync(labelsPath, 'utf8')).articles as { file: string; developments: LabelDev[] }[]
).filter((a) => files.includes(a.file));
const s = scoreClaims(predicted, labels);
const row = (n: string, p: Prf) =>
  console.log(
    `${n.padEnd(11)} P=${p.precision.toFixed(3)} R=${p.recall.toFixed(3)} F1=${p.f1.toFixed(3)}  ` +
      `(tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`,
  );
console.log(`${files.length} articles`);
row('overall', s.overall);
row('primary', s.primary);
row('background', s.background);
console.log(`date acc    ${s.dateAccuracy.toFixed(3)} (${s.dateCorrect}/${s.dateMatched})`);
if (args.includes('--verbose')) {
  for (const m of s.misses)
    console.log(`MISS  ${m.file} ${m.state} ${m.treaty} ${m.action} ${m.date} ${m.role} | ${m.note ?? ''}`);
  for (const m of s.falseAlarms)
    console.log(
      `FALSE ${m.file} ${m.state} ${m.treaty} ${m.action} ${m.date} ${m.role} | ${m.evidence?.slice(0, 140)}`,
    );
  for (const m of s.dateErrors)
    console.log(
      `DATE  ${m.file} ${m.state} ${m.treaty} ${m.action} want ${m.date} got ${m.predicted} | ` +
        `${m.evidence?.slice(0, 120)}`,
    );
  // role mismatches among matched claims
}
// timing
const bodies = files.map((f) => readArticle(join(artDir, f)));
for (let w = performance.now(); performance.now() - w < 500; ) for (const b of bodies) extractClaims(b, gz); // warm up the JIT
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 1000)
  for (const b of bodies) {
    extractClaims(b, gz);
    n++;
  }
console.log(`speed       ${((performance.now() - t0) / n).toFixed(3)} ms/article (${n} runs)`);
