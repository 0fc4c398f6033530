// `npm run rehearse`: deploy both stacks with the CDK CLI to a fresh moto_server on a free loopback
// port, through the shims in moto-shims.ts; print what was created for real and what only as a
// placeholder (by type, with counts); invoke each function once through the Lambda API; stop moto.
// Deploys the cloud assembly `npm run synth` wrote (synthesized first when stale) with `--app cdk.out`,
// the CLI started in an empty temporary folder: `cdk bootstrap` run inside the app folder would
// re-synthesize without bundling and overwrite cdk.out.
import '../local/quiet-warnings.ts';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { ListEventSourceMappingsCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CDK_OUT, ensureSynth, REPO_ROOT } from './assembly.ts';
import { httpApiEvent, s3PutEvent, scheduleInput, sesBounceEvent } from './events.ts';
import { LambdaSandbox } from './lambda-host.ts';
import { ACCOUNT, MotoShims, REGION } from './moto-shims.ts';
import { startMoto, startSesFront } from './stand-ins.ts';
import { startSesLocal } from '../local/emulators.ts';

const STAGE = 'dev';
const credentials = { accessKeyId: 'rehearsal', secretAccessKey: 'rehearsal' };

/** Resource types moto's CloudFormation has a model for, asked of moto itself. */
function motoSupportedTypes(types: string[]): Set<string> {
  const script = [
    'import sys, json, warnings',
    'warnings.simplefilter("ignore")',
    'from moto.cloudformation import parsing',
    'print(json.dumps([t for t in json.loads(sys.argv[1]) if parsing.resource_class_from_type(t)]))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script, JSON.stringify(types)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`could not ask moto which types it models: ${run.stderr}`);
  return new Set(JSON.parse(run.stdout.trim().split('\n').pop()!) as string[]);
}

function cdk(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const bin = join(REPO_ROOT, 'node_modules', '.bin', 'cdk');
    const child = spawn(bin, [...args, '--no-notices'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

type TemplateTypes = { Resources: Record<string, { Type: string }> };

const xmlAll = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

async function main(): Promise<number> {
  const t0 = performance.now();
  const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
  const synthSeconds = ensureSynth();
  // The CLI runs in an empty folder (no cdk.json: bootstrap cannot re-synthesize) on cdk.out itself.
  const work = mkdtempSync(join(tmpdir(), 'treaty-watch-rehearse-'));
  const assemblyDir = CDK_OUT;
  const templates = [`TreatyWatch-${STAGE}-Stateful`, `TreatyWatch-${STAGE}-Stateless`].map((name) => ({
    name,
    template: JSON.parse(readFileSync(join(assemblyDir, `${name}.template.json`), 'utf8')) as TemplateTypes,
  }));
  const types = [...new Set(templates.flatMap((t) => Object.values(t.template.Resources).map((r) => r.Type)))];
  const sandbox = LambdaSandbox.create();
  const tMoto = performance.now();
  const [moto, ses] = await Promise.all([startMoto(), startSesLocal()]);
  const sesFront = await startSesFront(ses.endpoint);
  const shims = new MotoShims(moto.endpoint, motoSupportedTypes(types), sandbox, sesFront.endpoint);
  console.log(`moto up and asked for its CloudFormation models: ${seconds(tMoto)}`);
  let failed = false;
  try {
    const front = await shims.start();
    console.log(
      `moto ${moto.endpoint} (pid ${moto.pid}), shims ${front.endpoint}; ` +
        `moto models ${shims.supportedTypes.size} of the ${types.length} resource types in the templates`,
    );
    const env = {
      ...process.env,
      AWS_ENDPOINT_URL: front.endpoint,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_REGION: REGION,
      AWS_DEFAULT_REGION: REGION,
      AWS_PROFILE: '',
      CDK_DISABLE_LEGACY_EXPORT_WARNING: '1',
    };
    const tBoot = performance.now();
    const boot = await cdk(['bootstrap', `aws://${ACCOUNT}/${REGION}`], env, work);
    if (boot.code !== 0) throw new Error(`cdk bootstrap failed:\n${boot.output.slice(-3000)}`);
    console.log(`cdk bootstrap: ${seconds(tBoot)}`);
    const tDeploy = performance.now();
    const outputsFile = join(work, 'cdk-outputs.json');
    const deployArgs = ['deploy', '--all', '--app', assemblyDir, '--require-approval', 'never', '--progress', 'events'];
    const deploy = await cdk([...deployArgs, '--outputs-file', outputsFile], env, work);
    if (deploy.code !== 0) throw new Error(`cdk deploy failed:\n${deploy.output.slice(-4000)}`);
    console.log(`cdk deploy --all: ${seconds(tDeploy)}`);
    const outputs = JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, string>>;
    for (const [stack, values] of Object.entries(outputs)) {
      const keys = Object.keys(values)
        .filter((k) => !k.startsWith('PublishOutput'))
        .sort();
      const placeholders = keys.filter((k) => values[k].includes('placeholder'));
      const marked = placeholders.length ? `; placeholder values: ${placeholders.join(', ')}` : '';
      console.log(`outputs of ${stack} (--outputs-file): ${keys.join(', ')}${marked}`);
    }

    // What moto holds, by stack and type; the placeholders and the shim's own, apart.
    console.log('\nresources                                        created  by shim  placeholder');
    const totals = { created: 0, shim: 0, placeholder: 0 };
    for (const { name, template } of templates) {
      const xml = await fetch(moto.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `AWS4-HMAC-SHA256 Credential=x/20260101/${REGION}/cloudformation/aws4_request, Signature=0`,
        },
        body: new URLSearchParams({ Action: 'ListStackResources', StackName: name, Version: '2010-05-15' }).toString(),
      }).then((r) => r.text());
      const created = xmlAll(xml, 'ResourceType');
      const statuses = xmlAll(xml, 'ResourceStatus');
      const byType = new Map<string, { created: number; shim: number; placeholder: number }>();
      const row = (type: string) =>
        byType.get(type) ?? byType.set(type, { created: 0, shim: 0, placeholder: 0 }).get(type)!;
      created.forEach((type, i) => {
        if (statuses[i]?.endsWith('COMPLETE')) row(type).created++;
      });
      for (const s of shims.shimCreated.filter((s) => s.stack === name)) row(s.type).shim++;
      for (const p of shims.placeholders.filter((p) => p.stack === name)) row(p.type).placeholder++;
      const count = Object.values(template.Resources).length;
      console.log(`${name} (${count} in the template)`);
      for (const [type, n] of [...byType].sort()) {
        const cell = (value: number, width: number) => String(value || '').padStart(width);
        console.log(`  ${type.padEnd(46)} ${cell(n.created, 5)}  ${cell(n.shim, 7)}  ${cell(n.placeholder, 11)}`);
        totals.created += n.created;
        totals.shim += n.shim;
        totals.placeholder += n.placeholder;
      }
    }
    console.log(
      `total: ${totals.created} created by CloudFormation in moto, ` +
        `${totals.shim} created by the shim through moto's service API, ` +
        `${totals.placeholder} placeholders (not created anywhere)`,
    );

    await verifyThroughServiceApis(outputs, moto.endpoint);
    console.log(
      `shims: ${shims.placeholders.length} placeholders, ` +
        `${shims.shimCreated.length} secrets created through the API, ` +
        `outputs refreshed after ${shims.outputRefreshes} change set(s)`,
    );
    failed = !(await invokeEach(outputs, front.endpoint));
    const synth = synthSeconds ? ` (synth ${synthSeconds.toFixed(1)} s)` : ' (cdk.out reused)';
    console.log(`\nnpm run rehearse: ${seconds(t0)}${synth}`);
  } finally {
    const tStop = performance.now();
    await shims.stop();
    await Promise.all([moto.stop(), sesFront.stop(), ses.stop()]);
    sandbox.remove();
    rmSync(work, { recursive: true, force: true });
    console.log(`moto stopped, stand-ins stopped and temporary folders removed in ${seconds(tStop)}`);
  }
  return failed ? 1 : 0;
}

type Outputs = Record<string, Record<string, string>>;

/** What CloudFormation says it created, asked of the services themselves (moto's models). */
async function verifyThroughServiceApis(outputs: Outputs, endpoint: string): Promise<void> {
  const common = { region: REGION, credentials, endpoint };
  const TableName = outputs[`TreatyWatch-${STAGE}-Stateful`].TableName;
  const table = (await new DynamoDBClient(common).send(new DescribeTableCommand({ TableName }))).Table!;
  const lambda = new LambdaClient(common);
  const functions = (await lambda.send(new ListFunctionsCommand({}))).Functions ?? [];
  const mappings = (await lambda.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings ?? [];
  const sqs = new SQSClient(common);
  const dlqOf = async (QueueUrl: string) =>
    (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['RedrivePolicy'] }))).Attributes
      ?.RedrivePolicy;
  const summary = (values: (string | undefined)[]) => [...new Set(values.map(String))].join(', ');
  console.log('\nasked of the services:');
  const indexes = table.GlobalSecondaryIndexes?.map((i) => i.IndexName).join(', ');
  const billing = table.BillingModeSummary?.BillingMode ?? 'billing mode not reported';
  const stream = table.StreamSpecification?.StreamViewType;
  console.log(`  DynamoDB  ${table.TableName}: stream ${stream}, indexes ${indexes}, ${billing}`);
  const runtimes = summary(functions.map((f) => f.Runtime));
  const architectures = summary(functions.map((f) => f.Architectures?.join('+')));
  console.log(`  Lambda    ${functions.length} functions: runtimes ${runtimes}; architectures ${architectures}`);
  const described = mappings.map(
    (m) =>
      `${m.EventSourceArn?.split(':')[2]} batch ${m.BatchSize}, ${m.FilterCriteria?.Filters?.length ?? 0} filter(s)`,
  );
  console.log(`  Lambda    ${mappings.length} event source mappings: ${described.join('; ')}`);
  const redrive = await dlqOf(outputs[`TreatyWatch-${STAGE}-Stateless`].SendQueueUrl);
  console.log(`  SQS       send queue redrive: ${redrive ?? 'none'}`);
}

