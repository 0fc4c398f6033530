// Replays article files through the real pipeline on the local stand-ins, in publication
// order, against the facts on the record before the as-of day (DESIGN.md §6 contract).
import { isoDay } from '#core/article';
import { buildGazetteer, extractClaims, type Gazetteer } from '#core/extract/index';
import type { ArticleInput } from '#core/model';
import type { Timeline } from '#core/timeline';
import { LocalPipeline, type PipelineOptions } from './pipeline';
import { summarise, type RunSummary } from './summary';

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
    if (given) return { input, day: given, inferred: false };
    const inferred = extractClaims({ body: input.text, title: input.title }, gazetteer).published;
    return { input, day: inferred && inferred.length === 10 ? inferred : null, inferred: true };
  });
  // Undated articles go last; on the same day a given date goes before an inferred one
  // (an inferred date is only a lower bound: the latest date the text mentions).
  return dated.sort(
    (a, b) =>
      (a.day ?? '9999').localeCompare(b.day ?? '9999') ||
      Number(a.inferred) - Number(b.inferred) ||
      String(a.input.source).localeCompare(String(b.input.source)),
  );
}

export interface ReplayResult extends RunSummary {
  articles: number;
  order: { source?: string; day: string | null; inferred: boolean }[];
}

/** Feeds each article alone, so the store holds everything earlier when it is judged. */
export async function feedInOrder(pipeline: LocalPipeline, articles: DatedArticle[], fallbackDay: string) {
  const outcomes = [];
  for (const a of articles) {
    pipeline.clock.set(a.input.published && !Number.isNaN(Date.parse(a.input.published)) ? new Date(a.input.published).toISOString() : `${a.day ?? fallbackDay}T12:00:00.000Z`);
    outcomes.push(...(await pipeline.ingest([a.input])));
  }
  return outcomes;
}

export function summaryOf(pipeline: LocalPipeline): RunSummary {
  return summarise(pipeline.observed('timeline') as unknown as Timeline[], pipeline.observed('article'));
}

export async function replay(inputs: ArticleInput[], asOf: string, options: PipelineOptions = {}): Promise<ReplayResult> {
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
