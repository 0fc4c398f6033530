// The treaty-watch command line. Contracts in DESIGN.md §6 (extract, replay) are relied on
// by outside tools: keep their output shapes stable.
import { Command, InvalidArgumentError } from 'commander';
import { buildGazetteer, extractClaims } from '#core/extract/index';
import { loadFactBase } from '#adapters/fact-files';
import { expandPaths, readArticleFile } from '#local/article-files';
import { replay } from '#local/replay';
import { registerDigest } from './commands/digest';
import { registerEval } from './commands/eval';
import { registerFacts } from './commands/facts';
import { registerSourceCommands } from './commands/ingest';

const program = new Command();
program.name('treaty-watch').description('Treaty Watch: treaty developments from the news, checked against stored facts.');

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

program
  .command('extract')
  .description('extract treaty developments from article files (no store involved)')
  .option('--json', 'print one JSON array (the stable contract)')
  .argument('<files...>', 'article files or folders')
  .action((paths: string[], opts: { json?: boolean }) => {
    const facts = loadFactBase();
    const gazetteer = buildGazetteer(facts);
    const results = expandPaths(paths).map((file) => {
      const input = readArticleFile(file);
      const extraction = extractClaims({ body: input.text, title: input.title, published: input.published }, gazetteer);
      return {
        file: input.source ?? file,
        published: extraction.published,
        ...(extraction.publishedInferred ? { publishedInferred: true } : {}),
        developments: extraction.claims.map((c) => ({ state: c.state, treaty: c.treaty, action: c.action, date: c.date, role: c.role, evidence: c.evidence })),
      };
    });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return;
    }
    for (const r of results) {
      console.log(`${r.file} (published ${r.published ?? 'unknown'}${r.publishedInferred ? ', inferred' : ''})`);
      for (const d of r.developments) console.log(`  ${d.role.padEnd(10)} ${d.state} ${d.treaty} ${d.action} ${d.date ?? '—'}`);
      if (r.developments.length === 0) console.log('  no developments');
    }
  });

program
  .command('replay')
  .description('replay articles through the real pipeline on an empty local store')
  .requiredOption('--as-of <YYYY-MM-DD>', 'load the seed facts on the record before this day', isoDay)
  .option('--json', 'print one JSON object (the stable contract)')
  .argument('<paths...>', 'article files or folders')
  .action(async (paths: string[], opts: { asOf: string; json?: boolean }) => {
    const inputs = expandPaths(paths).map((f) => readArticleFile(f));
    const result = await replay(inputs, opts.asOf);
    const out = { articles: result.articles, alerts: result.alerts, corroborations: result.corroborations, conflicts: result.conflicts, developments: result.developments };
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return;
    }
    console.log(`${out.articles} articles replayed as of ${opts.asOf}`);
    for (const a of out.alerts) console.log(`ALERT ${a.novelty} ${a.state} ${a.treaty}: ${a.actions.join(' + ')} (${a.date ?? 'undated'}), ${a.sources.length} sources`);
    console.log(`${out.corroborations} corroborations, ${out.conflicts.length} conflicts`);
    for (const c of out.conflicts) console.log(`CONFLICT ${c.state} ${c.treaty} ${c.action}: article says ${c.claimed}, store holds ${c.record} (${c.source})`);
  });

registerDigest(program);
registerEval(program);
registerFacts(program);
registerSourceCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`treaty-watch: ${(error as Error).message}`);
  process.exit(1);
});
