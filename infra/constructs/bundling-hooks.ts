// What runs after esbuild for a function's asset (NodejsFunction commandHooks): shell commands
// on the machine that synthesizes, never inside the Lambda.
import { join } from 'node:path';
import type { ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { REFERENCE_FILES, REFERENCE_FOLDER } from '../../functions/adapters/reference-files.ts';

/** Installed node_modules ship docs, typings and source maps Lambda never reads (about a third of mjml's 35 MB). */
const pruneNodeModules = (_inputDir: string, outputDir: string): string[] => [
  `find "${outputDir}/node_modules" -type f \\( -name '*.map' -o -name '*.md' -o -name '*.markdown' -o -name ` +
    `'*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \\) -delete`,
];

/** Shell commands (inputDir is the project root when bundling locally) that put the reference data where reference-data.ts reads it in a deployed function. */
const copyReferenceData = (projectRoot: string, outputDir: string): string[] => [
  `mkdir -p "${join(outputDir, REFERENCE_FOLDER)}"`,
  ...REFERENCE_FILES.map(
    (file) => `cp "${join(projectRoot, 'seeds/facts', file)}" "${join(outputDir, REFERENCE_FOLDER, file)}"`,
  ),
];

/** The hooks for an asset that prunes its installed node_modules and/or carries the reference data. */
export function afterBundlingHooks(needs: { prune: boolean; referenceData: boolean }): ICommandHooks | undefined {
  if (!needs.prune && !needs.referenceData) return undefined;
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) => [
      ...(needs.prune ? pruneNodeModules(inputDir, outputDir) : []),
      ...(needs.referenceData ? copyReferenceData(inputDir, outputDir) : []),
    ],
  };
}
