// The extraction loop alone, for instruction counts on a shared machine (wall-clock rates are noise there):
//   npx esbuild bench/extract-loop.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=.prof/b/extract-loop.mjs   (two levels down, as the fact files are found from there)
//   W=2 N=0  valgrind --tool=callgrind node .prof/b/extract-loop.mjs
//   W=2 N=10 valgrind --tool=callgrind node .prof/b/extract-loop.mjs
// (node --expose-gc runs a full collection before the counted passes.)
// The difference of the two "I refs" totals over 10 is the instructions of one pass over the bench's articles.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import { loadReader } from '#core/extract/structure';
import { loadFactBase } from '#adapters/fact-files';
import { readArticleFiles } from '#local/article-files';

const gazetteer = buildGazetteer(loadFactBase());
loadReader();
const inputs = readArticleFiles([
  join(process.cwd(), 'tests', 'fixtures', 'corpus', 'articles'),
  join(process.cwd(), 'seeds', 'articles'),
]).filter((i) => !i.rejection);
let claims = 0;
const pass = () => {
  for (const a of inputs)
    claims += extractClaims({ body: a.text, title: a.title, published: a.published }, gazetteer).claims.length;
};
const warm = Number(process.env.W ?? 3);
const passes = Number(process.env.N ?? 10);
for (let i = 0; i < warm; i++) pass();
// Under `node --expose-gc`, a full collection here so the passes counted start from the same heap each run.
(globalThis as { gc?: () => void }).gc?.();
// CG=1 (under valgrind --tool=callgrind --instr-atstart=no): count only the passes, so start-up runs uninstrumented.
const cg = (on: boolean) => {
  if (process.env.CG) execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)]);
};
cg(true);
const t0 = performance.now();
for (let i = 0; i < passes; i++) pass();
const ms = (performance.now() - t0) / Math.max(passes, 1);
cg(false);
console.log(`${inputs.length} articles, ${passes} passes, ${ms.toFixed(1)} ms per pass, ${claims} claims`);
