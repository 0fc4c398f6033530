// `treaty-watch eval --corpus DIR`: scores extraction and a replay against DIR/labels.json.
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction and alerts against a labelled corpus (labels.json in the shared/corpus format)')
    .requiredOption('--corpus <dir>', 'folder with labels.json and articles/')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { corpus: string; json?: boolean }) => {
      const { evaluateCorpus, formatEval } = await import('#local/eval');
      const result = await evaluateCorpus(opts.corpus);
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEval(result)}\n`);
    });
}
