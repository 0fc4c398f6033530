// Architecture: core is the domain and owns its contracts. It imports nothing from emails/, infra/,
// adapters/, a function's own folder or an AWS package; those depend on core, never the reverse.
// Inside core no two files import each other, even for types (ports.ts and records.ts are leaves
// the use cases import, never the other way round).
// Reads every import (static, type-only, re-export, dynamic, require) with TypeScript's own scanner.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CORE = join(ROOT, 'functions/core');

/** Every .ts file under a folder of the repository. */
function tsFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The module specifiers a source imports, in any form. */
function importsOf(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const AWS_PACKAGE = /^(@aws-sdk\/|@aws-lambda-powertools\/|aws-lambda$|@types\/aws-lambda$|aws-cdk-lib|constructs$)/;

/** Why a core file (at `file`) may not import `specifier`, or null when it may. */
function forbiddenInCore(file: string, specifier: string): string | null {
  if (AWS_PACKAGE.test(specifier)) return 'an AWS package';
  if (specifier.startsWith('#')) return specifier.startsWith('#core/') ? null : `the ${specifier.split('/')[0]} alias`;
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    return target === CORE || target.startsWith(CORE + sep) ? null : `${relative(ROOT, target)}, outside core`;
  }
  return null;
}

/** Every forbidden import in core, as "file: specifier (reason)". */
function coreViolations(files: { file: string; source: string }[]): string[] {
  return files.flatMap(({ file, source }) =>
    importsOf(source).flatMap((spec) => {
      const why = forbiddenInCore(file, spec);
      return why ? [`${relative(ROOT, file)}: ${spec} (${why})`] : [];
    }),
  );
}

const read = (file: string) => ({ file, source: readFileSync(file, 'utf8') });

describe('core owns its contracts', () => {
  it('reads a real core: dozens of files, each with imports scanned', () => {
    const files = tsFiles('functions/core');
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.endsWith(`${sep}core${sep}ingest.ts`))).toBe(true);
  });

  it('no core file imports emails/, infra/, adapters/, a function folder or an AWS package', () => {
    expect(coreViolations(tsFiles('functions/core').map(read))).toEqual([]);
  });

  it('catches each kind of forbidden import, relative climbs out of core included', () => {
    const file = join(CORE, 'sub/x.ts');
    const source = [
      "import type { RenderedEdition } from '#emails/index';",
      "import { topics } from '#schema';",
      "export { x } from '#adapters/config';",
      "import { SESv2Client } from '@aws-sdk/client-sesv2';",
      "import type { Context } from 'aws-lambda';",
      "import { Logger } from '@aws-lambda-powertools/logger';",
      "import { handler } from '../../web/handler.ts';",
      "const m = await import('../../../infra/table-schema.ts');",
      "import { ok } from '../model.ts';",
      "import { fine } from '#core/model';",
      "import { createHash } from 'node:crypto';",
    ].join('\n');
    expect(coreViolations([{ file, source }])).toEqual([
      'functions/core/sub/x.ts: #emails/index (the #emails alias)',
      'functions/core/sub/x.ts: #schema (the #schema alias)',
      'functions/core/sub/x.ts: #adapters/config (the #adapters alias)',
      'functions/core/sub/x.ts: @aws-sdk/client-sesv2 (an AWS package)',
      'functions/core/sub/x.ts: aws-lambda (an AWS package)',
      'functions/core/sub/x.ts: @aws-lambda-powertools/logger (an AWS package)',
      'functions/core/sub/x.ts: ../../web/handler.ts (functions/web/handler.ts, outside core)',
      'functions/core/sub/x.ts: ../../../infra/table-schema.ts (infra/table-schema.ts, outside core)',
    ]);
  });

  it('the dependency points at core: emails/, adapters/ and infra/ import core', () => {
    const intoCore = (file: string, spec: string) =>
      spec.startsWith('#core/') || (spec.startsWith('.') && resolve(dirname(file), spec).startsWith(CORE));
    const importsCore = (folder: string) =>
      tsFiles(folder).some((file) => importsOf(readFileSync(file, 'utf8')).some((spec) => intoCore(file, spec)));
    for (const folder of ['emails', 'functions/adapters', 'infra']) expect(importsCore(folder), folder).toBe(true);
  });
});

