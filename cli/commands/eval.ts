// `treaty-watch eval --corpus DIR`: scores extraction and a replay against DIR/labels.json.
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction and alerts against a labelled corpus (labels.json in the shared/corpus format)')
    .requiredOption(
      '--corpus <dir>',
      'folder with labels.json and articles/, or folders of them (read recursively as one corpus)',
    )
    .option('--exclude-batch <names...>', 'leave out subfolders with these names (e.g. final)')
    .option('--json', 'print the figures as JSON (add --details for every miss and false alarm)')
    .option('--details', 'with --json: the full result, misses and false alarms included')
    .action(async (opts: { corpus: string; excludeBatch?: string[]; json?: boolean; details?: boolean }) => {
      const { evalFigures, evaluateCorpus, formatEval } = await import('#local/eval');
      const result = await evaluateCorpus(opts.corpus, undefined, { excludeBatches: opts.excludeBatch });
      const out = opts.details ? { figures: evalFigures(result), ...result } : evalFigures(result);
      process.stdout.write(opts.json ? `${JSON.stringify(out, null, 2)}\n` : `${formatEval(result)}\n`);
    });
}
