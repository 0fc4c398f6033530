// Source commands: `ingest PATH...` (files and folders), `poll URL...` (feeds), `serve-ingest`
// (the HTTP endpoint locally), `serve-feeds DIR` (the test feed server). Each runs the real
// handlers against the local stand-ins (DynamoDB Local), then prints what happened.
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { sha256 } from '#core/sources/http-ingest';
import { parseFeedList } from '#core/sources/feed';
import { startFeedServer } from '#local/feed-server';
import { startHttpEndpoint } from '#local/http-endpoint';
import { LocalPipeline } from '#local/pipeline';
import { detected, expandSourcePaths, formatSummary, ingestFiles, pollFeeds, summariseOutcomes } from '#local/source-run';
import { makeHandler as makeHttpIngest } from '../../functions/ingest-http/handler';

const today = () => new Date().toISOString().slice(0, 10);

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

async function withPipeline<T>(asOf: string, run: (p: LocalPipeline) => Promise<T>): Promise<T> {
  const pipeline = await LocalPipeline.start();
  try {
    await pipeline.loadFacts(asOf);
    return await run(pipeline);
  } finally {
    await pipeline.stop();
  }
}

export function registerSourceCommands(program: Command): void {
  program
    .command('ingest')
    .description('ingest article files and folders (.txt, .md, .html, .json) into a local store and detect developments')
    .option('--as-of <YYYY-MM-DD>', 'judge against the seed facts on the record before this day', isoDay, today())
    .option('--json', 'print one JSON object')
    .argument('<paths...>', 'files or folders (folders are read recursively)')
    .action(async (paths: string[], opts: { asOf: string; json?: boolean }) => {
      const { files, ignored } = expandSourcePaths(paths);
      const bar = files.length > 20 && process.stderr.isTTY && !opts.json ? new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files · {eta}s left' }) : undefined;
      bar?.start(files.length, 0);
      const result = await withPipeline(opts.asOf, async (pipeline) => {
        const outcomes = await ingestFiles(pipeline, files, (done) => bar?.update(done));
        return { outcomes, detected: detected(pipeline) };
      }).finally(() => bar?.stop());
      const summary = summariseOutcomes(result.outcomes);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ files: files.length, ignored, ...summary, ...result.detected }, null, 2)}\n`);
      } else {
        console.log(`Files: ${files.length}${ignored.length ? ` (${ignored.length} of other types ignored in folders)` : ''}`);
        for (const line of formatSummary(summary)) console.log(line);
        console.log(`Developments: ${result.detected.developments}; alerts: ${result.detected.alerts.length}`);
        for (const a of result.detected.alerts) console.log(`  ${a}`);
      }
      if (summary.articles.failed > 0) process.exitCode = 2;
    });

  program
    .command('poll')
    .description('poll RSS/Atom feeds into a local store (conditional requests; only new items are fetched)')
    .option('--as-of <YYYY-MM-DD>', 'judge against the seed facts on the record before this day', isoDay, today())
    .option('--times <n>', 'poll each feed this many times (the second poll shows 304s and retries)', positive, 1)
    .option('--json', 'print one JSON object')
    .argument('<feeds...>', 'feed URLs')
    .action(async (urls: string[], opts: { asOf: string; times: number; json?: boolean }) => {
      const feeds = parseFeedList(JSON.stringify(urls));
      const rounds = await withPipeline(opts.asOf, async (pipeline) => {
        const out = [];
        for (let i = 0; i < opts.times; i++) out.push(await pollFeeds(pipeline, feeds));
        return { out, detected: detected(pipeline) };
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ polls: rounds.out, ...summariseOutcomes(rounds.out.flat().flatMap((r) => r.outcomes)), ...rounds.detected }, null, 2)}\n`);
        return;
      }
      rounds.out.forEach((reports, i) => {
        console.log(`Poll ${i + 1}:`);
        for (const r of reports) {
          console.log(`  ${r.feed}: ${r.status}${r.reason ? ` (${r.reason})` : ''}; ${r.fresh} new item(s), ${r.retried} retried`);
          if (r.outcomes.length > 0) for (const line of formatSummary(summariseOutcomes(r.outcomes))) console.log(`    ${line}`);
          for (const p of r.pending) console.log(`    pending    ${p.link}: ${p.reason} (attempt ${p.attempts}; retried next poll)`);
          for (const d of r.dropped) console.log(`    dropped    item ${d.index}: ${d.reason}`);
        }
      });
      console.log(`Developments: ${rounds.detected.developments}; alerts: ${rounds.detected.alerts.length}`);
      for (const a of rounds.detected.alerts) console.log(`  ${a}`);
    });

  program
    .command('serve-ingest')
    .description('run the HTTP ingest endpoint locally on a local store (Ctrl-C stops)')
    .option('--port <n>', 'port', positive, 8787)
    .option('--api-key <key>', 'the bearer key clients must send', process.env.INGEST_API_KEY ?? 'local-dev-key')
    .option('--as-of <YYYY-MM-DD>', 'judge against the seed facts on the record before this day', isoDay, today())
    .action(async (opts: { port: number; apiKey: string; asOf: string }) => {
      const pipeline = await LocalPipeline.start();
      await pipeline.loadFacts(opts.asOf);
      const handler = makeHttpIngest({
        articles: pipeline.stores.articles,
        clock: pipeline.clock,
        keyHash: async () => sha256(opts.apiKey),
      });
      // Detection runs after each request, as the stream would on AWS.
      const endpoint = await startHttpEndpoint(async (event) => {
        const out = await handler(event);
        await pipeline.pumpUntilQuiet();
        return out;
      }, opts.port);
      console.log(`POST JSON articles to ${endpoint.url}/articles with "Authorization: Bearer ${opts.apiKey}" (Ctrl-C stops)`);
      process.once('SIGINT', async () => {
        await endpoint.stop();
        await pipeline.stop();
        process.exit(0);
      });
    });

  program
    .command('serve-feeds')
    .description('serve a folder of feed fixtures locally (ETag/304, a flaky page, a gigantic page)')
    .option('--port <n>', 'port', positive, 8788)
    .argument('[dir]', 'folder to serve', 'tests/fixtures/feeds')
    .action(async (dir: string, opts: { port: number }) => {
      const server = await startFeedServer(dir, { port: opts.port });
      console.log(`Serving ${dir} at ${server.base} (e.g. ${server.base}/rss.xml, ${server.base}/atom.xml); Ctrl-C stops`);
      process.once('SIGINT', async () => {
        await server.stop();
        process.exit(0);
      });
    });
}
