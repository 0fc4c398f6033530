// The whole pipeline on DynamoDB Local and aws-ses-v2-local: real handlers, real stream
// records, real SES API calls. No mocks.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import { instantEditionId } from '#core/editions';
import { readSesStore } from '#local/emulators';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication, summaryOf } from '#local/replay';

const seeds = readArticleFiles([join(process.cwd(), 'seeds', 'articles')]);

describe('seed articles through the pipeline on the local stand-ins', () => {
  let pipeline: LocalPipeline;

  beforeAll(async () => {
    pipeline = await LocalPipeline.start({ withSes: true });
    await pipeline.loadFacts('2025-06-29');
    await pipeline.addSubscriber('reader@example.org');
    await feedInOrder(pipeline, orderByPublication(seeds, buildGazetteer(pipeline.facts)), '2025-06-29');
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  it(
    'five reports of one decree make exactly one e-mail, with both parts and one-click unsubscribe ' + 'headers',
    async () => {
      const emails = await readSesStore(pipeline.ses!.endpoint);
      expect(emails).toHaveLength(1);
      const [email] = emails;
      expect(email.destination.to).toEqual(['reader@example.org']);
      expect(email.subject).toMatch(/Ukraine/);
      expect(email.subject).toMatch(/Ottawa Convention/);
      expect(email.body.html).toMatch(/<html/i);
      expect(email.body.html).toContain('Ukraine');
      expect(email.body.text).toContain('Ukraine');
      expect(email.body.text).not.toMatch(/%%TW_/);
      const headers = new Map((email.headers ?? []).map((h) => [h.name.toLowerCase(), h.value]));
      expect(headers.get('list-unsubscribe')).toMatch(/^<https?:\/\/[^>]+\/unsubscribe\?token=[^>]+>, <mailto:[^>]+>$/);
      expect(headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    },
  );

  it(
    "the alert says what happens next under art. 20 and lists other states' steps on the treaty, in both " + 'parts',
    async () => {
      const [email] = await readSesStore(pipeline.ses!.endpoint);
      const text = (email.body.text ?? '').replace(/\s+/g, ' ');
      expect(text).toContain('What happens next');
      expect(text).toContain('Next legal step under the treaty: notice of withdrawal to the UN Secretary-General');
      expect(text).toContain(
        'it would take effect six months after notice reaches the UN Secretary-General — not before the end of an ' +
          'armed conflict the state is engaged in, art. 20(3).',
      );
      expect(text).toContain(
        'Ukraine is engaged in an armed conflict (since 24 February 2022): while it lasts, ' +
          'the withdrawal would not take effect',
      );
      // The record as compose found it when the alert was raised: the Baltic notifications of 27 June.
      for (const state of ['Estonia', 'Latvia', 'Lithuania'])
        expect(text).toContain(`${state} — withdrawal notified to the depositary, 27 June 2025`);
      expect(text).toMatch(
        /Where every state stands on the Ottawa Convention <https?:\/\/[^>]+\/treaties\/ottawa-convention>/,
      );
      expect(email.body.html).toContain('Also on this treaty');
      expect(email.body.html).toMatch(/href="https?:\/\/[^"]+\/treaties\/ottawa-convention"/);
    },
  );

  it('the one alert is Ukraine leaving the Ottawa Convention by decree on 29 June 2025, from all five sources', () => {
    const { alerts } = summaryOf(pipeline);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ state: 'UKR', treaty: 'ottawa-convention', date: '2025-06-29', novelty: 'NEW' });
    expect(alerts[0].actions).toContain('withdrawal_decreed');
    expect(alerts[0].sources).toHaveLength(5);
  });

  it('ingesting the same seeds again stores no new article and sends no new e-mail', async () => {
    const outcomes = await pipeline.ingest(seeds);
    expect(outcomes.map((o) => o.status)).toEqual(seeds.map(() => 'duplicate'));
    expect(await readSesStore(pipeline.ses!.endpoint)).toHaveLength(1);
  });

  it('a redelivered send message does not send the alert twice (the delivery ledger holds)', async () => {
    const { alerts } = summaryOf(pipeline);
    const alertId = pipeline.observed('alert')[0].alertId as string;
    expect(alerts).toHaveLength(1);
    const subscriberIds = (pipeline.observed('delivery') as { subscriberId: string }[]).map((d) => d.subscriberId);
    expect(subscriberIds).toHaveLength(1);
    await pipeline.queue.enqueue([{ editionId: instantEditionId({ alertId }), subscriberIds }]);
    await pipeline.pumpUntilQuiet();
    expect(await readSesStore(pipeline.ses!.endpoint)).toHaveLength(1);
    expect(pipeline.deadLetters).toEqual([]);
  });
});
