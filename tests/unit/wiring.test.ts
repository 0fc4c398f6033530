// Wiring: each function's dependencies are built in one place, functions/<name>/dependencies.ts,
// and both callers use that builder — the Lambda handler (through lambda<Name>Dependencies, which
// reads the environment's configuration and calls build<Name>Dependencies) and the local driver
// (which imports the function's makeHandler and its build<Name>Dependencies from the same folder).
// Read from the import declarations and calls in TypeScript's syntax tree, not by matching text;
// and the environment is read only in functions/adapters/config.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ALIASES: Record<string, string> = {
  '#core/': 'functions/core/',
  '#adapters/': 'functions/adapters/',
  '#web/': 'functions/web/',
  '#local/': 'local/',
  '#emails/': 'emails/',
};
/** The local driver's modules that run the functions' handlers. */
const LOCAL_DRIVER = ['local/pipeline.ts', 'local/source-run.ts', 'local/ingest-server.ts'];
/** Functions the local driver does not run, and why. */
const NOT_LOCAL: Record<string, string> = { 'ingest-s3': 'no drop bucket locally: files are read by `ingest` instead' };

const FUNCTIONS = readdirSync(join(ROOT, 'functions'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(ROOT, 'functions', e.name, 'handler.ts')))
  .map((e) => e.name);

/** A builder's name says what the function does: ingest-http → buildHttpIngestDependencies. */
const BUILDER_NAMES: Record<string, string> = { 'ingest-http': 'HttpIngest', 'ingest-s3': 'S3Ingest' };
const pascal = (name: string) =>
  BUILDER_NAMES[name] ?? name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

interface Source {
  file: string;
  text: string;
}

const parse = ({ file, text }: Source) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);

/** The repository path (without .ts) a specifier in `file` names, or the specifier for a package. */
function target(file: string, specifier: string): string {
  const alias = Object.keys(ALIASES).find((a) => specifier.startsWith(a));
  const path = alias
    ? join(ROOT, ALIASES[alias], specifier.slice(alias.length))
    : specifier.startsWith('.')
      ? resolve(dirname(join(ROOT, file)), specifier)
      : undefined;
  return path ? relative(ROOT, path).replace(/\.ts$/, '') : specifier;
}

/** Value (not type-only) names imported, by the module they come from. */
function valueImports(source: Source): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const statement of parse(source).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) continue;
    const from = target(source.file, statement.moduleSpecifier.text);
    const names = out.get(from) ?? new Set<string>();
    for (const element of clause.namedBindings.elements)
      if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
    out.set(from, names);
  }
  return out;
}

/** Names called inside the body of the exported function `name` (directly or nested). */
function callsIn(source: Source, name: string): Set<string> {
  const calls = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) calls.add(node.expression.text);
    ts.forEachChild(node, visit);
  };
  for (const statement of parse(source).statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name && statement.body) visit(statement.body);
  }
  return calls;
}

/** Files (repository paths) where `process.env` is read or written. */
function envReaders(sources: Source[]): string[] {
  return sources
    .filter((source) => {
      let found = false;
      const visit = (node: ts.Node) => {
        if (
          ts.isPropertyAccessExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'process' &&
          node.name.text === 'env'
        )
          found = true;
        if (!found) ts.forEachChild(node, visit);
      };
      visit(parse(source));
      return found;
    })
    .map((s) => s.file);
}

/** Why function `name` is not wired in one place by these sources, as readable lines ([] when it is). */
function wiringProblems(name: string, handler: Source, dependencies: Source, local: Source[]): string[] {
  const problems: string[] = [];
  const build = `build${pascal(name)}Dependencies`;
  const lambda = `lambda${pascal(name)}Dependencies`;
  const folder = `functions/${name}`;
  if (!valueImports(handler).get(`${folder}/dependencies`)?.has(lambda))
    problems.push(`${handler.file} does not import ${lambda} from ./dependencies`);
  if (!callsIn(dependencies, lambda).has(build))
    problems.push(`${dependencies.file}: ${lambda} does not call ${build}`);
  if (name in NOT_LOCAL) return problems;
  const driver = local.filter((s) => valueImports(s).get(`${folder}/handler`)?.has('makeHandler'));
  if (driver.length === 0) problems.push(`no local driver module runs ${folder}/handler`);
  for (const s of driver) {
    if (!valueImports(s).get(`${folder}/dependencies`)?.has(build))
      problems.push(`${s.file} runs ${folder}/handler without ${build}`);
  }
  return problems;
}

