// Compiles the command line and the local driver (`npm start`) to JavaScript once, so a call
// does not compile TypeScript first. Run by `npm ci`/`npm install` (the `prepare` script) and
// by `npm run build`. Output: dist/cli/ (gitignored). cli/launch.mjs uses it while it is newer
// than every source it was built from, and otherwise runs the TypeScript through tsx.
//
// Why dist/cli/ (two levels down): modules that find repository files from their own location
// (seeds/facts from functions/adapters/, two levels down) then resolve the same way bundled.
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// esbuild is a devDependency: an install without it (npm ci --omit=dev) must not fail here;
// the CLI then runs from the TypeScript sources and says so.
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  console.error('treaty-watch: esbuild is not installed; dist/cli/ not built (the CLI will run from the sources)');
  process.exit(0);
}

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outdir = resolve(root, 'dist/cli');
const staging = `${outdir}.tmp-${process.pid}`;

const t0 = performance.now();
rmSync(staging, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'cli/main.ts', start: 'local/start.ts' },
  outdir: staging,
  bundle: true,
  // Code splitting keeps each command's dependencies in its own chunk: `--help` loads none of them.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // npm packages stay in node_modules (mjml, the AWS SDK, DynamoDB Local's jar are found there);
  // the package.json "imports" aliases (#core/*, ...) point at our own .ts files and are bundled.
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  chunkNames: '[name]-[hash]', // beside the entries: same depth, same relative paths
});
const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
writeFileSync(
  resolve(staging, 'inputs.json'),
  `${JSON.stringify({ builtAt: Date.now(), inputs: [...inputs, 'package.json'] }, null, 1)}\n`,
);
// Swap the new build in whole: a call running meanwhile sees the old build or the new, never half.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(resolve(outdir, '..'), { recursive: true });
renameSync(staging, outdir);
console.error(
  `treaty-watch: built ${relative(root, outdir)}/ from ${inputs.length} sources in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// `npx treaty-watch` finds the command in node_modules/.bin. package.json has no "bin" on
// purpose: for a bin the project itself declares, npm exec "installs" the project into its
// cache, reading all of node_modules on every call (10–18 s here); a link in .bin is run as is.
const link = resolve(root, 'node_modules/.bin/treaty-watch');
if (existsSync(resolve(root, 'node_modules'))) {
  mkdirSync(resolve(link, '..'), { recursive: true });
  if (lstatSync(link, { throwIfNoEntry: false })) rmSync(link);
  symlinkSync('../../cli/bin.mjs', link);
}
