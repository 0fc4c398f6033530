// Detection against DynamoDB Local with extraction results made for the test: very wide
// articles, unreadable articles, redelivered records.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArticle, type DetectDeps } from '#core/detect-article';
import type { StoredArticle } from '#core/detect';
import type { Claim, Extraction } from '#core/model';
import { makeDocumentClient } from '#adapters/dynamo-client';
import { loadFactBase } from '#adapters/fact-files';
import { makeStores, type Stores } from '#adapters/stores';
import { startDynamoDbLocal, type Emulator } from '#local/emulators';
import { createTable } from '#local/table';

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
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
    await createTable(client, 'detect-robustness');
    stores = makeStores('detect-robustness', makeDocumentClient(client));
  });

  afterAll(async () => {
    await dynamo?.stop();
  });

  it('an article touching 150 state × treaty pairs is committed whole, past the 100-item transaction limit', async () => {
    const claims: Claim[] = states.slice(0, 150).map((state) => ({ state, treaty: 'tpnw', action: 'signed', date: '2025-06-30', role: 'primary', evidence: `${state} signed.` }));
    const extraction: Extraction = { published: '2025-07-01', publishedInferred: false, claims };
    await stores.articles.put(article('wide'));
    const result = await detectArticle(article('wide'), deps(() => extraction));
    expect(result.status).toBe('detected');
    const timelines = await stores.timelines.getMany(claims.map((c) => ({ state: c.state, treaty: c.treaty })));
    expect(timelines.size).toBe(150);
    expect((await stores.articles.get('wide'))?.status).toBe('detected');
    // Redelivered: nothing changes, nothing alerts twice.
    const again = await detectArticle({ ...article('wide') }, deps(() => extraction));
    expect(again.status).toBe('skipped');
  });

  it('an article the extractor cannot read is kept, marked failed with the reason, and does not throw', async () => {
    await stores.articles.put(article('broken'));
    const result = await detectArticle(article('broken'), deps(() => {
      throw new Error('unexpected input');
    }));
    expect(result).toMatchObject({ status: 'skipped', reason: expect.stringContaining('unexpected input') });
    expect(await stores.articles.get('broken')).toMatchObject({ status: 'failed', reason: expect.stringContaining('extraction failed') });
  });
});
