// The seeds' alert as `npm start` sends it (the five reports in one delivery): what happens next
// under the Ottawa Convention's art. 20, and every other state's step the store then holds.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '#core/extract/index';
import { readSesStore, type StoredEmail } from '#local/emulators';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedAsOneDelivery, orderByPublication, summaryOf } from '#local/replay';

const seeds = readArticleFiles([join(process.cwd(), 'seeds', 'articles')]);

describe('the seeds alert, as npm start sends it', () => {
  let pipeline: LocalPipeline;
  let email: StoredEmail;

  beforeAll(async () => {
    pipeline = await LocalPipeline.start({ withSes: true });
    await pipeline.loadFacts('2025-06-29');
    await pipeline.addSubscriber('reader@example.org');
    await feedAsOneDelivery(pipeline, orderByPublication(seeds, buildGazetteer(pipeline.facts)), '2025-06-29');
    const emails = await readSesStore(pipeline.ses!.endpoint);
    expect(emails).toHaveLength(1);
    email = emails[0];
  }, 90_000);

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('finds what the one-at-a-time replay finds: one alert from five sources, one conflict', () => {
    const summary = summaryOf(pipeline);
    expect(summary.alerts).toHaveLength(1);
    expect(summary.alerts[0]).toMatchObject({ state: 'UKR', treaty: 'ottawa-convention', date: '2025-06-29' });
    expect(summary.alerts[0].sources).toHaveLength(5);
    expect(summary.conflicts).toHaveLength(1);
  });

  it('says what happens next: notice to the UN Secretary-General, six months, deferred while Ukraine is at war', () => {
    const text = (email.body.text ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Next legal step under the treaty: notice of withdrawal to the UN Secretary-General');
    expect(text).toContain(
      'Under art. 20, it would take effect six months after notice reaches the UN Secretary-General — ' +
        'not before the end of an armed conflict the state is engaged in, art. 20(3).',
    );
    expect(text).toContain('Ukraine is engaged in an armed conflict (since 24 February 2022)');
  });

  it('lists the Baltic states, Finland and Poland under "Also on this treaty", newest first', () => {
    const text = (email.body.text ?? '').replace(/\s+/g, ' ');
    const lines = [
      'Estonia — withdrawal notified to the depositary, 27 June 2025',
      'Latvia — withdrawal notified to the depositary, 27 June 2025',
      'Lithuania — withdrawal notified to the depositary, 27 June 2025',
      'Finland — withdrawal approved by parliament, 19 June 2025',
      'Poland — withdrawal proposed, 18 March 2025',
    ];
    expect(text).toContain(`Also on this treaty (the last twelve months) - ${lines.join(' - ')}`);
    expect(email.body.html).toContain('Finland — withdrawal approved by parliament, 19 June 2025');
  });
});
