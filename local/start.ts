// `npm start`: the main job on the embedded default. Starts the stand-ins, loads the seed
// facts as the world stood the day before the seed articles, ingests them through the real
// pipeline, mails a demo subscriber, prints what happened, and stops (or serves with --serve).
import './quiet-warnings';
import { join } from 'node:path';
import { buildGazetteer } from '#core/extract/index';
import { actionLabel, humanDate } from '#core/wording';
import { readSesStore } from './emulators';
import { expandPaths, readArticleFile } from './article-files';
import { LocalPipeline } from './pipeline';
import { feedAsOneDelivery, newsDay, orderByPublication, summaryOf } from './replay';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const serve = args.has('--serve');
const DEMO_SUBSCRIBER = 'demo.subscriber@treaty-watch.local';

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const t0 = performance.now();
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
    const inputs = expandPaths([join(process.cwd(), 'seeds', 'articles')]).map((f) => readArticleFile(f));
    const ordered = orderByPublication(inputs, buildGazetteer(pipeline.facts));
    const firstDay = newsDay(ordered.map((a) => a.day)) ?? new Date().toISOString().slice(0, 10);
    // Facts strictly before the articles' day: the world as it stood the day before.
    const facts = await pipeline.loadFacts(firstDay);
    await pipeline.addSubscriber(DEMO_SUBSCRIBER);
    const outcomes = await feedAsOneDelivery(pipeline, ordered, firstDay);
    const summary = summaryOf(pipeline);
    const emails = (await readSesStore(pipeline.ses!.endpoint)).map((e) => ({ to: e.destination.to.join(', '), subject: e.subject, messageId: e.messageId }));
    const stored = outcomes.filter((o) => o.status === 'stored').length;

    if (json) {
      process.stdout.write(
        `${JSON.stringify({ articles: stored, developments: summary.developments, alerts: summary.alerts, corroborations: summary.corroborations, conflicts: summary.conflicts, emails }, null, 2)}\n`,
      );
    } else {
      const lines = [
        `Treaty Watch — local run (stand-ins up in ${(pipeline.startupMs / 1000).toFixed(1)} s)`,
        `Facts loaded: ${facts} state × treaty timelines on the record before ${firstDay} (as of ${dayBefore(firstDay)})`,
        `Articles ingested: ${stored} (${outcomes.length - stored} duplicate or rejected)`,
        '',
        'Developments:',
        ...summary.developments.map(
          (d) => `  ${d.novelty.padEnd(13)} ${d.state} · ${d.treaty} · ${actionLabel(d.action)} · ${humanDate(d.date)} · ${d.sources.length} source(s)${d.backfill ? ' · stored quietly' : ''}${d.alerted ? ' · alerted' : ''}`,
        ),
        ...summary.conflicts.map((c) => `  CONFLICT      ${c.state} · ${c.treaty} · ${actionLabel(c.action)}: article says ${humanDate(c.claimed)}, record says ${humanDate(c.record)} (${c.source})`),
        '',
        `Alerts: ${summary.alerts.length}`,
        ...summary.alerts.map((a) => `  ${a.novelty} ${a.state} · ${a.treaty}: ${a.actions.map(actionLabel).join(' + ')} (${humanDate(a.date)}) from ${a.sources.length} source(s)`),
        '',
        `E-mails sent: ${emails.length}`,
        ...emails.map((e) => `  to ${e.to}: "${e.subject}" (${e.messageId})`),
        '',
        serve
          ? `Subscribe page: ${webUrl}/\nLocal SES inbox: ${pipeline.ses!.endpoint}/  (JSON: ${pipeline.ses!.endpoint}/store) — Ctrl-C to stop.`
          : 'To read the e-mail in the local SES inbox, run: npm start -- --serve',
        `Done in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
      ];
      console.log(lines.join('\n'));
    }
    if (pipeline.deadLetters.length > 0) {
      console.error(`warning: ${pipeline.deadLetters.length} message(s) in dead-letter lists`);
      process.exitCode = 1;
    }
    if (serve) {
      if (json) console.error(`Subscribe page: ${webUrl}/\nLocal SES inbox: ${pipeline.ses!.endpoint}/ — Ctrl-C to stop.`);
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
