// An instrument outside the catalogue, through the whole pipeline: the article yields an alert
// under a provisional id, marked "not in our records" in replay --json and in the e-mail.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import { provisionalTreatyId } from '#core/provisional';
import { readSesStore } from '#local/emulators';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication, summaryOf } from '#local/replay';

const articles = readArticleFiles([join(process.cwd(), 'tests', 'fixtures', 'uncatalogued')]);
const CMS = provisionalTreatyId('Convention on the Conservation of Migratory Species of Wild Animals');

describe('a development on an instrument outside the catalogue', () => {
  let pipeline: LocalPipeline;

  beforeAll(async () => {
    pipeline = await LocalPipeline.start({ withSes: true });
    await pipeline.loadFacts('2024-03-01');
    await pipeline.addSubscriber('everything@example.org');
    await feedInOrder(pipeline, orderByPublication(articles, buildGazetteer(pipeline.facts)), '2024-03-01');
  }, 120_000);

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('alerts once, under the provisional id, marked catalogued: false (replay summary)', () => {
    const { alerts, developments } = summaryOf(pipeline);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ state: 'CHL', treaty: CMS, novelty: 'NEW', catalogued: false });
    expect(alerts[0].sources).toHaveLength(2);
    expect(developments.every((d) => d.treaty === CMS && d.catalogued === false)).toBe(true);
  });

  it(
    'sends the subscriber who follows everything an e-mail that names the instrument and says it is not in our ' +
      'records',
    async () => {
      const emails = await readSesStore(pipeline.ses!.endpoint);
      expect(emails).toHaveLength(1);
      expect(emails[0].body.html).toContain('Convention on the Conservation of Migratory Species of Wild Animals');
      expect(emails[0].body.html).toContain('Not in our records');
      expect(emails[0].body.text).toMatch(/not in our records/i);
    },
  );
});
