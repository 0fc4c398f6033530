// Infra bundling: what every function's esbuild bundle leaves out, and the proof that it is safe.
// cssomnom (195 KB) is replaced by a throwing stub: linkedom reads it only in HTMLStyleElement.sheet.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ALIASES, ESBUILD_SETTINGS, ESM_REQUIRE_SHIM, PROJECT_ROOT } from '../../infra/constructs/treaty-function.ts';
import { parse } from '../../infra/bundling/cssomnom-parse.ts';
import { BUNDLE_BUDGET_KB, formatBundleReport, installedModules, measureBundle } from '../../infra/bundle-report.ts';
import { FUNCTION_NAMES } from '../../infra/constructs/treaty-function.ts';
import { extractMainText } from '../../functions/core/sources/html.ts';

const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));

const PAGE = `<!doctype html><html><head><title>Decree</title><style>p { color: red } @media print { nav { display: none } }</style></head>
<body><nav>Home · World · Politics</nav><article><h1>Examplestan leaves the convention</h1><style>.lead { font-weight: bold }</style>
${Array.from({ length: 10 }, (_, i) => `<p class="lead">Paragraph ${i}: the president of Examplestan signed a decree on 29 June 2025 to withdraw from the Ottawa Convention, officials said.</p>`).join('\n')}
</article><footer>© Example News</footer></body></html>`;

describe('bundling', { timeout: 60_000 }, () => {
  it('stubs only modules that exist, with stubs that fail loudly if ever called', () => {
    expect(Object.keys(BUNDLE_ALIASES)).toEqual(['cssomnom/parse']);
    for (const stub of Object.values(BUNDLE_ALIASES)) expect(readFileSync(stub, 'utf8')).toMatch(/throw new Error/);
    expect(() => parse('p { color: red }')).toThrow(/CSSOM \(cssomnom\) is not bundled/);
  });

  it('linkedom reaches cssomnom only through HTMLStyleElement.sheet, which neither Readability nor our code reads', () => {
    const linkedom = join(PROJECT_ROOT, 'node_modules', 'linkedom', 'esm');
    const importers = filesUnder(linkedom, /\.js$/).filter((f) => /from\s+['"]cssomnom/.test(readFileSync(f, 'utf8')));
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
  });

  it('a bundle built with the aliases extracts the same main text as the unbundled module, <style> and all', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'treaty-watch-bundle-'));
    try {
      const entry = join(outdir, 'entry.ts');
      writeFileSync(entry, `export { extractMainText } from ${JSON.stringify(join(PROJECT_ROOT, 'functions/core/sources/html.ts'))};\n`);
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
      expect(inputs.some((f) => f.includes('node_modules/cssomnom/'))).toBe(false);
      expect(inputs.some((f) => f.includes('infra/bundling/cssomnom-parse.ts'))).toBe(true);
      const bundled = (await import(pathToFileURL(join(outdir, 'index.mjs')).href)) as { extractMainText: typeof extractMainText };
      const expected = extractMainText(PAGE);
      expect(expected.ok).toBe(true);
      expect(bundled.extractMainText(PAGE)).toEqual(expected);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('the bundle report measures a handler by package, without cssomnom, and flags only what is over budget', async () => {
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
  });

  it('the bundle report leaves a package out only where the stack installs it beside the bundle', async () => {
    const installed = installedModules();
    expect(Object.keys(installed).sort()).toEqual([...FUNCTION_NAMES].sort());
    const withModules = FUNCTION_NAMES.filter((name) => installed[name].length > 0);
    expect(withModules).toContain('compose'); // mjml cannot be bundled
    for (const name of withModules) {
      const size = await measureBundle(name);
      expect(size.installed).toEqual(installed[name]);
      for (const pkg of installed[name]) expect(size.packages.map((p) => p.name), `${name} bundles ${pkg}`).not.toContain(pkg);
    }
    // A function without nodeModules is measured with everything it imports: html-to-text would count.
    const ingest = await measureBundle('ingest');
    expect(ingest.installed).toEqual([]);
    const forced = await measureBundle('ingest', ['linkedom']);
    expect(forced.packages.map((p) => p.name)).not.toContain('linkedom');
    expect(forced.bytes).toBeLessThan(ingest.bytes);
  });
});
