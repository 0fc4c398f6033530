// Reads what `npm run synth` left in cdk.out: each function's asset folder, handler string,
// runtime, timeout, memory and environment (with its CloudFormation references), and the
// triggers the templates give it — so the rehearsal runs what would be deployed, not the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CDK_OUT = join(REPO_ROOT, 'cdk.out');

export interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}
export interface Template {
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Value: unknown }>;
}

/** How an event reaches a function on AWS, from the template. */
export type Trigger =
  | { kind: 'stream'; filters: object[]; batchSize: number }
  | { kind: 'sqs'; queue: string; batchSize: number }
  | { kind: 'schedule'; schedule: string; input: string; enabled: boolean }
  | { kind: 'eventbridge'; rule: string; pattern: Record<string, unknown> }
  | { kind: 'http-api'; routeKey: string }
  | { kind: 's3'; events: string[]; prefix?: string }
  | { kind: 'ses-receipt' }
  | { kind: 'invoked-by'; caller: string };

export interface DeployedFunction {
  /** Pipeline stage, from POWERTOOLS_SERVICE_NAME (treaty-watch-<name>). */
  name: string;
  logicalId: string;
  handler: string;
  runtime: string;
  architecture: string;
  timeoutSeconds: number;
  memoryMb: number;
  assetDir: string;
  environment: Record<string, unknown>;
  triggers: Trigger[];
}

export interface Assembly {
  dir: string;
  stateful: { name: string; template: Template };
  stateless: { name: string; template: Template };
  functions: DeployedFunction[];
  /** Functions of CDK's own (custom resource handlers), not part of the pipeline. */
  others: { logicalId: string; runtime: string }[];
}

const refOf = (value: unknown): string | undefined => {
  const v = value as { Ref?: string; 'Fn::GetAtt'?: [string, string] } | undefined;
  return v?.Ref ?? v?.['Fn::GetAtt']?.[0];
};

