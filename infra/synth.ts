// Infra tool behind `npm run synth`: synthesizes the whole app offline (env-agnostic stacks,
// local esbuild bundling, no AWS account), then prints the stacks, their resource counts,
// each function's bundle size (and, over budget, the packages that fill it) and the cdk-nag result. Exits non-zero when
// cdk-nag (or any other validation) reports an unacknowledged error, when a function that renders MJML cannot load it
// from its asset, or when any other function bundles mjml.
//
//   npm run synth                          # stage dev, defaults from infra/config.ts
//   npm run synth -- -c stage=prod -c senderAddress=alerts@news.example.org -c alarmEmail=ops@example.org
//   npm run synth -- --no-bundling         # fast: placeholder code, same template otherwise

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { REFERENCE_FILES, REFERENCE_FOLDER } from '../functions/adapters/reference-files.ts';
import { BUDGET_EXEMPT, BUNDLE_BUDGET_KB, largestPackages, measureBundle } from './bundle-report.ts';
import { InvalidConfig } from './config.ts';
import { PROJECT_ROOT } from './constructs/treaty-function.ts';
import { buildTreatyWatch, cdkJsonContext, type TreatyWatch } from './treaty-watch.ts';

export { BUNDLE_BUDGET_KB } from './bundle-report.ts';

function parseArgs(argv: string[]): { context: Record<string, unknown>; bundling: boolean } {
  const context: Record<string, unknown> = {};
  let bundling = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-bundling') bundling = false;
    else if (arg === '-c' || arg === '--context') {
      const [key, ...rest] = (argv[++i] ?? '').split('=');
      if (!key || rest.length === 0) throw new Error(`expected -c key=value, got "${argv[i]}"`);
      context[key] = rest.join('=');
    } else throw new Error(`unknown argument "${arg}" (use -c key=value or --no-bundling)`);
  }
  if (!bundling) context['aws:cdk:bundling-stacks'] = [];
  return { context, bundling };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

