// The treaty-watch command line. Contracts in DESIGN.md §6 (extract, replay) are relied on
// by outside tools: keep their output shapes stable.
// Each command imports what it needs when it runs: `--help` and `extract` load no AWS SDK,
// no DynamoDB Local and no MJML (start-up is most of a short call's time).
import '#local/quiet-warnings';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerBackfill } from './commands/backfill';
import { registerDigest } from './commands/digest';
import { registerEval } from './commands/eval';
import { registerExtract, registerReplay } from './commands/extract';
import { registerFacts } from './commands/facts';
import { registerSourceCommands } from './commands/ingest';

/** The package's version, from the package.json above this file (cli/ or dist/cli/). */
function version(): string {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'treaty-watch' && pkg.version) return pkg.version;
    } catch {
      // not here; try one level up
    }
  }
  return 'unknown';
}

const program = new Command();
program
  .name('treaty-watch')
  .description('Treaty Watch: treaty developments from the news, checked against stored facts.')
  .version(version(), '-V, --version', 'print the version');

registerExtract(program);
registerReplay(program);
registerDigest(program);
registerEval(program);
registerFacts(program);
registerSourceCommands(program);
registerBackfill(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`treaty-watch: ${(error as Error).message}`);
  process.exit(1);
});