/** Which core file a specifier names (of `known`), or null when it leaves core or names no file. */
function coreTarget(file: string, specifier: string, known: Set<string>): string | null {
  let base: string;
  if (specifier.startsWith('#core/')) base = join(CORE, specifier.slice('#core/'.length));
  else if (specifier.startsWith('.')) base = resolve(dirname(file), specifier);
  else return null;
  return [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => known.has(candidate)) ?? null;
}

/** The import cycles among these files, each as "a.ts → b.ts → a.ts" from its first file in name order. */
function importCycles(files: { file: string; source: string }[]): string[] {
  const known = new Set(files.map((f) => f.file));
  const edges = new Map(
    files.map(({ file, source }) => [
      file,
      [...new Set(importsOf(source).flatMap((spec) => coreTarget(file, spec, known) ?? []))].sort(),
    ]),
  );
  const name = (file: string) => relative(CORE, file).split(sep).join('/');
  const cycles = new Set<string>();
  // Depth-first, each file entered once: an import of a file still on the path closes a cycle.
  const done = new Set<string>();
  const walk = (file: string, path: string[]) => {
    for (const next of edges.get(file) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const loop = path.slice(at);
        const first = loop.indexOf([...loop].sort()[0]);
        const rotated = [...loop.slice(first), ...loop.slice(0, first)];
        cycles.add([...rotated, rotated[0]].map(name).join(' → '));
      } else if (!done.has(next)) walk(next, [...path, next]);
    }
    done.add(file);
  };
  for (const file of [...known].sort()) if (!done.has(file)) walk(file, [file]);
  return [...cycles].sort();
}

// The extraction tuners are editing these two now (cues' negation test lives in structure, which
// takes the cue types from cues): untangle them when their branches have merged, then drop this.
const KNOWN_CYCLES = ['extract/cues.ts → extract/structure.ts → extract/cues.ts'];

describe('no import cycles inside core', () => {
  it('core files import each other without a cycle (type-only imports count)', () => {
    expect(importCycles(tsFiles('functions/core').map(read))).toEqual(KNOWN_CYCLES);
  });

  it('ports.ts and records.ts import no use case', () => {
    const files = tsFiles('functions/core');
    const known = new Set(files);
    for (const leaf of ['ports.ts', 'records.ts']) {
      const file = join(CORE, leaf);
      const targets = importsOf(readFileSync(file, 'utf8')).flatMap((spec) => coreTarget(file, spec, known) ?? []);
      expect(targets.length, leaf).toBeGreaterThan(0);
      // Vocabulary modules only: the domain's words, a subscriber, a timeline, a message, a feed entry.
      const allowed = ['model', 'records', 'subscriber', 'timeline', 'email-sending', 'sources/feed'];
      const names = targets.map((t) => relative(CORE, t).replace(/\.ts$/, '').split(sep).join('/'));
      expect(
        names.filter((t) => !allowed.includes(t)),
        leaf,
      ).toEqual([]);
    }
  });

  it('finds direct, longer and type-only cycles through relative paths and the #core alias', () => {
    const at = (name: string) => join(CORE, name);
    const files = [
      { file: at('a.ts'), source: "import type { B } from './b';" },
      { file: at('b.ts'), source: "import { a } from '#core/a';\nimport { m } from './model.ts';" },
      { file: at('model.ts'), source: "import { createHash } from 'node:crypto';" },
      { file: at('sub/x.ts'), source: "export { y } from './y';" },
      { file: at('sub/y.ts'), source: "import type { Z } from '../z';" },
      { file: at('z.ts'), source: "const x = await import('./sub/x.ts');" },
      { file: at('leaf.ts'), source: "import { m } from './model';\nimport { a } from './a';" },
    ];
    expect(importCycles(files)).toEqual(['a.ts → b.ts → a.ts', 'sub/x.ts → sub/y.ts → z.ts → sub/x.ts']);
  });
});
