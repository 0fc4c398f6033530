// `treaty-watch digest --daily|--weekly --as-of DAY [--send] [--json] PATH...`: the digest the
// schedule would have produced that day, from the articles replayed (local/digest-run.ts).
// The pipeline and the local stand-ins are imported when the command runs (cli/main.ts).
import { Option, type Command } from 'commander';
import type { DigestRunResult } from '#local/digest-run';
import { count } from '#local/plural';
import { isoDay } from '../options';

function describe(r: DigestRunResult): string {
  const lines = [
    `${r.kind === 'daily' ? 'Daily' : 'Weekly'} digest of ${r.asOf} (07:00 UTC), covering ${r.days.join(', ')}; ` +
      `${count(r.articles, 'article file')} replayed against the record before ${r.factsBefore}`,
    `Developments: ${r.alerts} · corrections and disputed facts: ${r.corrections} · ` +
      `withdrawals taking effect: ${r.reminders}`,
  ];
  if (r.editions.length === 0) lines.push('', 'Nothing to send: no development, correction or reminder in the period.');
  for (const e of r.editions) lines.push('', `Subject: ${e.subject}`, `Edition: ${e.editionId}`, '', e.text.trimEnd());
  if (r.emails.length)
    lines.push(
      '',
      `E-mails in the local SES inbox: ${r.emails.length}`,
      ...r.emails.map((e) => `  to ${e.to}: "${e.subject}" (${e.messageId})`),
    );
  return lines.join('\n');
}

export function registerDigest(program: Command): void {
  program
    .command('digest')
    .description('replay articles and compose the daily or weekly digest the schedule would have produced on a day')
    .addOption(
      new Option('--daily', 'the daily digest (the day before --as-of, and reminders due that day)').conflicts(
        'weekly',
      ),
    )
    .addOption(
      new Option('--weekly', 'the weekly digest (the seven days before --as-of, and reminders due in them)').conflicts(
        'daily',
      ),
    )
    .requiredOption('--as-of <YYYY-MM-DD>', 'the day the schedule fires', isoDay)
    .option('--send', 'send it to a demo subscriber through the local SES')
    .option('--serve', 'with --send: keep the local SES inbox up until Ctrl-C')
    .option('--json', 'print one JSON object')
    .argument('<paths...>', 'article files or folders')
    .action(
      async (
        paths: string[],
        opts: { daily?: boolean; weekly?: boolean; asOf: string; send?: boolean; serve?: boolean; json?: boolean },
      ) => {
        if (!opts.daily && !opts.weekly) throw new Error('say which digest: --daily or --weekly');
        const [{ readArticleFiles }, { digestRun }] = await Promise.all([
          import('#local/article-files'),
          import('#local/digest-run'),
        ]);
        const inputs = readArticleFiles(paths);
        const keep = Boolean(opts.send && opts.serve);
        const { pipeline, ...result } = await digestRun(inputs, {
          kind: opts.daily ? 'daily' : 'weekly',
          asOf: opts.asOf,
          send: opts.send,
          keep,
        });
        process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${describe(result)}\n`);
        if (pipeline) {
          console.error(`Local SES inbox: ${pipeline.ses!.endpoint}/ — Ctrl-C to stop.`);
          process.once('SIGINT', () => void pipeline.stop().then(() => process.exit(130)));
          await new Promise(() => undefined);
        }
      },
    );
}
