// Local runs of the sources against the local pipeline (DynamoDB Local, real handlers):
// files and folders (read by article-files.ts, as every command reads them), feeds, and the
// summary a person reads at the end.
import type { IngestOutcome } from '#core/records';
import type { FeedConfig } from '#core/sources/feed';
import type { FeedPollReport } from '#core/sources/poll';
import type { FetchPort, PagesPort } from '#core/ports';
import { makeHandler as makeFeeds } from '../functions/feeds/handler';
import { buildFeedsDependencies } from '../functions/feeds/dependencies';
import { makeHandler as makePages } from '../functions/pages/handler';
import { readArticleFile } from './article-files';
import { buildPagesDependencies } from '../functions/pages/dependencies';
import type { LocalPipeline } from './pipeline';
import { count } from './plural';
import { summaryOf } from './replay';
import type { AlertSummary } from './summary';

export interface SourcesSummary {
  articles: Record<IngestOutcome['status'], number>;
  rejected: { source?: string; reason?: string }[];
  duplicates: { source?: string; duplicateOf?: string; reason?: string }[];
  skipped: { source?: string; language?: string }[];
  mirrors: { source?: string; mirrorOf?: string }[];
  failed: { source?: string; reason?: string }[];
}

export function summariseOutcomes(outcomes: IngestOutcome[]): SourcesSummary {
  const articles = { stored: 0, duplicate: 0, skipped: 0, rejected: 0, failed: 0 };
  for (const o of outcomes) articles[o.status]++;
  const pick = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s);
  return {
    articles,
    rejected: pick('rejected').map((o) => ({ source: o.source, reason: o.reason })),
    duplicates: pick('duplicate').map((o) => ({ source: o.source, duplicateOf: o.duplicateOf, reason: o.reason })),
    skipped: pick('skipped').map((o) => ({ source: o.source, language: o.language })),
    mirrors: outcomes.filter((o) => o.mirrorOf).map((o) => ({ source: o.source, mirrorOf: o.mirrorOf })),
    failed: pick('failed').map((o) => ({ source: o.source, reason: o.reason })),
  };
}

/** Ingests files in batches through the pipeline; `progress` is told after each batch. */
export async function ingestFiles(
  pipeline: LocalPipeline,
  files: string[],
  progress?: (done: number) => void,
  batch = 25,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (let i = 0; i < files.length; i += batch) {
    const inputs = files.slice(i, i + batch).flatMap((f) => readArticleFile(f));
    outcomes.push(...(await pipeline.ingest(inputs)));
    progress?.(Math.min(files.length, i + batch));
  }
  return outcomes;
}

/**
 * Polls each feed once through the handlers the Lambdas run — feeds, handing its items to pages
 * in-process as Lambda would invoke it — then lets detection settle.
 */
export async function pollFeeds(
  pipeline: LocalPipeline,
  feeds: FeedConfig[],
  fetcher?: FetchPort,
): Promise<FeedPollReport[]> {
  // Locally a page or feed gets 5 s (Lambda's default is 10 s): a person is waiting.
  const config = { fetchTimeoutMs: 5_000, feeds };
  const clients = { stores: pipeline.stores, clock: pipeline.clock, fetcher };
  const pagesFn = makePages(buildPagesDependencies(config, clients));
  // A JSON round trip, as the Lambda invoke makes: only what survives serialisation reaches pages.
  const pages: PagesPort = async (jobs, feed) => (await pagesFn(JSON.parse(JSON.stringify({ feed, jobs })))).results;
  const feedsFn = makeFeeds(buildFeedsDependencies(config, { ...clients, pages }));
  const { feeds: reports } = await feedsFn();
  await pipeline.pumpUntilQuiet();
  return reports;
}

/** Developments and alerts the run produced; alerts as objects, the shape `replay --json` gives. */
export function detected(pipeline: LocalPipeline): { developments: number; alerts: AlertSummary[] } {
  const { developments, alerts } = summaryOf(pipeline);
  return { developments: developments.length, alerts };
}

/** One alert as a line a person reads. */
export function formatAlert(a: AlertSummary): string {
  return (
    `${a.novelty} ${a.state} · ${a.treaty}: ${a.actions.join(' + ')} (${a.date ?? 'undated'}), ` +
    `${count(a.sources.length, 'source')}${a.catalogued === false ? ', not in our records' : ''}`
  );
}

/** The summary as lines a person reads. */
export function formatSummary(s: SourcesSummary): string[] {
  const a = s.articles;
  const lines = [
    `Articles: ${a.stored} stored, ${count(a.duplicate, 'duplicate')}, ` +
      `${a.skipped} non-English skipped, ${a.rejected} rejected, ${a.failed} failed`,
  ];
  for (const m of s.mirrors) lines.push(`  copy       ${m.source ?? '?'} → syndicated copy of ${m.mirrorOf}`);
  for (const d of s.duplicates) lines.push(`  duplicate  ${d.source ?? '?'}: ${d.reason}`);
  for (const k of s.skipped) lines.push(`  skipped    ${k.source ?? '?'}: not English (${k.language})`);
  for (const r of s.rejected) lines.push(`  rejected   ${r.source ?? '?'}: ${r.reason}`);
  for (const f of s.failed) lines.push(`  failed     ${f.source ?? '?'}: ${f.reason} (run again to retry)`);
  return lines;
}
