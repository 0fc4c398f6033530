// The one reader of article files for every command (extract, replay, eval, digest, facts,
// ingest, npm start, the bench, the rehearsal): a file's bytes go through core's
// parseSourceFile, the parser the S3 function runs on an uploaded object, so the same bytes
// give the same article everywhere — .txt/.md with their header block, .html through
// Readability (text, date, outlet), .json as the HTTP shape. Paths become source labels.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceInput } from '#core/ingest';
import { fileKind, parseSourceFile } from '#core/sources/files';

export interface ExpandOptions {
  /** Read folders inside folders too (`ingest`); otherwise one level, as `extract` and `replay` do. */
  recursive?: boolean;
}

/**
 * Files and folders → the files to read. A folder contributes the types the reader reads (the
 * rest are `ignored`), sorted, dot-files left out; a file named explicitly is always read (an
 * unsupported type then becomes a rejection with its reason, not a silent skip).
 */
export function expandArticlePaths(
  paths: string[],
  options: ExpandOptions = {},
): { files: string[]; ignored: string[] } {
  const files: string[] = [];
  const ignored: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) {
        if (options.recursive) walk(full);
      } else if (stat?.isFile()) (fileKind(name) ? files : ignored).push(full);
    }
  };
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`no such file or folder: ${p}`);
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, ignored };
}

/** A path as its source label: relative to `cwd` when inside it, else as given. */
export function sourceLabel(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * One file → its articles (a .json file may hold a batch). A file that cannot be an article
 * (unreadable, empty, too large, not an article page, malformed JSON) comes back as an input
 * with its `rejection`, which ingest stores as rejected with the reason; it never throws.
 */
export function readArticleFile(path: string, cwd = process.cwd()): SourceInput[] {
  const label = sourceLabel(path, cwd);
  try {
    return parseSourceFile(label, readFileSync(path));
  } catch (error) {
    return [{ text: '', source: label, rejection: `file could not be read: ${(error as Error).message}` }];
  }
}

/** Files and folders → every article they hold, in path order (folders one level unless `recursive`). */
export function readArticleFiles(paths: string[], options: ExpandOptions & { cwd?: string } = {}): SourceInput[] {
  return expandArticlePaths(paths, options).files.flatMap((file) => readArticleFile(file, options.cwd));
}
