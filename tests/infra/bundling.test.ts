// Infra bundling: what every function's esbuild bundle leaves out, and the proof that it is safe.
// cssomnom (195 KB) is replaced by a throwing stub: linkedom reads it only in HTMLStyleElement.sheet.
// domutils is replaced by a throwing stub: only css-select imports it, for a default adapter
// linkedom never lets it use. htmlparser2 is narrowed to its Parser, the one export linkedom reads.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_ALIASES,
  ESBUILD_SETTINGS,
  ESM_REQUIRE_SHIM,
  FUNCTION_NAMES,
  PROJECT_ROOT,
} from '#infra/constructs/treaty-function';
import { parse } from '#infra/bundling/cssomnom-parse';
import * as domutilsStub from '#infra/bundling/domutils';
import {
  BUNDLE_BUDGET_KB,
  bundleInMemory,
  formatBundleReport,
  installedModules,
  measureBundle,
  referenceCarriers,
} from '#infra/bundle-report';
import { extractMainText } from '#core/sources/html';

const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));

/** A module as linkedom (and the bundles) resolve it. */
const resolvedByLinkedom = (specifier: string): string =>
  createRequire(join(PROJECT_ROOT, 'node_modules', 'linkedom', 'package.json')).resolve(specifier);

const PAGE = `<!doctype html><html lang="en"><head><title>Decree</title><meta property="article:published_time" \
content="2025-06-29T10:00:00Z">
<link rel="canonical" href="https://news.example/decree"><style>p { color: red } @media print { nav { display: none } \
}</style></head>
<body><nav>Home · World · Politics</nav><article><h1>Examplestan leaves the convention</h1><style>.lead { \
font-weight: bold }</style>
${Array.from(
  { length: 10 },
  (_, i) =>
    `<p class="lead">Paragraph ${i}: the president of Examplestan signed a decree ` +
    `on 29 June 2025 to withdraw from the Ottawa Convention, officials said.</p>`,
).join('\n')}
<ul><li>First reading: <a href="/r1">12 May</a></li><li>Second \
reading</li></ul><table><tr><th>Vote</th><th>Count</th></tr><tr><td>For</td><td>68</td></tr></table>
</article><footer>© Example News</footer></body></html>`;

