// `treaty-watch digest`: the digest a schedule would have produced on a day, without waiting
// for it. Replays the articles through the real pipeline (as `replay` does), then fires the
// daily or weekly schedule at the compose function at 07:00 UTC that day, for one demo
// subscriber of that frequency. With `send`, the send function delivers it to the local SES.
import { buildGazetteer } from '#core/extract/index';
import { periodDays } from '#core/digest-index';
import type { ArticleInput } from '#core/model';
import type { DigestResult } from '#core/compose-digest';
import { readSesStore } from './emulators';
import { LocalPipeline } from './pipeline';
import { feedInOrder, newsDay, orderByPublication } from './replay';

export const DIGEST_SUBSCRIBER = {
  daily: 'daily.subscriber@treaty-watch.local',
  weekly: 'weekly.subscriber@treaty-watch.local',
};

export interface DigestRunOptions {
  kind: 'daily' | 'weekly';
  /** The day the schedule fires (YYYY-MM-DD). */
  asOf: string;
  send?: boolean;
  /** Keep the stand-ins up afterwards (the caller stops the pipeline). */
  keep?: boolean;
}

export interface DigestRunResult {
  kind: 'daily' | 'weekly';
  asOf: string;
  /** The record was loaded as it stood before this day. */
  factsBefore: string;
  articles: number;
  days: string[];
  alerts: number;
  corrections: number;
  reminders: number;
  editions: { editionId: string; subject: string; text: string }[];
  emails: { to: string; subject: string; messageId: string }[];
  pipeline?: LocalPipeline;
}

/** Placeholders are filled per recipient at send time; a printed edition says what goes there. */
function readable(text: string): string {
  return text
    .replace(/%%TW_REASON%%/g, 'You follow: all treaty developments')
    .replace(/%%TW_([A-Z_]+)_URL%%/g, (_m, name: string) => `(your ${name.toLowerCase().replace(/_/g, ' ')} link)`);
}

export async function digestRun(inputs: ArticleInput[], options: DigestRunOptions): Promise<DigestRunResult> {
  const pipeline = await LocalPipeline.start({ withSes: options.send });
  try {
    const ordered = orderByPublication(inputs, buildGazetteer(pipeline.facts));
    // The record as it stood before the news (as npm start does), and never after the period began.
    const periodStart = periodDays(options.kind, options.asOf)[0];
    const news = newsDay(ordered.map((a) => a.day));
    const factsBefore = news && news < periodStart ? news : periodStart;
    await pipeline.loadFacts(factsBefore);
    await pipeline.addSubscriber(DIGEST_SUBSCRIBER[options.kind], { frequency: options.kind });
    await feedInOrder(pipeline, ordered, factsBefore);
    const time = `${options.asOf}T07:00:00.000Z`;
    pipeline.clock.set(time);
    const result: DigestResult = await pipeline.runDigest(options.kind, time, { send: Boolean(options.send) });
    const editions = [];
    for (const id of result.editions) {
      const edition = await pipeline.stores.editions.get(id);
      if (edition) editions.push({ editionId: id, subject: edition.subject, text: readable(edition.text) });
    }
    const emails = options.send
      ? (await readSesStore(pipeline.ses!.endpoint)).map((e) => ({
          to: e.destination.to.join(', '),
          subject: e.subject,
          messageId: e.messageId,
        }))
      : [];
    return {
      kind: options.kind,
      asOf: options.asOf,
      factsBefore,
      articles: inputs.length,
      days: result.days,
      alerts: result.alerts,
      corrections: result.corrections,
      reminders: result.reminders,
      editions,
      emails,
      ...(options.keep ? { pipeline } : {}),
    };
  } finally {
    if (!options.keep) await pipeline.stop();
  }
}
