// `treaty-watch backfill-record-index --table NAME`: gives timelines and alerts written before the
// byRecord index (gsi2) existed the keys the public record reads them by (infra/README.md).
// Uses the AWS SDK's usual credentials and region; AWS_ENDPOINT_URL_DYNAMODB points it at a local table.
import type { Command } from 'commander';
import { count } from '#local/plural';

interface BackfillOpts {
  table: string;
  dryRun?: boolean;
  json?: boolean;
}

export function registerBackfill(program: Command): void {
  program
    .command('backfill-record-index')
    .description('add the public-record index keys (gsi2) to timelines and alerts stored before the index existed')
    .requiredOption('--table <name>', 'the DynamoDB table (the stateful stack output TableName)')
    .option('--dry-run', 'count what is missing, write nothing')
    .option('--json', 'print the result as JSON')
    .action(async (opts: BackfillOpts) => {
      const [{ backfillRecordIndex }, { makeDocumentClient }] = await Promise.all([
        import('#adapters/record-backfill'),
        import('#adapters/dynamo-client'),
      ]);
      const progress = !opts.json && process.stderr.isTTY;
      const result = await backfillRecordIndex(makeDocumentClient(), opts.table, {
        dryRun: opts.dryRun,
        onPage: progress ? (r) => process.stderr.write(`\rscanned ${r.scanned}, missing ${r.missing}`) : undefined,
      });
      if (progress) process.stderr.write('\n');
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ table: opts.table, dryRun: Boolean(opts.dryRun), ...result })}\n`);
        return;
      }
      const verb = opts.dryRun ? 'would add keys to' : 'added keys to';
      const lines = [
        `${opts.table}: scanned ${count(result.scanned, 'item')}; ${count(result.missing, 'timeline or alert', 'timelines or alerts')} without the record index`,
        `  ${verb} ${opts.dryRun ? result.missing - result.skipped.length : result.updated}` +
          (result.raced ? `; ${result.raced} indexed meanwhile by a live write` : ''),
        ...result.skipped.map((s) => `  skipped ${s.pk}: ${s.reason}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
