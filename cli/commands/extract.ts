// `extract` (no store involved) and `replay` (the real pipeline on an empty local store): the
// two contracts in DESIGN.md §6. Their JSON shapes must stay as they are.
import type { Command } from 'commander';
import type { Claim } from '#core/model';
import { count } from '#local/plural';
import { isoDay } from '../options';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract treaty developments from article files (no store involved)')
    .option('--json', 'print one JSON array (the stable contract)')
    .argument('<files...>', 'article files or folders')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const [{ buildGazetteer, extractClaims }, { loadFactBase }, { readArticleFiles }] = await Promise.all([
        import('#core/extract/index'),
        import('#adapters/fact-files'),
        import('#local/article-files'),
      ]);
      const gazetteer = buildGazetteer(loadFactBase());
      type Development = Pick<Claim, 'state' | 'treaty' | 'action' | 'date' | 'role' | 'evidence'>;
      type Result = {
        file: string;
        published: string | null;
        publishedInferred?: true;
        rejected?: string;
        developments: Development[];
      };
      const inputs = readArticleFiles(paths);
      const results = inputs.map((input): Result => {
        // A file that is not an article (an empty file, a section front) says why, with no developments.
        if (input.rejection) {
          return { file: input.source ?? '', published: null, rejected: input.rejection, developments: [] };
        }
        const extraction = extractClaims(
          { body: input.text, title: input.title, published: input.published, url: input.url },
          gazetteer,
        );
        return {
          file: input.source ?? '',
          published: extraction.published,
          ...(extraction.publishedInferred ? { publishedInferred: true } : {}),
          developments: extraction.claims.map((c) => ({
            state: c.state,
            treaty: c.treaty,
            action: c.action,
            date: c.date,
            role: c.role,
            evidence: c.evidence,
          })),
        };
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        return;
      }
      results.forEach((r, i) => {
        if (r.rejected) {
          console.log(`${r.file}: not read as an article (${r.rejected})`);
          return;
        }
        const outlet = inputs[i].outlet ? `${inputs[i].outlet}, ` : '';
        const inferred = r.publishedInferred ? ', inferred' : '';
        console.log(`${r.file} (${outlet}published ${r.published ?? 'unknown'}${inferred})`);
        for (const d of r.developments)
          console.log(`  ${d.role.padEnd(10)} ${d.state} ${d.treaty} ${d.action} ${d.date ?? '—'}`);
        if (r.developments.length === 0) console.log('  no developments');
      });
    });
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('replay articles through the real pipeline on an empty local store')
    .requiredOption('--as-of <YYYY-MM-DD>', 'load the seed facts on the record before this day', isoDay)
    .option('--json', 'print one JSON object (the stable contract)')
    .argument('<paths...>', 'article files or folders')
    .action(async (paths: string[], opts: { asOf: string; json?: boolean }) => {
      const [{ readArticleFiles }, { replay }] = await Promise.all([
        import('#local/article-files'),
        import('#local/replay'),
      ]);
      const inputs = readArticleFiles(paths);
      const result = await replay(inputs, opts.asOf);
      const out = {
        articles: result.articles,
        alerts: result.alerts,
        corroborations: result.corroborations,
        conflicts: result.conflicts,
        developments: result.developments,
      };
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      console.log(`${count(out.articles, 'article')} replayed as of ${opts.asOf}`);
      for (const a of out.alerts)
        console.log(
          `ALERT ${a.novelty} ${a.state} ${a.treaty}: ${a.actions.join(' + ')} (${a.date ?? 'undated'}), ${count(a.sources.length, 'source')}`,
        );
      console.log(`${count(out.corroborations, 'corroboration')}, ${count(out.conflicts.length, 'conflict')}`);
      for (const c of out.conflicts)
        console.log(
          `CONFLICT ${c.state} ${c.treaty} ${c.action}: article says ${c.claimed}, store holds ${c.record} (${c.source})`,
        );
    });
}
