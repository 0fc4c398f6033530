#!/usr/bin/env node
// The real-news texts are third-party and stay out of git; a new machine has none. This lists the
// labelled articles whose text is missing (to re-fetch by address or headline from the stored-pages
// corpus) and writes fetched bodies into place with the header the reader expects, taken from the
// committed manifest so a re-fetch cannot drift from the labels' title, outlet and date.
//   node scripts/real-news-texts.mjs missing [FOLDER...]        one JSON line per missing text
//   node scripts/real-news-texts.mjs assemble BODIES [FOLDER...]  BODIES/<file> → <batch>/articles/<file>
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = 'tests/fixtures/real-news';

function manifests(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (name === 'articles' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) out.push(...manifests(full));
    else if (name === 'manifest.json') out.push(full);
  }
  return out;
}

function entries(folders) {
  const roots = folders.length ? folders : [ROOT];
  return roots.flatMap(manifests).flatMap((path) =>
    JSON.parse(readFileSync(path, 'utf8')).map((entry) => ({
      ...entry,
      target: join(dirname(path), 'articles', entry.file),
    })),
  );
}

function header(entry) {
  const lines = [`Title: ${entry.title}`, `Outlet: ${entry.outlet}`];
  if (entry.published) lines.push(`Published: ${entry.published}`);
  lines.push(`URL: ${entry.url}`);
  return `${lines.join('\n')}\n\n`;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'missing') {
  const missing = entries(rest).filter((e) => !existsSync(e.target));
  for (const e of missing) {
    const { file, url, title, outlet, published, target } = e;
    console.log(
      JSON.stringify({ file, url, title, outlet, published, batch: relative(ROOT, dirname(dirname(target))) }),
    );
  }
  console.error(`${missing.length} labelled article text(s) missing`);
} else if (command === 'assemble' && rest[0]) {
  const [bodies, ...folders] = rest;
  let written = 0;
  let absent = 0;
  for (const e of entries(folders)) {
    const body = join(bodies, e.file);
    if (!existsSync(body)) {
      absent += 1;
      continue;
    }
    const text = readFileSync(body, 'utf8').replace(/\r\n?/g, '\n').trim();
    if (!text) throw new Error(`${body} is empty`);
    mkdirSync(dirname(e.target), { recursive: true });
    writeFileSync(e.target, `${header(e)}${text}\n`);
    written += 1;
  }
  console.error(`${written} article text(s) written, ${absent} without a fetched body`);
} else {
  console.error('usage: real-news-texts.mjs missing [FOLDER...] | assemble BODIES [FOLDER...]');
  process.exit(2);
}
