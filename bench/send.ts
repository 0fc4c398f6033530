// Sending throughput: the full send path (SQS stand-in → send handler → ledger claim on
// DynamoDB Local → personalise → SES SendEmail → ledger mark) against the local SES ceiling,
// raw SendEmail calls at the same concurrency, measured in the same run (goal: ≥ 80 %).
// Timed: the send function draining the queue (the local driver's stream polling is not).
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { instantEditionId, toSendBatches } from '#core/editions';
import { renderEdition } from '#emails/index';
import { readSesStore, sesLocalHttp } from '#local/emulators';
import { LocalPipeline } from '#local/pipeline';
import { median, row } from './stats';

const RECIPIENTS = 1000;
const RAW = 1000;
const ROUNDS = 3;
/** Sends in flight: invocations × 10 messages per invocation × concurrency per message. */
const PER_MESSAGE = Number(process.env.BENCH_PER_MESSAGE ?? 8);
const INVOCATIONS = Number(process.env.BENCH_INVOCATIONS ?? 2);
const IN_FLIGHT = INVOCATIONS * 10 * PER_MESSAGE;

async function rawCeiling(endpoint: string, html: string, text: string, inFlight: number): Promise<number> {
  const client = new SESv2Client({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' }, maxAttempts: 1, ...sesLocalHttp() });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    for (let i = next++; i < RAW; i = next++) {
      await client.send(new SendEmailCommand({
        FromEmailAddress: 'tw@treaty-watch.local', Destination: { ToAddresses: [`raw${i}@example.org`] }, ConfigurationSetName: 'bench',
        Content: { Simple: { Subject: { Data: 'raw' }, Body: { Html: { Data: html }, Text: { Data: text } }, Headers: [{ Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' }] } },
      }));
    }
  }));
  return RAW / ((performance.now() - t0) / 1000);
}

export async function benchSend(): Promise<string[]> {
  const pipeline = await LocalPipeline.start({ withSes: true, maxSendRate: 100_000, sendConcurrency: PER_MESSAGE });
  try {
    await pipeline.addSubscribers(Array.from({ length: RECIPIENTS }, (_, i) => `bench${i}@example.org`));
    const edition = await renderEdition({ kind: 'instant', editionId: 'bench', generatedAt: new Date().toISOString(), items: [{
      stateCode: 'UKR', stateName: 'Ukraine', treatyId: 'ottawa-convention', treatyName: 'Ottawa Convention', actions: ['withdrawal_decreed'], date: '2025-06-29', novelty: 'NEW',
      headline: 'Ukraine decreed its withdrawal from the Ottawa Convention', evidence: 'The president signed a decree.', sources: [{ label: 'Outlet', url: 'https://news.example/story' }],
    }] });
    const store = (alertId: string) =>
      pipeline.stores.editions.putOnce({ editionId: instantEditionId({ alertId }), kind: 'instant', ...edition, alertIds: [alertId], about: { state: 'UKR', treaty: 'ottawa-convention' }, topics: ['TOPIC#all'], frequency: 'instant', createdAt: new Date().toISOString() });
    const ids = await pipeline.stores.subscribers.idsForTopics(['TOPIC#all'], 'instant');
    /** One full delivery of a fresh edition to every subscriber, through the send function. */
    const pathRun = async (alertId: string) => {
      await store(alertId);
      const before = (await readSesStore(pipeline.ses!.endpoint)).length;
      const t0 = performance.now();
      await pipeline.queue.enqueue(toSendBatches(instantEditionId({ alertId }), ids));
      await pipeline.drainSends(INVOCATIONS);
      const seconds = (performance.now() - t0) / 1000;
      const sent = (await readSesStore(pipeline.ses!.endpoint)).length - before;
      if (sent !== ids.length) throw new Error(`sent ${sent} of ${ids.length}: ${JSON.stringify(pipeline.sendWarnings.slice(0, 3))}`);
      return sent / seconds;
    };
    // Warm up both paths (connections, the JIT of Node and of DynamoDB Local's JVM), then
    // alternate ceiling and path runs so load from elsewhere hits both alike; compare medians.
    await rawCeiling(pipeline.ses!.endpoint, edition.html, edition.text, IN_FLIGHT);
    await pathRun('warm-up');
    const ceilings: number[] = [];
    const paths: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ceilings.push(await rawCeiling(pipeline.ses!.endpoint, edition.html, edition.text, IN_FLIGHT));
      paths.push(await pathRun(`bench-${round}`));
    }
    const ceiling = median(ceilings);
    const pathRate = median(paths);
    const sent = ids.length;
    return [
      'Sending: full send path vs raw local SES, same run, same concurrency',
      row(`raw SendEmail to aws-ses-v2-local (median of ${ROUNDS} × ${RAW}, ${IN_FLIGHT} in flight)`, `${ceiling.toFixed(0)} sends/s`),
      row(`send path (median of ${ROUNDS} × ${sent} recipients, ${INVOCATIONS} instances)`, `${pathRate.toFixed(0)} sends/s`),
      row('send path / local SES ceiling (goal ≥ 80 %)', `${((pathRate / ceiling) * 100).toFixed(1)} %`),
    ];
  } finally {
    await pipeline.stop();
  }
}
