// Detection against DynamoDB Local with extraction results made for the test: very wide
// articles, unreadable articles, redelivered records.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArticle, type DetectDeps } from '#core/detect-article';
import type { StoredArticle } from '#core/records';
import type { Claim, Extraction } from '#core/model';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { loadFactBase } from '#adapters/fact-files';
import { makeStores, type Stores } from '#adapters/stores';
import { startDynamoDbLocal, type Emulator } from '#local/emulators';
import { createTable } from '#local/table';
import { ENTITY, ENTITY_ATTRIBUTE } from '#schema';
import { makeHandler as makeDetect } from '#functions/detect/handler';

const facts = loadFactBase();
const states = facts.states.map((s) => s.iso3);
const NOW = '2025-07-01T12:00:00.000Z';

function article(id: string): StoredArticle {
  return { articleId: id, text: `text of ${id}`, ingestedAt: NOW, status: 'ingested', published: '2025-07-01' };
}

describe('detection commits on DynamoDB Local', () => {
  let dynamo: Emulator;
  let stores: Stores;
  const deps = (extract: DetectDeps['extract']): DetectDeps => ({
    timelines: stores.timelines,
    extract,
    names: { state: (s) => s, treaty: (t) => t },
    clock: { now: () => NOW },
  });

  beforeAll(async () => {
    dynamo = await startDynamoDbLocal();
    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
    });
    await createTable(client, 'detect-robustness');
    stores = makeStores('detect-robustness', makeDocumentClient(client));
  });

  afterAll(async () => {
    await dynamo?.stop();
  });

  it(
    'an article touching 150 state × treaty pairs is committed whole, past the 100-item transaction ' + 'limit',
    async () => {
      const claims: Claim[] = states.slice(0, 150).map((state) => ({
        state,
        treaty: 'tpnw',
        action: 'signed',
        date: '2025-06-30',
        role: 'primary',
        evidence: `${state} signed.`,
      }));
      const extraction: Extraction = { published: '2025-07-01', publishedInferred: false, claims };
      await stores.articles.put(article('wide'));
      const result = await detectArticle(
        article('wide'),
        deps(() => extraction),
      );
      expect(result.status).toBe('detected');
      const timelines = await stores.timelines.getMany(claims.map((c) => ({ state: c.state, treaty: c.treaty })));
      expect(timelines.size).toBe(150);
      expect((await stores.articles.get('wide'))?.status).toBe('detected');
      // Redelivered: nothing changes, nothing alerts twice.
      const again = await detectArticle(
        { ...article('wide') },
        deps(() => extraction),
      );
      expect(again.status).toBe('skipped');
    },
  );

  it('an article the extractor cannot read is kept, marked failed with the reason, and does not throw', async () => {
    await stores.articles.put(article('broken'));
    const result = await detectArticle(
      article('broken'),
      deps(() => {
        throw new Error('unexpected input');
      }),
    );
    expect(result).toMatchObject({ status: 'skipped', reason: expect.stringContaining('unexpected input') });
    expect(await stores.articles.get('broken')).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('extraction failed'),
    });
  });

  it(
    'two articles in one stream batch are detected in order: a syndicated copy finds its original counted, and is ' +
      'its mirror',
    async () => {
      const claim: Claim = {
        state: 'LVA',
        treaty: 'ccm',
        action: 'withdrawal_proposed',
        date: '2025-06-30',
        role: 'primary',
        evidence: 'Latvia proposed to leave.',
      };
      const wire: StoredArticle = { ...article('wire'), url: 'https://wire.example/lva' };
      const copy: StoredArticle = { ...article('copy'), url: 'https://paper.example/lva', mirrorOf: 'wire' };
      await Promise.all([stores.articles.put(wire), stores.articles.put(copy)]);
      const record = (a: StoredArticle, n: number) => ({
        eventID: `e${n}`,
        eventName: 'INSERT' as const,
        dynamodb: {
          SequenceNumber: String(n),
          NewImage: marshall(
            { pk: `ARTICLE#${a.articleId}`, sk: 'ARTICLE', [ENTITY_ATTRIBUTE]: ENTITY.article, ...a },
            { removeUndefinedValues: true },
          ) as never,
        },
      });
      // The first read of the timeline is slow: processed side by side, the copy would commit first and count as a source
      // of its own.
      let reads = 0;
      const slowFirstRead = new Proxy(stores.timelines, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target);
          if (prop !== 'getMany') return typeof value === 'function' ? value.bind(target) : value;
          return async (...args: Parameters<Stores['timelines']['getMany']>) => {
            if (reads++ === 0) await new Promise((r) => setTimeout(r, 150));
            return target.getMany(...args);
          };
        },
      });
      const detect = makeDetect({
        ...deps(() => ({ published: '2025-07-01', publishedInferred: false, claims: [claim] })),
        timelines: slowFirstRead,
      });
      const response = await detect({ Records: [record(wire, 1), record(copy, 2)] });
      expect(response.batchItemFailures).toEqual([]);
      const timeline = (await stores.timelines.getMany([{ state: 'LVA', treaty: 'ccm' }])).values().next().value!;
      const stage = timeline.stages.find((st) => st.action === 'withdrawal_proposed')!;
      expect(stage.sources.map((x) => x.articleId)).toEqual(['wire']);
      expect(stage.sources[0].mirrors).toEqual(['copy']);
    },
  );
});