async function main(): Promise<number> {
  const { context, bundling } = parseArgs(process.argv.slice(2));
  const outdir = join(PROJECT_ROOT, 'cdk.out');
  rmSync(outdir, { recursive: true, force: true }); // stale asset folders would skew the sizes
  // Asset metadata (as the CLI enables it) tells us which asset folder belongs to which function.
  const app = new App({ outdir, context: { ...cdkJsonContext(), 'aws:cdk:enable-asset-metadata': true, ...context } });

  let tw: TreatyWatch;
  const started = Date.now();
  try {
    tw = buildTreatyWatch(app);
  } catch (error) {
    if (error instanceof InvalidConfig) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  let assembly: ReturnType<App['synth']>;
  try {
    assembly = app.synth();
  } catch (error) {
    // CDK has already printed the validation report (rule, construct path, how to acknowledge).
    console.error(`\nsynth FAILED: ${(error as Error).message}`);
    return 1;
  }

  const { config } = tw;
  console.log(
    `Treaty Watch synth: stage ${config.stage}, ` +
      `sender ${config.senderAddress}${config.senderDomain ? ` (domain ${config.senderDomain})` : ''}, ` +
      `${config.feeds.length} feed(s), env ${config.account ?? 'agnostic'}/${config.region ?? 'agnostic'}, ` +
      `bundling ${bundling ? 'on' : 'off'}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`cloud assembly: ${assembly.directory}\n`);

  for (const stack of assembly.stacks) {
    const resources = Object.values((stack.template as { Resources: Record<string, { Type: string }> }).Resources);
    const byType = new Map<string, number>();
    for (const r of resources) byType.set(r.Type, (byType.get(r.Type) ?? 0) + 1);
    console.log(`${stack.stackName}: ${resources.length} resources`);
    for (const [type, n] of [...byType].sort()) console.log(`  ${String(n).padStart(3)}  ${type}`);
  }

  let failed = false;
  console.log(
    `\nfunctions (bundle = index.mjs, without installed node_modules; ` +
      `goal <= ${BUNDLE_BUDGET_KB} KB except ${BUDGET_EXEMPT.join(', ')}):`,
  );
  const statelessTemplate = assembly.getStackByName(tw.stateless.stackName).template as {
    Resources: Record<string, { Metadata?: Record<string, string> }>;
  };
  for (const fn of Object.values(tw.stateless.functions)) {
    const logicalId = Stack.of(fn).resolve(Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnElement)) as string;
    const assetPath = statelessTemplate.Resources[logicalId]?.Metadata?.['aws:asset:path'];
    const dir = assetPath ? join(assembly.directory, assetPath) : undefined;
    const name = fn.pipelineStage.padEnd(12);
    if (!dir || !existsSync(join(dir, 'index.mjs'))) {
      console.log(`  ${name} (not bundled)`);
      continue;
    }
    const bundle = statSync(join(dir, 'index.mjs')).size;
    const map = existsSync(join(dir, 'index.mjs.map')) ? statSync(join(dir, 'index.mjs.map')).size : 0;
    const over = !BUDGET_EXEMPT.includes(fn.pipelineStage) && bundle > BUNDLE_BUDGET_KB * 1024;
    let line =
      `  ${name} ${kb(bundle).padStart(10)}  (+ map ` +
      `${kb(map)})${over ? `  OVER the ${BUNDLE_BUDGET_KB} KB goal` : ''}`;
    const modules = join(dir, 'node_modules');
    if (existsSync(modules)) {
      const { bytes, files } = dirSize(modules);
      line += `  + node_modules ${kb(bytes)} in ${files} files`;
    }
    const problems: string[] = [];
    if (fn.carriesReferenceData) {
      const missing = REFERENCE_FILES.filter((file) => !existsSync(join(dir, REFERENCE_FOLDER, file)));
      if (missing.length > 0) problems.push(`${REFERENCE_FOLDER}/ lacks ${missing.join(', ')} (the reference data)`);
      else line += `  + ${REFERENCE_FOLDER}/ ${kb(dirSize(join(dir, REFERENCE_FOLDER)).bytes)}`;
    }
    if (fn.installedModules.includes('mjml')) {
      const mjml = mjmlSmokeTest(dir);
      if (mjml.ok) line += `, ${mjml.detail}`;
      else problems.push(`node_modules/mjml does not work: ${mjml.detail}`);
    } else if (bundledPackages(dir).has('mjml')) {
      problems.push(
        'bundles mjml, which esbuild cannot bundle safely and which only the renderers carry (DESIGN §5): ' +
          "import what it needs directly (e.g. '#emails/personalise'), not the '#emails/index' barrel that pulls in " +
          'render.ts',
      );
    }
    console.log(line);
    // What fills it: the same bundle measured in memory, by package (infra/bundle-report.ts).
    if (over) console.log(`    largest: ${largestPackages(await measureBundle(fn.pipelineStage))}`);
    for (const problem of problems) console.log(`    ERROR ${problem}`);
    failed ||= problems.length > 0;
  }

  const reportFile = join(assembly.directory, 'validation-report.json');
  const reports = existsSync(reportFile)
    ? (
        JSON.parse(readFileSync(reportFile, 'utf8')) as {
          pluginReports: {
            pluginName: string;
            violations: unknown[];
            suppressedViolations?: { ruleName: string; violatingConstructs: unknown[] }[];
          }[];
        }
      ).pluginReports
    : [];
  for (const report of reports) {
    const acknowledged = new Map<string, number>();
    for (const v of report.suppressedViolations ?? [])
      acknowledged.set(v.ruleName, (acknowledged.get(v.ruleName) ?? 0) + v.violatingConstructs.length);
    const list = [...acknowledged].map(([rule, n]) => `${rule} x${n}`).join(', ');
    console.log(
      `\ncdk-nag ${report.pluginName}: ${report.violations.length} unacknowledged, ` +
        `acknowledged with reasons (infra/nag.ts): ${list || 'none'}`,
    );
  }
  console.log(`report: ${reportFile}`);
  console.log(failed ? '\nsynth FAILED (see ERROR lines above)' : '\nsynth OK');
  return failed ? 1 : 0;
}

/** Packages whose sources ended up in a bundle, from its source map. */
function bundledPackages(dir: string): Set<string> {
  const mapFile = join(dir, 'index.mjs.map');
  if (!existsSync(mapFile)) return new Set();
  const { sources } = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  const names = sources
    .filter((src) => src.includes('node_modules/'))
    .map((src) => {
      const parts = src.split('node_modules/').pop()!.split('/');
      return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    });
  return new Set(names);
}

/**
 * Prove an asset carries a working mjml: copy its node_modules somewhere no parent
 * node_modules can help, resolve mjml there and render a one-line document.
 */
function mjmlSmokeTest(dir: string): { ok: boolean; detail: string } {
  const modules = join(dir, 'node_modules');
  if (!existsSync(join(modules, 'mjml', 'package.json'))) return { ok: false, detail: 'node_modules/mjml is missing' };
  const sandbox = mkdtempSync(join(tmpdir(), 'treaty-watch-mjml-'));
  try {
    cpSync(modules, join(sandbox, 'node_modules'), { recursive: true });
    const script = `
      const path = require.resolve('mjml', { paths: [process.cwd()] });
      if (!path.startsWith(process.cwd())) throw new Error('mjml resolved outside the asset: ' + path);
      Promise.resolve(require(path)(\
'<mjml><mj-body><mj-section><mj-column><mj-text>ok</mj-text></mj-column></mj-section></mj-body></mjml>'))
        .then((out) => { if (out.errors.length || !out.html.includes('ok')) throw new \
Error(JSON.stringify(out.errors)); console.log(require('mjml/package.json').version); })
        .catch((e) => { console.error(e.message); process.exit(1); });`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: sandbox, encoding: 'utf8' });
    if (run.status !== 0) return { ok: false, detail: (run.stderr || run.stdout).trim().split('\n')[0] };
    return { ok: true, detail: `mjml ${run.stdout.trim()} installed and renders` };
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
