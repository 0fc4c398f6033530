// Replays article files through the real pipeline on the local stand-ins, in publication
// order, against the facts on the record before the as-of day (DESIGN.md §6 contract).
import { isoDay } from '#core/article';
import { buildGazetteer, extractClaims, type Gazetteer } from '#core/extract/index';
import type { ArticleInput } from '#core/model';
import type { Timeline } from '#core/timeline';
import { LocalPipeline, type PipelineOptions } from './pipeline';
import { summarise, type RunSummary } from './summary';

const LOWER_BOUND_LAG_DAYS = 3;

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface DatedArticle {
  input: ArticleInput;
  /** Publication day (given, or inferred from the text), the replay's clock for this article. */
  day: string | null;
  inferred: boolean;
}

/** Dates each article (header, else inferred from its text) and sorts oldest first. */
export function orderByPublication(inputs: ArticleInput[], gazetteer: Gazetteer): DatedArticle[] {
  const dated = inputs.map((input) => {
    const given = isoDay(input.published);
    if (given) return { input, day: given, inferred: false, sortKey: given };
    const extraction = extractClaims({ body: input.text, title: input.title, url: input.url }, gazetteer);
    const day = extraction.published && extraction.published.length === 10 ? extraction.published : null;
    // A lower bound (the latest date the text mentions) sorts a few days later: such a text
    // usually appeared after the reports dated on its latest event, not before them.
    const sortKey = day && extraction.publishedBound === 'lower' ? shiftDays(day, LOWER_BOUND_LAG_DAYS) : day;
    return { input, day, inferred: true, sortKey };
  });
  // Undated articles go last; on the same key a given date goes before an inferred one.
  return dated
    .sort(
      (a, b) =>
        (a.sortKey ?? '9999').localeCompare(b.sortKey ?? '9999') ||
        Number(a.inferred) - Number(b.inferred) ||
        String(a.input.source).localeCompare(String(b.input.source)),
    )
    .map(({ sortKey: _k, ...rest }) => rest);
}

/**
 * The day the articles are about: the most common publication day (the later on a tie).
 * Not the earliest: an inferred date is only a lower bound (the latest date a text mentions).
 */
export function newsDay(days: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const d of days) if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? null;
}

export interface ReplayResult extends RunSummary {
  articles: number;
  order: { source?: string; day: string | null; inferred: boolean }[];
}

/** Feeds each article alone, so the store holds everything earlier when it is judged. */
export async function feedInOrder(pipeline: LocalPipeline, articles: DatedArticle[], fallbackDay: string) {
  const outcomes = [];
  for (const a of articles) {
    pipeline.clock.set(
      a.input.published && !Number.isNaN(Date.parse(a.input.published))
        ? new Date(a.input.published).toISOString()
        : `${a.day ?? fallbackDay}T12:00:00.000Z`,
    );
    outcomes.push(...(await pipeline.ingest([a.input])));
  }
  return outcomes;
}

/**
 * Ingests the articles as one delivery, in publication order, as a feed poll brings them:
 * detection takes the batch in order, one article at a time, and compose then reads the store
 * as the whole batch left it (the alert's "Also on this treaty" knows every step the reports
 * mention). The clock stands at noon of `day`.
 */
export async function feedAsOneDelivery(pipeline: LocalPipeline, articles: DatedArticle[], day: string) {
  pipeline.clock.set(`${day}T12:00:00.000Z`);
  return pipeline.ingest(articles.map((a) => a.input));
}

export function summaryOf(pipeline: LocalPipeline): RunSummary {
  return summarise(pipeline.observed('timeline') as unknown as Timeline[], pipeline.observed('article'));
}

export async function replay(
  inputs: ArticleInput[],
  asOf: string,
  options: PipelineOptions = {},
): Promise<ReplayResult> {
  const pipeline = await LocalPipeline.start(options);
  try {
    const ordered = orderByPublication(inputs, buildGazetteer(pipeline.facts));
    await pipeline.loadFacts(asOf);
    await feedInOrder(pipeline, ordered, asOf);
    return {
      articles: inputs.length,
      ...summaryOf(pipeline),
      order: ordered.map((a) => ({ source: a.input.source, day: a.day, inferred: a.inferred })),
    };
  } finally {
    await pipeline.stop();
  }
}