export function readAssembly(dir = CDK_OUT, stage = 'dev'): Assembly {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${dir} has no cloud assembly: run npm run synth`);
  const load = (name: string) => ({
    name,
    template: JSON.parse(readFileSync(join(dir, `${name}.template.json`), 'utf8')) as Template,
  });
  const stateful = load(`TreatyWatch-${stage}-Stateful`);
  const stateless = load(`TreatyWatch-${stage}-Stateless`);
  const resources = stateless.template.Resources;
  const functions: DeployedFunction[] = [];
  const others: Assembly['others'] = [];
  const byLogicalId = new Map<string, DeployedFunction>();
  for (const [logicalId, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::Lambda::Function') continue;
    const p = r.Properties as Record<string, unknown>;
    const env = (p.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
    const service = env.POWERTOOLS_SERVICE_NAME;
    if (typeof service !== 'string' || !service.startsWith('treaty-watch-')) {
      others.push({ logicalId, runtime: String(p.Runtime) });
      continue;
    }
    const assetPath = r.Metadata?.['aws:asset:path'];
    if (typeof assetPath !== 'string') throw new Error(`${logicalId} has no asset: synthesized with --no-bundling?`);
    const fn: DeployedFunction = {
      name: service.slice('treaty-watch-'.length),
      logicalId,
      handler: String(p.Handler),
      runtime: String(p.Runtime),
      architecture: ((p.Architectures as string[] | undefined) ?? ['x86_64'])[0],
      timeoutSeconds: Number(p.Timeout ?? 3),
      memoryMb: Number(p.MemorySize ?? 128),
      assetDir: join(dir, assetPath),
      environment: env,
      triggers: [],
    };
    functions.push(fn);
    byLogicalId.set(logicalId, fn);
  }
  const target = (value: unknown) => byLogicalId.get(refOf(value) ?? '');
  const roleOwner = new Map<string, DeployedFunction>();
  for (const fn of functions) {
    const role = refOf((resources[fn.logicalId].Properties as { Role?: unknown }).Role);
    if (role) roleOwner.set(role, fn);
  }
  const integrations = new Map<string, DeployedFunction | undefined>();
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type === 'AWS::ApiGatewayV2::Integration') integrations.set(id, target(r.Properties?.IntegrationUri));
  }

  for (const [id, r] of Object.entries(resources)) {
    const p = r.Properties ?? {};
    if (r.Type === 'AWS::Lambda::EventSourceMapping') {
      const fn = target(p.FunctionName);
      const source = p.EventSourceArn as Record<string, unknown>;
      const criteria = p.FilterCriteria as { Filters?: { Pattern: string }[] } | undefined;
      const filters = (criteria?.Filters ?? []).map((f) => JSON.parse(f.Pattern) as object);
      const batchSize = Number(p.BatchSize ?? 10);
      const fromStream = String(JSON.stringify(source)).includes('StreamArn');
      if (fromStream) fn?.triggers.push({ kind: 'stream', filters, batchSize });
      else fn?.triggers.push({ kind: 'sqs', queue: refOf(source) ?? '?', batchSize });
    } else if (r.Type === 'AWS::Scheduler::Schedule') {
      const t = p.Target as { Arn: unknown; Input?: string };
      const enabled = p.State !== 'DISABLED';
      target(t.Arn)?.triggers.push({ kind: 'schedule', schedule: id, input: t.Input ?? '{}', enabled });
    } else if (r.Type === 'AWS::Events::Rule') {
      for (const t of (p.Targets as { Arn: unknown }[]) ?? []) {
        const pattern = p.EventPattern as Record<string, unknown>;
        target(t.Arn)?.triggers.push({ kind: 'eventbridge', rule: id, pattern });
      }
    } else if (r.Type === 'AWS::ApiGatewayV2::Route') {
      const integration = JSON.stringify(p.Target).match(/"Ref":"([^"]+)"/)?.[1];
      integrations.get(integration ?? '')?.triggers.push({ kind: 'http-api', routeKey: String(p.RouteKey) });
    } else if (r.Type === 'Custom::S3BucketNotifications') {
      type Notification = { Events: string[]; LambdaFunctionArn: unknown; Filter?: unknown };
      const config = p.NotificationConfiguration as { LambdaFunctionConfigurations?: Notification[] };
      for (const c of config.LambdaFunctionConfigurations ?? []) {
        const prefix = JSON.stringify(c.Filter ?? {}).match(/"Name":"prefix","Value":"([^"]*)"/)?.[1];
        target(c.LambdaFunctionArn)?.triggers.push({ kind: 's3', events: c.Events, prefix });
      }
    } else if (r.Type === 'AWS::SES::ReceiptRule') {
      for (const action of (p.Rule as { Actions?: { LambdaAction?: { FunctionArn: unknown } }[] }).Actions ?? []) {
        if (action.LambdaAction) target(action.LambdaAction.FunctionArn)?.triggers.push({ kind: 'ses-receipt' });
      }
    } else if (r.Type === 'AWS::IAM::Policy') {
      // A function whose role may invoke another function (feeds → pages).
      const caller = ((p.Roles as unknown[]) ?? []).map((role) => roleOwner.get(refOf(role) ?? '')).find(Boolean);
      if (!caller) continue;
      type Statement = { Action: string | string[]; Resource: unknown };
      const statements = (p.PolicyDocument as { Statement: Statement[] }).Statement;
      for (const s of statements) {
        if (![s.Action].flat().includes('lambda:InvokeFunction')) continue;
        for (const res of [s.Resource].flat()) {
          const callee = target(res);
          if (callee && !callee.triggers.some((t) => t.kind === 'invoked-by' && t.caller === caller.name)) {
            callee.triggers.push({ kind: 'invoked-by', caller: caller.name });
          }
        }
      }
    }
  }
  return { dir, stateful, stateless, functions, others };
}

/** The newest modification time of anything a bundle is built from (not the READMEs). */
export function newestSource(root = REPO_ROOT): number {
  let newest = 0;
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const s = statSync(path);
    if (s.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else if (!path.endsWith('.md')) newest = Math.max(newest, s.mtimeMs);
  };
  const parts = ['functions', 'emails', 'infra', 'seeds/facts', 'package-lock.json', 'cdk.json', 'package.json'];
  for (const part of parts) walk(join(root, part));
  return newest;
}

/** Whether cdk.out holds a bundled synth of the default stage newer than every source. */
export function assemblyIsFresh(dir = CDK_OUT): { fresh: boolean; why: string } {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return { fresh: false, why: 'no cdk.out' };
  if (!existsSync(join(dir, 'TreatyWatch-dev-Stateless.template.json'))) {
    return { fresh: false, why: 'cdk.out is not the dev stage' };
  }
  try {
    const missing = readAssembly(dir).functions.find((f) => !existsSync(join(f.assetDir, 'index.mjs')));
    if (missing) return { fresh: false, why: `${missing.name} was not bundled` };
  } catch (error) {
    return { fresh: false, why: (error as Error).message };
  }
  const built = statSync(manifest).mtimeMs;
  const newest = newestSource();
  return newest > built
    ? { fresh: false, why: 'sources changed since the last synth' }
    : { fresh: true, why: 'cdk.out is newer than the sources' };
}

/** Synthesize (with bundling) unless cdk.out is fresh; returns the seconds spent, 0 when reused. */
export function ensureSynth(log: (line: string) => void = console.log): number {
  const state = assemblyIsFresh();
  if (state.fresh) {
    log(`cdk.out reused (${state.why})`);
    return 0;
  }
  log(`synthesizing with bundling (${state.why})…`);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'infra/synth.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run synth failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - t0) / 1000;
}

type Resolve = (logicalId: string, attribute?: string) => string;

/**
 * Resolves a template value the way CloudFormation would, with `stateless` and `stateful`
 * giving the physical values of each stack's resources. Anything else is an error: a reference
 * the rehearsal cannot stand in for must not pass silently.
 */
export function resolveValue(
  value: unknown,
  assembly: Assembly,
  stacks: { stateless: Resolve; stateful: Resolve },
  pseudo: Record<string, string>,
): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.Ref === 'string') return pseudo[v.Ref] ?? stacks.stateless(v.Ref);
  const getAtt = v['Fn::GetAtt'] as [string, string] | undefined;
  if (Array.isArray(getAtt)) return stacks.stateless(getAtt[0], getAtt[1]);
  if (Array.isArray(v['Fn::Join'])) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map((part) => resolveValue(part, assembly, stacks, pseudo)).join(sep);
  }
  if (v['Fn::GetStackOutput']) {
    const { StackName, OutputName } = v['Fn::GetStackOutput'] as { StackName: string; OutputName: string };
    if (StackName !== assembly.stateful.name) throw new Error(`output ${OutputName} of an unknown stack ${StackName}`);
    const output = assembly.stateful.template.Outputs?.[OutputName];
    if (!output) throw new Error(`${StackName} has no output ${OutputName}`);
    const inner = output.Value as Record<string, unknown>;
    if (typeof inner === 'string') return inner;
    if (typeof inner.Ref === 'string') return stacks.stateful(inner.Ref);
    const innerAtt = inner['Fn::GetAtt'] as [string, string] | undefined;
    if (Array.isArray(innerAtt)) return stacks.stateful(innerAtt[0], innerAtt[1]);
  }
  throw new Error(`cannot resolve ${JSON.stringify(value)}`);
}
