// Infra tool: each function's bundle size and what fills it, measured by bundling its handler in
// memory with the same esbuild settings as the deployed asset (constructs/treaty-function.ts).
// Packages are left out only for the functions the stateless stack installs them beside (its
// nodeModules, read from the app itself): what is measured is what is deployed.
// Used by `npm run synth` (the largest packages of a bundle over budget) and importable by bench:
//
//   import { bundleReport, formatBundleReport } from '../infra/bundle-report.ts';
//   console.log(formatBundleReport(await bundleReport()).join('\n'));

import { App } from 'aws-cdk-lib';
import { build } from 'esbuild';
import {
  BUNDLE_ALIASES,
  ESBUILD_SETTINGS,
  ESM_REQUIRE_SHIM,
  FUNCTION_NAMES,
  PROJECT_ROOT,
  entryOf,
  type FunctionName,
} from './constructs/treaty-function.ts';
import { buildTreatyWatch, cdkJsonContext } from './treaty-watch.ts';

/** Every function but compose (the one that renders MJML, with mjml installed beside it) should stay under this. */
export const BUNDLE_BUDGET_KB = 250;
/** Functions exempt from the budget (DESIGN §5: only compose carries mjml). */
export const BUDGET_EXEMPT: readonly FunctionName[] = ['compose'];
let installedByFunction: Readonly<Record<FunctionName, readonly string[]>> | undefined;
let referenceByFunction: Readonly<Record<FunctionName, boolean>> | undefined;

/**
 * What each function has installed beside its bundle instead of bundled: the `nodeModules` the
 * stateless stack gives it (TreatyFunction.installedModules), from the app built without bundling.
 */
export function installedModules(): Readonly<Record<FunctionName, readonly string[]>> {
  if (!installedByFunction) {
    const app = new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
    const { functions } = buildTreatyWatch(app).stateless;
    installedByFunction = Object.fromEntries(
      FUNCTION_NAMES.map((name) => [name, [...functions[name].installedModules]]),
    ) as Record<FunctionName, string[]>;
    referenceByFunction = Object.fromEntries(
      FUNCTION_NAMES.map((name) => [name, functions[name].carriesReferenceData]),
    ) as Record<FunctionName, boolean>;
  }
  return installedByFunction;
}

/** Which functions the stack gives the reference data (facts/ beside the bundle, not in it). */
export function referenceCarriers(): Readonly<Record<FunctionName, boolean>> {
  installedModules();
  return referenceByFunction!;
}

export interface BundleSize {
  readonly name: FunctionName;
  /** index.mjs, minified, without source map. */
  readonly bytes: number;
  /** Packages left out of the bundle because they are installed beside it (the function's nodeModules). */
  readonly installed: readonly string[];
  /** Bytes in the output by npm package ("(project)" for our own sources and seeds), largest first. */
  readonly packages: readonly { readonly name: string; readonly bytes: number }[];
  readonly overBudget: boolean;
}

const packageOf = (file: string): string => {
  if (!file.includes('node_modules/')) return '(project)';
  const parts = file.split('node_modules/').pop()!.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
};

/** One function's bundle, built in memory with the deployed settings (metafile included, nothing written). */
export function bundleInMemory(name: FunctionName, installed: readonly string[] = installedModules()[name]) {
  return build({
    entryPoints: [entryOf(name)],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    ...ESBUILD_SETTINGS,
    mainFields: [...ESBUILD_SETTINGS.mainFields],
    external: [...ESBUILD_SETTINGS.external, ...installed],
    alias: { ...BUNDLE_ALIASES },
    banner: { js: ESM_REQUIRE_SHIM },
    outfile: 'index.mjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

/**
 * Bundle one function's handler in memory and break its size down by package. `installed`
 * defaults to what the stateless stack installs beside that function (see installedModules()).
 */
export async function measureBundle(
  name: FunctionName,
  installed: readonly string[] = installedModules()[name],
): Promise<BundleSize> {
  const result = await bundleInMemory(name, installed);
  const [output] = Object.values(result.metafile.outputs);
  const byPackage = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    byPackage.set(packageOf(file), (byPackage.get(packageOf(file)) ?? 0) + bytesInOutput);
  }
  const bytes = output.bytes;
  return {
    name,
    bytes,
    installed: [...installed],
    packages: [...byPackage].map(([pkg, b]) => ({ name: pkg, bytes: b })).sort((a, b) => b.bytes - a.bytes),
    overBudget: !BUDGET_EXEMPT.includes(name) && bytes > BUNDLE_BUDGET_KB * 1024,
  };
}

/** Sizes of the given functions (all by default), in FUNCTION_NAMES order. */
export async function bundleReport(names: readonly FunctionName[] = FUNCTION_NAMES): Promise<BundleSize[]> {
  return Promise.all(names.map((name) => measureBundle(name)));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The packages that make up most of a bundle, e.g. "zod 443 KB, entities 114 KB". */
export function largestPackages(size: BundleSize, count = 5): string {
  return size.packages
    .slice(0, count)
    .map((p) => `${p.name} ${(p.bytes / 1024).toFixed(0)} KB`)
    .join(', ');
}

/** One line per function: size, budget verdict, largest packages. */
export function formatBundleReport(sizes: readonly BundleSize[]): string[] {
  return [
    `bundle sizes (esbuild, minified; goal <= ${BUNDLE_BUDGET_KB} KB except ${BUDGET_EXEMPT.join(', ')}):`,
    ...sizes.map(
      (s) =>
        `  ${s.name.padEnd(12)} ${kb(s.bytes).padStart(10)}${s.overBudget ? '  OVER' : '      '}  ` +
        `${largestPackages(s)}` +
        (s.installed.length ? `  (installed beside it: ${s.installed.join(', ')})` : ''),
    ),
  ];
}
