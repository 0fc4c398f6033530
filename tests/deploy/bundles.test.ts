// The deployed bundles run (issue 15): every function's asset exactly as `npm run synth` leaves it
// in cdk.out, loaded as Lambda's Node runtime would in its own process (no repository
// node_modules), with its template environment resolved to local stand-ins, one event per
// trigger type, and the seeds end to end through the bundles to one e-mail.
// cdk.out is reused when it is a bundled synth newer than the sources, else synthesized here
// (about 30 s on an idle 2-core machine). moto_server (Python) stands in for SQS, Secrets
// Manager and S3; without it the file is skipped locally and fails under CI=1.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSynth } from '#rehearse/assembly';
import { DEMO_SUBSCRIBER, rehearseBundles, type BundleRehearsal } from '#rehearse/bundles';
import { FUNCTION_NAMES } from '#infra/constructs/treaty-function';
import { HostedFunction, LambdaSandbox } from '#rehearse/lambda-host';

const hasMoto = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasMoto && !process.env.CI)('the deployed bundles run', () => {
  let report: BundleRehearsal;
  beforeAll(async () => {
    ensureSynth(() => undefined);
    report = await rehearseBundles();
  }, 420_000);

  it('loads every function from its asset with the template handler, and none fails to start', () => {
    expect(report.functions.map((f) => f.name).sort()).toEqual([...FUNCTION_NAMES].sort());
    for (const f of report.functions) {
      expect(f.initError, f.name).toBeUndefined();
      expect(f.handler, f.name).toBe('index.handler');
      expect(f.runtime, f.name).toBe('nodejs22.x');
    }
  });

  it('answers a realistic event of every trigger type the template gives each function', () => {
    const failed = report.triggers.filter((c) => !c.ok).map((c) => `${c.fn} ${c.trigger}: ${c.event} → ${c.answer}`);
    expect(failed).toEqual([]);
    const covered = new Set(report.triggers.map((c) => `${c.fn}:${c.trigger}`));
    for (const fn of report.assembly.functions) {
      for (const t of fn.triggers) expect(covered.has(`${fn.name}:${t.kind}`), `${fn.name} ${t.kind}`).toBe(true);
    }
    expect(report.functions.filter((f) => f.errors > 0)).toEqual([]);
  });

  it('runs the seeds through the bundles to one e-mail in the local SES, as npm start does', () => {
    expect(report.seeds.deadLetters).toBe(0);
    expect(report.seeds.emails).toHaveLength(1);
    const [email] = report.seeds.emails;
    expect(email.destination.to).toEqual([DEMO_SUBSCRIBER]);
    expect(email.subject).toMatch(/Ukraine/);
    expect(email.subject).toMatch(/Ottawa Convention/);
    // Its links point at the CloudFront distribution in front of the web API, PUBLIC_BASE_URL as the template
    // resolves it.
    expect(email.body.html).toMatch(/https:\/\/[a-z0-9]+\.cloudfront\.net\/unsubscribe/);
  });
});

// The host itself: a bundle that leans on the repository's node_modules must fail, as on Lambda.
describe('the Lambda host', () => {
  let sandbox: LambdaSandbox;
  let assets: string;
  beforeAll(() => {
    sandbox = LambdaSandbox.create();
    assets = mkdtempSync(join(tmpdir(), 'treaty-watch-asset-'));
  });
  afterAll(() => {
    sandbox.remove();
    rmSync(assets, { recursive: true, force: true });
  });
  const host = async (name: string, source: string, handler = 'index.handler') => {
    mkdirSync(join(assets, name));
    writeFileSync(join(assets, name, 'index.mjs'), source);
    const taskRoot = sandbox.addTask(name, join(assets, name));
    const options = { name, taskRoot, handler, environment: {}, timeoutSeconds: 5, memoryMb: 128, sandbox };
    const fn = new HostedFunction(options);
    return fn.start();
  };

  it('refuses a module the asset does not carry, even though the repository has it', async () => {
    const fn = await host('leans-on-repo', "import * as z from 'zod'; export const handler = async () => typeof z;");
    expect(fn.initError?.errorType).toBe('Runtime.ImportModuleError');
    expect(fn.initError?.errorMessage).toMatch(/zod/);
    await fn.stop();
  });

  it('provides the AWS SDK as the runtime does, and reports a handler that is not exported', async () => {
    const ok = await host(
      'uses-sdk',
      [
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
        'export const handler = async (e) => ({ got: e, sdk: typeof DynamoDBClient });',
      ].join('\n'),
    );
    expect(await ok.invoke({ a: 1 })).toMatchObject({ payload: { got: { a: 1 }, sdk: 'function' } });
    await ok.stop();
    const missing = await host('wrong-handler', 'export const main = async () => 1;');
    expect(missing.initError?.errorType).toBe('Runtime.HandlerNotFound');
    await missing.stop();
  });
});