const read = (file: string): Source => ({ file, text: readFileSync(join(ROOT, file), 'utf8') });
const tsFiles = (folder: string) =>
  readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));

describe('each function is wired in one place, for Lambda and the local driver alike', () => {
  it('finds every function, each with a dependencies module', () => {
    expect(FUNCTIONS).toEqual(
      expect.arrayContaining([
        'ingest',
        'detect',
        'compose',
        'send',
        'web',
        'feedback',
        'feeds',
        'pages',
        'ingest-http',
        'ingest-s3',
      ]),
    );
    for (const name of FUNCTIONS) expect(existsSync(join(ROOT, 'functions', name, 'dependencies.ts')), name).toBe(true);
  });

  it('the handler and the local driver build each function with its dependencies module', () => {
    const local = LOCAL_DRIVER.map(read);
    const problems = FUNCTIONS.flatMap((name) =>
      wiringProblems(name, read(`functions/${name}/handler.ts`), read(`functions/${name}/dependencies.ts`), local),
    );
    expect(problems).toEqual([]);
  });

  it('each dependencies module exports its builder and its Lambda entry', async () => {
    for (const name of FUNCTIONS) {
      const module = (await import(join(ROOT, 'functions', name, 'dependencies.ts'))) as Record<string, unknown>;
      expect(typeof module[`build${pascal(name)}Dependencies`], name).toBe('function');
      expect(typeof module[`lambda${pascal(name)}Dependencies`], name).toBe('function');
    }
  });

  it('catches a handler that wires itself, and a local driver that wires a function again', () => {
    const handler = {
      file: 'functions/x/handler.ts',
      text: "import { makeStores } from '#adapters/stores';\nexport const handler = () => makeStores('t');",
    };
    const dependencies = {
      file: 'functions/x/dependencies.ts',
      text: 'export function lambdaXDependencies() { return {}; }',
    };
    const local = [
      {
        file: 'local/pipeline.ts',
        text: "import { makeHandler } from '../functions/x/handler';\nmakeHandler({ articles: stores.articles });",
      },
    ];
    expect(wiringProblems('x', handler, dependencies, local)).toEqual([
      'functions/x/handler.ts does not import lambdaXDependencies from ./dependencies',
      'functions/x/dependencies.ts: lambdaXDependencies does not call buildXDependencies',
      'local/pipeline.ts runs functions/x/handler without buildXDependencies',
    ]);
    // A type-only import of the builder is not a use of it.
    const typeOnly = [
      {
        file: 'local/pipeline.ts',
        text: [
          "import { makeHandler } from '../functions/x/handler';",
          "import type { buildXDependencies } from '../functions/x/dependencies';",
        ].join('\n'),
      },
    ];
    expect(wiringProblems('x', handler, dependencies, typeOnly)).toContain(
      'local/pipeline.ts runs functions/x/handler without buildXDependencies',
    );
  });
});

describe('configuration comes from the environment in one module', () => {
  it('no file under functions/ but adapters/config.ts reads process.env', () => {
    const sources = tsFiles('functions').map(read);
    expect(sources.length).toBeGreaterThan(50);
    expect(envReaders(sources)).toEqual(['functions/adapters/config.ts']);
  });

  it('the check sees reads and writes of process.env', () => {
    const sources = [
      { file: 'a.ts', text: 'const x = process.env.FEEDS;' },
      { file: 'b.ts', text: "process.env.TW_X ??= 'full';" },
      { file: 'c.ts', text: 'const env = { process: 1 }; env.process;' },
    ];
    expect(envReaders(sources)).toEqual(['a.ts', 'b.ts']);
  });
});
