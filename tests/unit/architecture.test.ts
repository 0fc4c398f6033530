// Architecture: core is the domain and owns its contracts. It imports nothing from emails/, infra/,
// adapters/, a function's own folder or an AWS package; those depend on core, never the reverse.
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