/** One invocation per function through the Lambda API (the shim runs the deployed zip). */
async function invokeEach(outputs: Outputs, endpoint: string): Promise<boolean> {
  const stateful = outputs[`TreatyWatch-${STAGE}-Stateful`];
  const stateless = outputs[`TreatyWatch-${STAGE}-Stateless`];
  const common = { region: REGION, credentials, endpoint };
  const lambda = new LambdaClient(common);
  const secrets = new SecretsManagerClient(common);
  const SecretId = stateful.IngestApiKeySecretArn;
  const key = (await secrets.send(new GetSecretValueCommand({ SecretId }))).SecretString!;
  const bucket = stateless.IngestBucketName;
  const article = readFileSync(join(REPO_ROOT, 'seeds', 'articles', '001_fcd2b6148358c861.txt'));
  const s3 = new S3Client({ ...common, forcePathStyle: true });
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'incoming/rehearsal.txt', Body: article }));
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  const text = article.toString('utf8');
  const events: Record<string, unknown> = {
    Ingest: { articles: [{ text }] },
    IngestHttp: httpApiEvent('POST /articles', 'POST', '/articles', { body: JSON.stringify({ text }), headers }),
    IngestS3: s3PutEvent(bucket, 'incoming/rehearsal.txt', article.length),
    Feeds: scheduleInput('{}'),
    Pages: { feed: { feedUrl: 'https://example.org/rss.xml' }, jobs: [] },
    Detect: { Records: [] },
    Compose: scheduleInput('{"kind":"daily","scheduledTime":"<aws.scheduler.scheduled-time>"}'),
    Send: { Records: [] },
    Feedback: sesBounceEvent('nobody@example.net', 'treaty-watch-dev'),
    Web: httpApiEvent('$default', 'GET', '/'),
  };
  console.log('\none invocation per function through the Lambda API (aws lambda invoke):');
  let ok = true;
  for (const [name, event] of Object.entries(events)) {
    const functionName = stateless[`${name}FunctionName`];
    const t0 = performance.now();
    const Payload = Buffer.from(JSON.stringify(event));
    const out = await lambda.send(new InvokeCommand({ FunctionName: functionName, Payload }));
    const payload = out.Payload ? Buffer.from(out.Payload).toString('utf8') : '';
    const answer = summarise(payload);
    ok &&= !out.FunctionError;
    const ms = (performance.now() - t0).toFixed(0).padStart(5);
    const status = out.FunctionError ? 'ERROR' : 'ok   ';
    console.log(`  ${status} ${name.padEnd(11)} ${functionName.padEnd(46)} ${ms} ms  ${answer}`);
  }
  return ok;
}

/** A short answer: an HTTP response's status, else the JSON itself. */
function summarise(payload: string): string {
  try {
    const value = JSON.parse(payload) as { statusCode?: number; body?: string };
    if (value && typeof value === 'object' && 'statusCode' in value) {
      return `HTTP ${value.statusCode} ${String(value.body ?? '')
        .replace(/\s+/g, ' ')
        .slice(0, 70)}`;
    }
  } catch {
    // not JSON: shown as is
  }
  return payload.slice(0, 110);
}

const started = performance.now();
main().then(
  (code) => {
    // Idle keep-alive sockets of the SDK clients would hold the process open for a while.
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
process.once('exit', () => console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s in all)`));
