// House rule: no source file over 300 lines without a one-line reason at its top
// ("// Over 300 lines: <why>"), so a long file is a decision someone wrote down, not drift.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_FOLDERS = ['functions', 'emails', 'infra', 'local', 'cli', 'bench', 'rehearse', 'scripts'];
const LIMIT = 300;
const REASON = /^\/\/ Over 300 lines: \S.{10,}/;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|mjs)$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name));
}

/** "file (N lines)" for every file over the limit whose first line gives no reason. */
function unexplainedLongFiles(files: { file: string; source: string }[]): string[] {
  return files.flatMap(({ file, source }) => {
    const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    return lines > LIMIT && !REASON.test(source.split('\n', 1)[0]) ? [`${relative(ROOT, file)} (${lines} lines)`] : [];
  });
}

describe('source files stay short, or say why not', () => {
  const files = SOURCE_FOLDERS.flatMap(sourceFiles).map((file) => ({ file, source: readFileSync(file, 'utf8') }));

  it('reads the real tree', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('every file over 300 lines starts with a one-line reason', () => {
    expect(unexplainedLongFiles(files)).toEqual([]);
  });

  it('flags a long file without the reason line, and accepts one with it', () => {
    const body = 'const x = 1;\n'.repeat(301);
    expect(unexplainedLongFiles([{ file: join(ROOT, 'functions/long.ts'), source: body }])).toEqual([
      'functions/long.ts (301 lines)',
    ]);
    const reasoned = `// Over 300 lines: one state machine that reads best whole.\n${body}`;
    expect(unexplainedLongFiles([{ file: join(ROOT, 'functions/long.ts'), source: reasoned }])).toEqual([]);
    expect(unexplainedLongFiles([{ file: join(ROOT, 'functions/short.ts'), source: body.slice(0, 300 * 13) }])).toEqual(
      [],
    );
  });
});
