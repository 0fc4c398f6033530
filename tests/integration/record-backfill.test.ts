// The byRecord backfill on DynamoDB Local: the seeds run through the real pipeline, their
// timelines and alerts lose the index keys (as items written before gsi2 existed), the public
// record stops seeing them, and `treaty-watch backfill-record-index` brings them back — once.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillRecordIndex, recordKeysFor } from '#adapters/record-backfill';
import { RecordStore } from '#adapters/record-store';
import { buildGazetteer } from '#core/extract/index';
import { readArticleFiles } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';

const seeds = readArticleFiles([join(process.cwd(), 'seeds', 'articles')]);
const run = promisify(execFile);

describe('backfilling the public-record index of an older table', () => {
  let pipeline: LocalPipeline;
  let record: RecordStore;
  let indexed: number;

  /**
   * Removes gsi2pk/gsi2sk from the Ottawa Convention's timelines and from every alert: the state of a
   * table from before the index (the other treaties keep theirs, which keeps the test short).
   */
  async function forgetIndexKeys(): Promise<number> {
    const { doc, table } = pipeline.stores;
    let start: Record<string, unknown> | undefined;
    let n = 0;
    do {
      const out = await doc.send(
        new ScanCommand({
          TableName: table,
          FilterExpression: 'gsi2pk IN (:ottawa, :alerts)',
          ExpressionAttributeValues: { ':ottawa': 'RECORD#treaty:ottawa-convention', ':alerts': 'RECORD#alerts' },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) {
        const Key = { pk: item.pk, sk: item.sk };
        await doc.send(new UpdateCommand({ TableName: table, Key, UpdateExpression: 'REMOVE gsi2pk, gsi2sk' }));
        n += 1;
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return n;
  }

  beforeAll(async () => {
    pipeline = await LocalPipeline.start();
    await pipeline.loadFacts('2025-06-29');
    await feedInOrder(pipeline, orderByPublication(seeds, buildGazetteer(pipeline.facts)), '2025-06-29');
    record = new RecordStore(pipeline.stores.doc, pipeline.stores.table, pipeline.stores.editions);
    indexed = await forgetIndexKeys();
  }, 180_000);

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('the record cannot see items without the keys (the reason for the backfill)', async () => {
    expect(indexed).toBeGreaterThan(1);
    expect(await record.treatyTimelines('ottawa-convention')).toEqual([]);
    expect(await record.recentAlerts(10)).toEqual([]);
  });

  it('a dry run counts them and writes nothing', async () => {
    const dry = await backfillRecordIndex(pipeline.stores.doc, pipeline.stores.table, { dryRun: true, pageSize: 500 });
    expect(dry).toMatchObject({ missing: indexed, updated: 0, skipped: [] });
    expect(await record.recentAlerts(10)).toEqual([]);
  });

  it('the command adds the keys, the record sees the Ukraine alert again, and a second run finds nothing', async () => {
    const env = {
      ...process.env,
      AWS_ENDPOINT_URL_DYNAMODB: pipeline.emulators[0].endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    };
    const cli = (...args: string[]) =>
      run(process.execPath, ['cli/bin.mjs', 'backfill-record-index', ...args], { env });
    const first = JSON.parse((await cli('--table', pipeline.stores.table, '--json')).stdout);
    expect(first).toMatchObject({ missing: indexed, updated: indexed, raced: 0, skipped: [] });
    const timelines = await record.treatyTimelines('ottawa-convention');
    expect(timelines.map((t) => t.state)).toContain('UKR');
    const alerts = await record.recentAlerts(10);
    expect(alerts.map((a) => `${a.state} ${a.treaty}`)).toContain('UKR ottawa-convention');
    const second = await cli('--table', pipeline.stores.table);
    expect(second.stdout).toMatch(/0 timelines or alerts without the record index/);
  }, 60_000);

  it('keys come from state and treaty, or createdAt and alertId; an item without them is skipped with a reason', () => {
    expect(recordKeysFor({ entity: 'timeline', state: 'UKR', treaty: 'ottawa-convention' })).toEqual({
      gsi2pk: 'RECORD#treaty:ottawa-convention',
      gsi2sk: 'STATE#UKR',
    });
    expect(recordKeysFor({ entity: 'alert', alertId: 'a1' })).toEqual({ reason: 'alert without createdAt or alertId' });
    expect(recordKeysFor({ entity: 'article' })).toMatchObject({ reason: expect.stringContaining('not a timeline') });
  });

  it('an update a live write has beaten (its condition fails) is counted as raced, not overwritten or fatal', async () => {
    await forgetIndexKeys();
    const { doc, table } = pipeline.stores;
    // Fault injection: every conditional update fails as if a live write had set the keys first.
    const racing = {
      send: (command: unknown) => {
        if (command instanceof UpdateCommand) {
          return Promise.reject(
            Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' }),
          );
        }
        return doc.send(command as ScanCommand);
      },
    } as unknown as typeof doc;
    const result = await backfillRecordIndex(racing, table);
    expect(result).toMatchObject({ missing: indexed, updated: 0, raced: indexed });
  });
});
