// `npm start`: the main job on the embedded default. Starts the stand-ins, loads the seed
// facts as the world stood the day before the seed articles, ingests them through the real
// pipeline, mails a demo subscriber, prints what happened, and stops (or serves with --serve).
import './quiet-warnings';
import { join } from 'node:path';
import { Command } from 'commander';
import { actionLabel, humanDate } from '#core/wording';
import { count } from './plural';

// Options are parsed before anything heavy loads: `npm start -- --help` prints help and stops.
const options = new Command('npm start --')
  .description(
    'Starts the local stand-ins, loads the seed facts as of the day before the seed articles, ingests them ' +
      'through the real handlers, mails a demo subscriber, prints what happened and stops.',
  )
  .option('--json', 'print the summary as one JSON object (npm start --silent -- --json: only the JSON)')
  .option('--serve', 'then keep everything up: the subscribe page and the local SES inbox (Ctrl-C stops)')
  .helpOption('-h, --help', 'print this help')
  .parse(['node', 'start', ...process.argv.slice(2)])
  .opts<{ json?: boolean; serve?: boolean }>();
const json = Boolean(options.json);
const serve = Boolean(options.serve);
const DEMO_SUBSCRIBER = 'demo.subscriber@treaty-watch.local';

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The public record's addresses (README "The public record"). */
function recordAddresses(base: string): string {
  return [
    `Archive: ${base}/archive`,
    `Treaties: ${base}/treaties  (e.g. ${base}/treaties/ottawa-convention, ${base}/states/UKR)`,
    `Feeds: ${base}/feed.xml (Atom)  ${base}/feed.json (JSON Feed)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const [
    { buildGazetteer },
    { readSesStore },
    { readArticleFiles },
    { LocalPipeline },
    { feedAsOneDelivery, newsDay, orderByPublication, summaryOf },
  ] = await Promise.all([
    import('#core/extract/index'),
    import('./emulators'),
    import('./article-files'),
    import('./pipeline'),
    import('./replay'),
  ]);
  const pipeline = await LocalPipeline.start({ withSes: true });
  // With --serve the subscribe pages run over the web handler, and e-mail links point at them.
  const webUrl = serve ? await pipeline.serveWeb(Number(process.env.PORT ?? 0)) : undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await pipeline.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)));
  try {
    const inputs = readArticleFiles([join(process.cwd(), 'seeds', 'articles')]);
    const ordered = orderByPublication(inputs, buildGazetteer(pipeline.facts));
    const firstDay = newsDay(ordered.map((a) => a.day)) ?? new Date().toISOString().slice(0, 10);
    // Facts strictly before the articles' day: the world as it stood the day before.
    const facts = await pipeline.loadFacts(firstDay);
    await pipeline.addSubscriber(DEMO_SUBSCRIBER);
    const outcomes = await feedAsOneDelivery(pipeline, ordered, firstDay);
    const summary = summaryOf(pipeline);
    const emails = (await readSesStore(pipeline.ses!.endpoint)).map((e) => ({
      to: e.destination.to.join(', '),
      subject: e.subject,
      messageId: e.messageId,
    }));
    const stored = outcomes.filter((o) => o.status === 'stored').length;

    if (json) {
      process.stdout.write(
        `${JSON.stringify(
          {
            articles: stored,
            developments: summary.developments,
            alerts: summary.alerts,
            corroborations: summary.corroborations,
            conflicts: summary.conflicts,
            emails,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const lines = [
        `Treaty Watch — local run (stand-ins up in ${(pipeline.startupMs / 1000).toFixed(1)} s)`,
        `Facts loaded: ${count(facts, 'state × treaty timeline')} on the record before ${firstDay} (as of ` +
          `${dayBefore(firstDay)})`,
        `Articles ingested: ${stored} (${outcomes.length - stored} duplicate or rejected)`,
        '',
        'Developments:',
        ...summary.developments.map(
          (d) =>
            `  ${d.novelty.padEnd(13)} ${d.state} · ${d.treaty} · ${actionLabel(d.action)} · ` +
            `${humanDate(d.date)} · ` +
            `${count(d.sources.length, 'source')}${d.backfill ? ' · stored quietly' : ''}` +
            `${d.alerted ? ' · alerted' : ''}` +
            `${d.catalogued === false ? ' · not in our records' : ''}`,
        ),
        ...summary.conflicts.map(
          (c) =>
            `  CONFLICT      ${c.state} · ${c.treaty} · ${actionLabel(c.action)}: ` +
            `article says ${humanDate(c.claimed)}, record says ${humanDate(c.record)} (${c.source})`,
        ),
        '',
        `Alerts: ${summary.alerts.length}`,
        ...summary.alerts.map(
          (a) =>
            `  ${a.novelty} ${a.state} · ${a.treaty}: ` +
            `${a.actions.map(actionLabel).join(' + ')} (${humanDate(a.date)}) ` +
            `from ${count(a.sources.length, 'source')}${a.catalogued === false ? ' · not in our records' : ''}`,
        ),
        '',
        `E-mails sent: ${emails.length}`,
        ...emails.map((e) => `  to ${e.to}: "${e.subject}" (${e.messageId})`),
        '',
        serve
          ? `Subscribe page: ${webUrl}/\n${recordAddresses(webUrl!)}\nLocal SES inbox: ` +
            `${pipeline.ses!.endpoint}/  (JSON: ${pipeline.ses!.endpoint}/store) — Ctrl-C to stop.`
          : 'To read the e-mail in the local SES inbox, run: npm start -- --serve',
        `Done in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
      ];
      console.log(lines.join('\n'));
    }
    if (pipeline.deadLetters.length > 0) {
      console.error(`warning: ${count(pipeline.deadLetters.length, 'message')} in dead-letter lists`);
      process.exitCode = 1;
    }
    if (serve) {
      if (json)
        console.error(
          `Subscribe page: ${webUrl}/\n${recordAddresses(webUrl!)}\nLocal SES inbox: ` +
            `${pipeline.ses!.endpoint}/ — Ctrl-C to stop.`,
        );
      await new Promise(() => undefined);
    }
  } finally {
    if (!serve) await stop();
  }
}

main().catch(async (error: unknown) => {
  console.error(`npm start failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
