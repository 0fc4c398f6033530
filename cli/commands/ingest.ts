// Source commands: `ingest PATH...` (files and folders), `poll URL...` (feeds), `serve-ingest`
// (the HTTP endpoint locally), `serve-feeds DIR` (the test feed server). Each runs the real
// handlers against the local stand-ins (DynamoDB Local), then prints what happened.
// What a command needs is imported when it runs, so `--help` stays quick.
import type { Command } from 'commander';
import type { LocalPipeline } from '#local/pipeline';
import { count } from '#local/plural';
import { isoDay, today, wholeNumber } from '../options';

async function withPipeline<T>(asOf: string, run: (p: LocalPipeline) => Promise<T>): Promise<T> {
  const { LocalPipeline } = await import('#local/pipeline');
  const pipeline = await LocalPipeline.start();
  try {
    await pipeline.loadFacts(asOf);
    return await run(pipeline);
  } finally {
    await pipeline.stop();
  }
}

/** Keeps the process up until Ctrl-C (or a TERM), then stops what it serves. */
function stopOnSignal(stop: () => Promise<void>): void {
  const onSignal = (code: number) => () => void stop().finally(() => process.exit(code));
  process.once('SIGINT', onSignal(130));
  process.once('SIGTERM', onSignal(143));
}

export function registerSourceCommands(program: Command): void {
  program
    .command('ingest')
    .description(
      'ingest article files and folders (.txt, .md, .html, .json) into a local store and detect developments',
    )
    .option('--as-of <YYYY-MM-DD>', 'judge against the seed facts on the record before this day', isoDay, today())
    .option('--json', 'print one JSON object')
    .argument('<paths...>', 'files or folders (folders are read recursively)')
    .action(async (paths: string[], opts: { asOf: string; json?: boolean }) => {
      const [{ expandArticlePaths }, { detected, formatAlert, formatSummary, ingestFiles, summariseOutcomes }] =
        await Promise.all([import('#local/article-files'), import('#local/source-run')]);
      const { files, ignored } = expandArticlePaths(paths, { recursive: true });
      const { SingleBar } =
        files.length > 20 && process.stderr.isTTY && !opts.json
          ? await import('cli-progress')
          : { SingleBar: undefined };
      const bar =
        SingleBar &&
        new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files · {eta}s left' });
      bar?.start(files.length, 0);
      const result = await withPipeline(opts.asOf, async (pipeline) => {
        const outcomes = await ingestFiles(pipeline, files, (done) => bar?.update(done));
        return { outcomes, detected: detected(pipeline) };
      }).finally(() => bar?.stop());
      const summary = summariseOutcomes(result.outcomes);
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ files: files.length, ignored, ...summary, ...result.detected }, null, 2)}\n`,
        );
      } else {
        console.log(
          `Files: ${files.length}${ignored.length ? ` (${ignored.length} of other types ignored in folders)` : ''}`,
        );
        for (const line of formatSummary(summary)) console.log(line);
        console.log(`Developments: ${result.detected.developments}; alerts: ${result.detected.alerts.length}`);
        for (const a of result.detected.alerts) console.log(`  ${formatAlert(a)}`);
      }
      if (summary.articles.failed > 0) process.exitCode = 2;
    });

  program
    .command('poll')
    .description('poll RSS/Atom feeds into a local store (conditional requests; only new items are fetched)')
    .option('--as-of <YYYY-MM-DD>', 'judge against the seed facts on the record before this day', isoDay, today())
    .option('--times <n>', 'poll each feed this many times (the second poll shows 304s and retries)', wholeNumber, 1)
    .option('--json', 'print one JSON object')
    .argument('<feeds...>', 'feed URLs')
    .action(async (urls: string[], opts: { asOf: string; times: number; json?: boolean }) => {
      const [{ parseFeedList }, { detected, formatAlert, formatSummary, pollFeeds, summariseOutcomes }] =
        await Promise.all([import('#core/sources/feed'), import('#local/source-run')]);
      const feeds = parseFeedList(JSON.stringify(urls));
      const rounds = await withPipeline(opts.asOf, async (pipeline) => {
        const out = [];
        for (let i = 0; i < opts.times; i++) out.push(await pollFeeds(pipeline, feeds));
        return { out, detected: detected(pipeline) };
      });
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify(
            {
              polls: rounds.out,
              ...summariseOutcomes(rounds.out.flat().flatMap((r) => r.outcomes)),
              ...rounds.detected,
            },
            null,
            2,
          )}\n`,
        );
        return;
      }
      rounds.out.forEach((reports, i) => {
        console.log(`Poll ${i + 1}:`);
        for (const r of reports) {
          console.log(
            `  ${r.feed}: ${r.status}${r.reason ? ` (${r.reason})` : ''}; ${count(r.fresh, 'new item')}, ` +
              `${r.retried} retried`,
          );
          if (r.outcomes.length > 0)
            for (const line of formatSummary(summariseOutcomes(r.outcomes))) console.log(`    ${line}`);
          for (const p of r.pending)
            console.log(`    pending    ${p.link}: ${p.reason} (attempt ${p.attempts}; retried next poll)`);
          // Items are numbered from 1 here, as a person counts them in the feed.
          for (const d of r.dropped) console.log(`    dropped    item ${d.index + 1}: ${d.reason}`);
        }
      });
      console.log(`Developments: ${rounds.detected.developments}; alerts: ${rounds.detected.alerts.length}`);
      for (const a of rounds.detected.alerts) console.log(`  ${formatAlert(a)}`);
    });

  program
    .command('serve-ingest')
    .description('run the HTTP ingest endpoint locally on a local store (Ctrl-C stops)')
    .option('--port <n>', 'port (0: any free port)', wholeNumber, 8787)
    .option('--api-key <key>', 'the bearer key clients must send', process.env.INGEST_API_KEY ?? 'local-dev-key')
    .option('--as-of <YYYY-MM-DD>', 'judge against the seed facts on the record before this day', isoDay, today())
    .action(async (opts: { port: number; apiKey: string; asOf: string }) => {
      console.error('Starting the local store (DynamoDB Local) and loading the seed facts; wait for "Listening on" …');
      const [{ LocalPipeline }, { startIngestServer }] = await Promise.all([
        import('#local/pipeline'),
        import('#local/ingest-server'),
      ]);
      // A long session: DynamoDB Local's full JIT costs a little at start and much less per request.
      const pipeline = await LocalPipeline.start({ dynamoJit: 'full' });
      await pipeline.loadFacts(opts.asOf);
      const server = await startIngestServer(pipeline, { apiKey: opts.apiKey, port: opts.port });
      // Printed only now that the server accepts connections: a client may start on this line.
      console.log(
        `Listening on ${server.url}: POST JSON articles to ${server.url}/articles with "Authorization: ` +
          `Bearer ${opts.apiKey}" (Ctrl-C stops)`,
      );
      stopOnSignal(async () => {
        await server.stop();
        await pipeline.stop();
      });
    });

  program
    .command('serve-feeds')
    .description('serve a folder of feed fixtures locally (ETag/304, a flaky page, a gigantic page)')
    .option('--port <n>', 'port (0: any free port)', wholeNumber, 8788)
    .argument('[dir]', 'folder to serve', 'tests/fixtures/feeds')
    .action(async (dir: string, opts: { port: number }) => {
      const { startFeedServer } = await import('#local/feed-server');
      const server = await startFeedServer(dir, { port: opts.port });
      // Printed only now that the server accepts connections.
      console.log(
        `Listening on ${server.base}: serving ${dir} (e.g. ${server.base}/rss.xml, ` +
          `${server.base}/atom.xml); Ctrl-C stops`,
      );
      stopOnSignal(() => server.stop());
    });
}
