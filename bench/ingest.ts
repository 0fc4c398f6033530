// Ingest: CPU cost per article (validate, fingerprint, language, MinHash), HTML extraction per
// page, and on DynamoDB Local the requests per article — ingest alone (goal: 1 read, 1 write)
// and end to end with detection (goal: ≤ 2 reads, ≤ 4 writes).
import { readFileSync } from 'node:fs';
import { ingestArticles } from '#core/ingest';
import { extractMainText } from '#core/sources/html';
import { LocalPipeline } from '#local/pipeline';
import { MemoryArticles } from '#local/memory-articles';
import { syntheticArticles } from '#local/synthetic-articles';
import { medianMs, row } from './stats';

const articles = syntheticArticles;

export async function benchIngest(): Promise<string[]> {
  const clock = { now: () => '2025-06-29T12:00:00.000Z' };
  const batch = articles(500);
  const cpuMs =
    (await medianMs(5, () => ingestArticles(batch, { articles: new MemoryArticles(), clock }))) / batch.length;
  const page = readFileSync('tests/fixtures/feeds/articles/latvia-wire.html', 'utf8');
  const extractMs = await medianMs(25, () => extractMainText(page));

  const pipeline = await LocalPipeline.start();
  try {
    await pipeline.loadFacts('2025-06-29');
    const local = articles(200, 2);
    pipeline.requests.reset();
    const t0 = performance.now();
    const outcomes = await ingestArticles(local, { articles: pipeline.stores.articles, clock });
    const ingestSeconds = (performance.now() - t0) / 1000;
    const stored = outcomes.filter((o) => o.status === 'stored').length;
    const ingestReads = pipeline.requests.total('read') / stored;
    const ingestWrites = pipeline.requests.total('write') / stored;
    await pipeline.pumpUntilQuiet();
    const e2eReads = pipeline.requests.total('read') / stored;
    const e2eWrites = pipeline.requests.total('write') / stored;
    const again = await ingestArticles(local, { articles: pipeline.stores.articles, clock });
    return [
      'Ingest: identity, copies, language',
      row('core ingest per article (in-memory store, median of 5 × 500)', `${(cpuMs * 1000).toFixed(0)} µs`),
      row('HTML main-text extraction per page (median of 25)', `${extractMs.toFixed(2)} ms`),
      row(`DynamoDB Local: ${stored} articles stored`, `${(stored / ingestSeconds).toFixed(0)} articles/s`),
      row(
        'requests per stored article, ingest (goal 1 read, 1 write)',
        `${ingestReads.toFixed(2)} reads, ${ingestWrites.toFixed(2)} writes`,
      ),
      row(
        'requests per stored article, with detection (≤ 2, ≤ 4)',
        `${e2eReads.toFixed(2)} reads, ${e2eWrites.toFixed(2)} writes`,
      ),
      row('the same 200 again', `${again.filter((o) => o.status === 'duplicate').length} duplicates`),
    ];
  } finally {
    await pipeline.stop();
  }
}
