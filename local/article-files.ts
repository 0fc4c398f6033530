// Article files and folders → article inputs, with paths as their source labels.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticleFile } from '#core/article';
import type { ArticleInput } from '#core/model';

/** Expands files and folders (one level of *.txt, *.md, *.html; sorted) into file paths. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`no such file or folder: ${p}`);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (/\.(txt|md|html?)$/i.test(name) && statSync(join(p, name)).isFile()) files.push(join(p, name));
      }
    } else files.push(p);
  }
  return files;
}

export function readArticleFile(path: string, cwd = process.cwd()): ArticleInput {
  const label = relative(cwd, path) || path;
  return parseArticleFile(readFileSync(path, 'utf8'), label.startsWith('..') ? path : label);
}