describe('bundling', { timeout: 60_000 }, () => {
  it('stubs only modules that exist, with stubs that fail loudly if ever called', () => {
    expect(Object.keys(BUNDLE_ALIASES).sort()).toEqual([
      '@aws/lambda-invoke-store',
      'cssomnom/parse',
      'domutils',
      'htmlparser2',
    ]);
    for (const stub of [
      BUNDLE_ALIASES['cssomnom/parse'],
      BUNDLE_ALIASES.domutils,
      BUNDLE_ALIASES['@aws/lambda-invoke-store'],
    ])
      expect(readFileSync(stub, 'utf8')).toMatch(/throw new Error/);
    expect(() => parse('p { color: red }')).toThrow(/CSSOM \(cssomnom\) is not bundled/);
    const stubs = Object.entries(domutilsStub);
    expect(stubs.length).toBeGreaterThan(0);
    for (const [name, fn] of stubs) expect(fn, name).toThrow(/css-select's default adapter is unavailable/);
  });

  it(
    'linkedom reaches cssomnom only through HTMLStyleElement.sheet, which neither Readability nor our code ' + 'reads',
    () => {
      const linkedom = join(PROJECT_ROOT, 'node_modules', 'linkedom', 'esm');
      const importers = filesUnder(linkedom, /\.js$/).filter((f) =>
        /from\s+['"]cssomnom/.test(readFileSync(f, 'utf8')),
      );
      expect(importers.map((f) => relative(linkedom, f))).toEqual(['html/style-element.js']);
      const styleElement = readFileSync(importers[0], 'utf8');
      expect(styleElement.match(/\bparse\(/g)).toHaveLength(1);
      expect(styleElement).toMatch(/get sheet\(\) \{[^}]*\}[^}]*return this\[SHEET\] = parse\(this\.textContent\);/);
      const readers = [
        join(PROJECT_ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'),
        ...filesUnder(join(PROJECT_ROOT, 'functions'), /\.ts$/),
        ...filesUnder(join(PROJECT_ROOT, 'emails'), /\.ts$/),
      ].filter((f) => /\.sheet\b|\bstyleSheets\b/.test(readFileSync(f, 'utf8')));
      expect(readers).toEqual([]);
    },
  );

  it('css-select takes domutils only for its default adapter, and linkedom always passes its own', () => {
    const cssSelect = dirname(resolvedByLinkedom('css-select'));
    const importers = filesUnder(cssSelect, /\.js$/).filter((f) =>
      /from\s+['"]domutils['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(importers.map((f) => relative(cssSelect, f))).toEqual(['index.js']);
    const index = readFileSync(importers[0], 'utf8');
    expect(index.match(/\bDomUtils\b/g)).toHaveLength(2); // the import and the default adapter
    expect(index).toMatch(/import \* as DomUtils from "domutils";/);
    expect(index).toMatch(/const defaultOptions = \{\s*adapter: \{ \.\.\.DomUtils, isTag \},/);
    const linkedom = join(PROJECT_ROOT, 'node_modules', 'linkedom', 'esm');
    const callers = filesUnder(linkedom, /\.js$/).filter((f) =>
      /from\s+['"]css-select['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(callers.map((f) => relative(linkedom, f))).toEqual(['shared/matches.js']);
    const calls = readFileSync(callers[0], 'utf8')
      .split(/\bCSSselect\./)
      .slice(1);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls)
      expect(call).toMatch(/^\w+\(\s*(?:element,\s*)?selectors,\s*\{[^}]*\badapter\b[^}]*\}\s*\)/);
  });

  it(
    'linkedom reads only Parser from htmlparser2, and the alias is that module of the htmlparser2 linkedom ' +
      'resolves',
    async () => {
      const linkedom = join(PROJECT_ROOT, 'node_modules', 'linkedom', 'esm');
      const importers = filesUnder(linkedom, /\.js$/).filter((f) =>
        /from\s+['"]htmlparser2['"]/.test(readFileSync(f, 'utf8')),
      );
      expect(importers.map((f) => relative(linkedom, f))).toEqual(['shared/parse-from-string.js']);
      const source = readFileSync(importers[0], 'utf8');
      expect(source.match(/\bHTMLParser2\b/g)).toHaveLength(2);
      expect(source).toMatch(/import \* as HTMLParser2 from 'htmlparser2';/);
      expect(source).toMatch(/const \{Parser\} = HTMLParser2;/);
      const index = resolvedByLinkedom('htmlparser2');
      expect(BUNDLE_ALIASES.htmlparser2).toBe(join(dirname(index), 'Parser.js'));
      const version = (
        JSON.parse(readFileSync(join(dirname(index), '..', 'package.json'), 'utf8')) as { version: string }
      ).version;
      const overrides = (
        JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
          overrides: { linkedom: { htmlparser2: string } };
        }
      ).overrides;
      expect(version).toBe(overrides.linkedom.htmlparser2);
      const narrowed = (await import(pathToFileURL(BUNDLE_ALIASES.htmlparser2).href)) as Record<string, unknown>;
      const full = (await import(pathToFileURL(index).href)) as Record<string, unknown>;
      expect(narrowed.Parser).toBe(full.Parser);
    },
  );

  it(
    'Powertools imports @aws/lambda-invoke-store only for its side effect, which the stub repeats, and ' +
      'no bundle uses its API',
    async () => {
      // Every import of the package in what the bundles take from node_modules (the SDK is the runtime's).
      const modules = join(PROJECT_ROOT, 'node_modules');
      const importers = filesUnder(join(modules, '@aws-lambda-powertools'), /\.js$/)
        .filter((f) => f.includes('/lib/esm/'))
        .filter((f) => /['"]@aws\/lambda-invoke-store['"]/.test(readFileSync(f, 'utf8')));
      expect(importers.length).toBeGreaterThan(0);
      for (const f of importers) {
        const lines = readFileSync(f, 'utf8')
          .split('\n')
          .filter((l) => l.includes('@aws/lambda-invoke-store'));
        expect(lines, relative(modules, f)).toEqual(["import '@aws/lambda-invoke-store';"]);
      }
      // What importing the package does: only `globalThis.awslambda ||= {}` (unless the runtime opts out).
      const real = readFileSync(
        createRequire(join(modules, '@aws-lambda-powertools', 'batch', 'package.json')).resolve(
          '@aws/lambda-invoke-store',
        ),
        'utf8',
      );
      expect(real).toMatch(
        /if \(!NO_GLOBAL_AWS_LAMBDA\) \{\s*globalThis\.awslambda = globalThis\.awslambda \|\| \{\};\s*\}/,
      );
      const saved = (globalThis as { awslambda?: unknown }).awslambda;
      delete (globalThis as { awslambda?: unknown }).awslambda;
      try {
        const stub = (await import(
          `${pathToFileURL(BUNDLE_ALIASES['@aws/lambda-invoke-store']).href}?fresh`
        )) as typeof import('#infra/bundling/lambda-invoke-store');
        expect((globalThis as { awslambda?: unknown }).awslambda).toEqual({});
        await expect(async () => stub.InvokeStore.getInstanceAsync()).rejects.toThrow(/is not bundled/);
      } finally {
        (globalThis as { awslambda?: unknown }).awslambda = saved;
        if (saved === undefined) delete (globalThis as { awslambda?: unknown }).awslambda;
      }
      for (const name of FUNCTION_NAMES) {
        const result = await bundleInMemory(name);
        const [code] = result.outputFiles.map((f) => f.text);
        expect(code, name).not.toMatch(/getInstanceAsync|InvokeStoreMulti/);
      }
    },
  );

  it('in every function bundle, only linkedom imports htmlparser2 and only css-select imports domutils', async () => {
    const allowed: Record<string, RegExp> = {
      htmlparser2: /node_modules\/linkedom\/esm\/shared\/parse-from-string\.js$/,
      domutils: /node_modules\/css-select\/dist\/index\.js$/,
      'cssomnom/parse': /node_modules\/linkedom\/esm\/html\/style-element\.js$/,
    };
    for (const name of FUNCTION_NAMES) {
      const result = await bundleInMemory(name);
      for (const [file, input] of Object.entries(result.metafile.inputs)) {
        for (const imported of input.imports) {
          const specifier = imported.original ?? imported.path;
          const aliased = Object.keys(allowed).find((key) => specifier === key || specifier.startsWith(`${key}/`));
          if (aliased) expect(file, `${name}: ${file} imports ${specifier}`).toMatch(allowed[aliased]);
        }
      }
    }
  });

  it(
    'a bundle built with the aliases extracts the same main text as the unbundled module, <style> and ' + 'all',
    async () => {
      const outdir = mkdtempSync(join(tmpdir(), 'treaty-watch-bundle-'));
      try {
        const entry = join(outdir, 'entry.ts');
        writeFileSync(
          entry,
          `export { extractMainText } from ${JSON.stringify(join(PROJECT_ROOT, 'functions/core/sources/html.ts'))};\n`,
        );
        const result = await build({
          entryPoints: [entry],
          absWorkingDir: PROJECT_ROOT,
          bundle: true,
          ...ESBUILD_SETTINGS,
          mainFields: [...ESBUILD_SETTINGS.mainFields],
          external: [...ESBUILD_SETTINGS.external],
          alias: { ...BUNDLE_ALIASES },
          banner: { js: ESM_REQUIRE_SHIM },
          outfile: join(outdir, 'index.mjs'),
          metafile: true,
          logLevel: 'silent',
        });
        const inputs = Object.keys(result.metafile.inputs);
        for (const gone of [
          'node_modules/cssomnom/',
          'node_modules/domutils/',
          'node_modules/dom-serializer/',
          'htmlparser2/dist/index.js',
        ]) {
          expect(
            inputs.filter((f) => f.includes(gone)),
            gone,
          ).toEqual([]);
        }
        expect(inputs.some((f) => f.includes('infra/bundling/cssomnom-parse.ts'))).toBe(true);
        expect(inputs.some((f) => f.includes('infra/bundling/domutils.ts'))).toBe(true);
        expect(inputs.some((f) => f.endsWith('htmlparser2/dist/Parser.js'))).toBe(true);
        const bundled = (await import(pathToFileURL(join(outdir, 'index.mjs')).href)) as {
          extractMainText: typeof extractMainText;
        };
        const expected = extractMainText(PAGE);
        // css-select ran
        expect(expected).toMatchObject({
          ok: true,
          published: '2025-06-29T10:00:00Z',
          canonical: 'https://news.example/decree',
          lang: 'en',
        });
        expect(expected.ok && expected.text).toContain(
          '* First reading: 12 May\n * Second reading\n\nVote | Count\nFor | 68',
        );
        expect(bundled.extractMainText(PAGE)).toEqual(expected);
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    },
  );

  it(
    'the bundle report measures a handler by package, without cssomnom, and flags only what is over ' + 'budget',
    async () => {
      const size = await measureBundle('ingest-http');
      const names = size.packages.map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['linkedom', '@mozilla/readability', '(project)']));
      expect(names).not.toContain('cssomnom');
      expect(names.some((n) => n.startsWith('@aws-sdk/'))).toBe(false); // the runtime's SDK, never bundled
      const sum = size.packages.reduce((n, p) => n + p.bytes, 0);
      expect(sum).toBeLessThanOrEqual(size.bytes);
      expect(sum).toBeGreaterThan(size.bytes * 0.9);
      expect(size.overBudget).toBe(size.bytes > BUNDLE_BUDGET_KB * 1024);
      const small = await measureBundle('feedback');
      expect(small.overBudget).toBe(false);
      expect(formatBundleReport([size, small])[2]).toMatch(/^ {2}feedback +\d+\.\d KB +\(project\)/);
    },
  );

  it('the bundle report leaves a package out only where the stack installs it beside the bundle', async () => {
    const installed = installedModules();
    expect(Object.keys(installed).sort()).toEqual([...FUNCTION_NAMES].sort());
    const withModules = FUNCTION_NAMES.filter((name) => installed[name].length > 0);
    expect(withModules).toContain('compose'); // mjml cannot be bundled
    for (const name of withModules) {
      const size = await measureBundle(name);
      expect(size.installed).toEqual(installed[name]);
      for (const pkg of installed[name])
        expect(
          size.packages.map((p) => p.name),
          `${name} bundles ${pkg}`,
        ).not.toContain(pkg);
    }
    // A function without nodeModules is measured with everything it imports: html-to-text would count.
    const ingest = await measureBundle('ingest');
    expect(ingest.installed).toEqual([]);
    const forced = await measureBundle('ingest', ['linkedom']);
    expect(forced.packages.map((p) => p.name)).not.toContain('linkedom');
    expect(forced.bytes).toBeLessThan(ingest.bytes);
  });

  it('the stack copies the reference data beside exactly the functions whose code reads it', async () => {
    const carriers = referenceCarriers();
    const reading: string[] = [];
    for (const name of FUNCTION_NAMES) {
      const { metafile } = await bundleInMemory(name);
      const inputs = Object.keys(metafile.inputs);
      if (inputs.some((f) => f.endsWith('functions/adapters/reference-data.ts'))) reading.push(name);
      // data stays out of the code: no seed file is bundled into any function
      expect(
        inputs.filter((f) => f.includes('seeds/facts/')),
        name,
      ).toEqual([]);
    }
    expect(reading).toEqual(expect.arrayContaining(['detect', 'compose', 'send', 'web']));
    expect(FUNCTION_NAMES.filter((name) => carriers[name]).sort()).toEqual(reading.sort());
  });
});
