// Over 300 lines: one HTTP front whose shims share the request routing and the record of what each stood in for.
// The shims `npm run rehearse` puts between the CDK CLI and moto_server, all in one HTTP front
// (every AWS call of the CLI and of the functions goes through it). Each stands in for one thing
// moto lacks, and records what it did so the report never passes a placeholder off as deployed:
// 1. Cross-stack outputs: CDK's weak references read the stateful stack's outputs with
//    Fn::GetStackOutput, which moto's CloudFormation cannot resolve: the shim resolves them
//    from moto's DescribeStacks before the template reaches moto.
// 2. Templates by URL: the CLI uploads templates to the assets bucket and passes a TemplateURL
//    on the local endpoint, which moto cannot parse: the shim reads the object and passes a body.
// 3. Resource types moto's CloudFormation has no model for (API Gateway v2, Scheduler, SES,
//    CloudWatch alarms, some policies, custom resources, …): taken out of the template before
//    moto sees it and listed as placeholders; a reference to one becomes a string that says so.
// 4. Secrets Manager secrets (no CloudFormation model in moto, but a real service model):
//    created through moto's Secrets Manager API with a generated value, so the functions that
//    read them get a real secret. Listed apart: created by the shim, not by CloudFormation.
// 5. Lambda Invoke: moto runs code only in Docker. The shim runs the deployed zip (fetched from
//    the assets bucket the CLI published it to) with Node, in lambda-host.ts's runtime stand-in.
// 6. Outputs after a change set: see executeChangeSet.
// 7. SES v2 as the functions call it (GetAccount, SendEmail, PutSuppressedDestination): moto has
//    no GetAccount or suppression list, so their SES endpoint is the project's local SES (with the
//    suppression-list front of stand-ins.ts), as in the bundle rehearsal.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { HostedFunction, type LambdaSandbox } from './lambda-host.ts';
import { startFront, type FrontAnswer } from './stand-ins.ts';
import type { Emulator } from '../local/emulators.ts';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
const PSEUDO: Record<string, string> = {
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

export interface Placeholder {
  stack: string;
  logicalId: string;
  type: string;
}
export interface ShimCreated {
  stack: string;
  logicalId: string;
  type: string;
  physicalId: string;
}

/** moto routes a request by the service in its signature's credential scope (and checks nothing else). */
const auth = (service: string) =>
  `AWS4-HMAC-SHA256 Credential=rehearsal/20260101/${REGION}/${service}/aws4_request, SignedHeaders=host, Signature=0`;
const serviceOf = (req: IncomingMessage) =>
  /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1];
const FORM = 'application/x-www-form-urlencoded';

type Json = Record<string, unknown>;

export class MotoShims {
  readonly placeholders: Placeholder[] = [];
  readonly shimCreated: ShimCreated[] = [];
  /** Buckets the templates' functions take their code from (the CDK assets bucket). */
  private readonly codeBuckets = new Set<string>();
  private readonly hosts = new Map<string, HostedFunction>();
  /** The last CreateChangeSet / CreateStack / UpdateStack request per stack, as sent to moto. */
  private readonly lastDeployed = new Map<string, URLSearchParams>();
  outputRefreshes = 0;
  front!: Emulator;

  /** `ses`: where the functions' SES v2 calls go (moto's SES v2 has no GetAccount, no suppression list). */
  constructor(
    readonly moto: string,
    readonly supportedTypes: Set<string>,
    private readonly sandbox: LambdaSandbox,
    private readonly ses: string,
  ) {}

  async start(): Promise<Emulator> {
    this.front = await startFront('moto shims', (req, body) => this.intercept(req, body), this.moto);
    return this.front;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.hosts.values()].map((h) => h.stop()));
    await this.front?.stop();
  }

  private async intercept(req: IncomingMessage, body: Buffer): Promise<FrontAnswer | undefined> {
    const service = serviceOf(req);
    if (service === 'cloudformation' && String(req.headers['content-type']).includes('x-www-form-urlencoded')) {
      const params = new URLSearchParams(body.toString('utf8'));
      const action = params.get('Action');
      if (action === 'ExecuteChangeSet') return this.executeChangeSet(params);
      if (action !== 'CreateChangeSet' && action !== 'CreateStack' && action !== 'UpdateStack') return undefined;
      const stack = params.get('StackName')!;
      const text = params.get('TemplateBody') ?? (await this.readObjectUrl(params.get('TemplateURL')!));
      let template: Json | undefined;
      try {
        template = JSON.parse(text) as Json;
      } catch {
        // YAML (the bootstrap template): CDK's own, nothing in it needs a shim.
      }
      params.delete('TemplateURL');
      params.set('TemplateBody', template ? JSON.stringify(await this.transform(stack, template)) : text);
      this.lastDeployed.set(stack, params);
      return this.forward(params);
    }
    const invoke = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url ?? '');
    if (service !== 'lambda' || req.method !== 'POST' || !invoke) return undefined;
    return this.invoke(decodeURIComponent(invoke[1]), body, req.headers['x-amz-invocation-type'] === 'Event');
  }

  private async forward(params: URLSearchParams): Promise<FrontAnswer> {
    const headers = { 'content-type': FORM, authorization: auth('cloudformation') };
    const res = await fetch(this.moto, { method: 'POST', headers, body: params.toString() });
    const type = res.headers.get('content-type') ?? 'text/xml';
    return { status: res.status, headers: { 'content-type': type }, body: Buffer.from(await res.arrayBuffer()) };
  }

  /**
   * Shim 6: moto applies a change set to the resources but keeps the outputs it computed (and
   * cached) before, when nothing existed yet. An UpdateStack with the same template right after
   * makes it compute them again from the resources it now holds.
   */
  private async executeChangeSet(params: URLSearchParams): Promise<FrontAnswer> {
    const answer = await this.forward(params);
    const changeSet = params.get('ChangeSetName') ?? '';
    const named = (name: string) => changeSet.includes(`/${name}/`);
    const stack = params.get('StackName') ?? [...this.lastDeployed.keys()].find(named);
    const last = stack ? this.lastDeployed.get(stack) : undefined;
    if (answer.status === 200 && stack && last) {
      const update = new URLSearchParams({
        Action: 'UpdateStack',
        Version: '2010-05-15',
        StackName: stack,
        TemplateBody: last.get('TemplateBody')!,
      });
      for (const [k, v] of last) if (k.startsWith('Parameters.') || k.startsWith('Capabilities.')) update.set(k, v);
      const refreshed = await this.forward(update);
      if (refreshed.status !== 200) {
        throw new Error(`refreshing the outputs of ${stack}: ${refreshed.body.toString().slice(0, 500)}`);
      }
      this.outputRefreshes++;
    }
    return answer;
  }

  /** A template URL the CLI built on the local endpoint (or an S3 one): the object from moto's S3. */
  private async readObjectUrl(url: string): Promise<string> {
    const path = new URL(url).pathname.replace(/^\//, '');
    const res = await fetch(`${this.moto}/${path}`, { headers: { authorization: auth('s3') } });
    if (!res.ok) throw new Error(`template ${url}: S3 answered ${res.status}`);
    return res.text();
  }

  private async motoQuery(service: string, params: Record<string, string>): Promise<string> {
    const headers = { 'content-type': FORM, authorization: auth(service) };
    const res = await fetch(this.moto, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
    return res.text();
  }

  /** A stack output as moto holds it now (shim 1). */
  private async stackOutput(stack: string, output: string): Promise<string> {
    const query = { Action: 'DescribeStacks', StackName: stack, Version: '2010-05-15' };
    const xml = await this.motoQuery('cloudformation', query);
    const re = new RegExp(`<OutputKey>${output}</OutputKey>\\s*<OutputValue>([^<]*)</OutputValue>`);
    const value = re.exec(xml)?.[1];
    if (value === undefined) throw new Error(`Fn::GetStackOutput: ${stack} has no output ${output} in moto`);
    return value
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  }

  /** Creates a secret through moto's Secrets Manager API (shim 4), once per stack and logical id. */
  private async createSecret(stack: string, logicalId: string, props: Json): Promise<string> {
    const name = `${stack}-${logicalId}`;
    const known = this.shimCreated.find((s) => s.stack === stack && s.logicalId === logicalId);
    if (known) return known.physicalId;
    const generate = (props.GenerateSecretString ?? {}) as { PasswordLength?: number };
    const alphanumeric = randomBytes(64)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '');
    const value = alphanumeric.slice(0, generate.PasswordLength ?? 32);
    const res = await fetch(this.moto, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'secretsmanager.CreateSecret',
        authorization: auth('secretsmanager'),
      },
      body: JSON.stringify({ Name: name, Description: props.Description, SecretString: value }),
    });
    const arn = ((await res.json()) as { ARN?: string }).ARN;
    if (!arn) throw new Error(`could not create secret ${name}`);
    this.shimCreated.push({ stack, logicalId, type: 'AWS::SecretsManager::Secret', physicalId: arn });
    return arn;
  }

  /** Shims 1, 3 and 4 on one template. */
  async transform(stack: string, template: Json): Promise<Json> {
    type Resource = { Type: string; Properties?: Json; DependsOn?: string | string[] };
    const resources = template.Resources as Record<string, Resource>;
    const removed = new Map<string, (attribute?: string) => string>();
    for (const [id, r] of Object.entries(resources)) {
      if (r.Type === 'AWS::SecretsManager::Secret') {
        const arn = await this.createSecret(stack, id, r.Properties ?? {});
        removed.set(id, () => arn);
      } else if (!this.supportedTypes.has(r.Type) || r.Type.startsWith('Custom::')) {
        const known = this.placeholders.some((p) => p.stack === stack && p.logicalId === id);
        if (!known) this.placeholders.push({ stack, logicalId: id, type: r.Type });
        const identity = r.Type === 'AWS::SES::EmailIdentity' ? String(r.Properties?.EmailIdentity) : undefined;
        removed.set(id, (attribute) =>
          identity && !attribute
            ? identity
            : attribute === 'ApiEndpoint'
              ? `https://placeholder-${id.toLowerCase()}.execute-api.${REGION}.amazonaws.com`
              : `placeholder-${id}${attribute ? `-${attribute}` : ''}`,
        );
      }
      if (r.Type === 'AWS::Lambda::Function') {
        const bucket = (r.Properties?.Code as Json | undefined)?.S3Bucket;
        if (bucket) this.codeBuckets.add(substitute(bucket));
      }
    }
    for (const id of removed.keys()) delete resources[id];
    const walk = async (value: unknown): Promise<unknown> => {
      if (Array.isArray(value)) return Promise.all(value.map(walk));
      if (!value || typeof value !== 'object') return value;
      const v = value as Json;
      if (typeof v.Ref === 'string' && removed.has(v.Ref)) return removed.get(v.Ref)!();
      const getAtt = v['Fn::GetAtt'] as [string, string] | undefined;
      if (Array.isArray(getAtt) && removed.has(getAtt[0])) return removed.get(getAtt[0])!(getAtt[1]);
      const out = v['Fn::GetStackOutput'] as { StackName: string; OutputName: string } | undefined;
      if (out) return this.stackOutput(out.StackName, out.OutputName);
      return Object.fromEntries(await Promise.all(Object.entries(v).map(async ([k, x]) => [k, await walk(x)])));
    };
    for (const r of Object.values(resources)) {
      r.Properties = (await walk(r.Properties ?? {})) as Json;
      if (r.DependsOn) r.DependsOn = [r.DependsOn].flat().filter((d) => !removed.has(d));
    }
    if (template.Outputs) template.Outputs = await walk(template.Outputs);
    return template;
  }

  /** Shim 5: Lambda Invoke runs the deployed zip with Node (one warm environment per function). */
  private async invoke(nameOrArn: string, body: Buffer, async: boolean): Promise<FrontAnswer> {
    const name = nameOrArn.split(':function:').pop()!.split(':')[0];
    const host = this.hosts.get(name) ?? (await this.host(name));
    const run = host.invoke(body.length ? JSON.parse(body.toString('utf8')) : {});
    if (async) return { status: 202, body: '' };
    const out = await run;
    if (out.error) {
      const headers = { 'x-amz-function-error': 'Unhandled', 'content-type': 'application/json' };
      return { status: 200, headers, body: JSON.stringify(out.error) };
    }
    const headers = { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' };
    return { status: 200, headers, body: JSON.stringify(out.payload ?? null) };
  }

  private async host(name: string): Promise<HostedFunction> {
    const url = `${this.moto}/2015-03-31/functions/${encodeURIComponent(name)}`;
    const res = await fetch(url, { headers: { authorization: auth('lambda') } });
    if (!res.ok) throw new Error(`GetFunction ${name}: ${res.status} ${await res.text()}`);
    type Configuration = {
      Handler: string;
      Runtime: string;
      Timeout: number;
      MemorySize: number;
      Environment?: { Variables?: Record<string, string> };
    };
    const fn = (await res.json()) as { Configuration: Configuration; Code: { Location: string } };
    if (!fn.Configuration.Runtime.startsWith('nodejs')) {
      throw new Error(`${name}: only Node.js functions run here, not ${fn.Configuration.Runtime}`);
    }
    const key = new URL(fn.Code.Location).pathname.replace(/^\//, '');
    let zip: Buffer | undefined;
    for (const bucket of this.codeBuckets) {
      const object = await fetch(`${this.moto}/${bucket}/${key}`, { headers: { authorization: auth('s3') } });
      if (object.ok) zip = Buffer.from(await object.arrayBuffer());
    }
    if (!zip) throw new Error(`${name}: code ${key} is in none of ${[...this.codeBuckets].join(', ')}`);
    const task = join(this.sandbox.dir, name);
    mkdirSync(task, { recursive: true });
    writeFileSync(`${task}.zip`, zip);
    execFileSync('unzip', ['-q', '-o', `${task}.zip`, '-d', task]);
    const host = new HostedFunction({
      name,
      taskRoot: task,
      handler: fn.Configuration.Handler,
      timeoutSeconds: fn.Configuration.Timeout,
      memoryMb: fn.Configuration.MemorySize,
      sandbox: this.sandbox,
      environment: {
        ...fn.Configuration.Environment?.Variables,
        AWS_REGION: REGION,
        AWS_DEFAULT_REGION: REGION,
        AWS_ACCESS_KEY_ID: 'rehearsal',
        AWS_SECRET_ACCESS_KEY: 'rehearsal',
        AWS_SESSION_TOKEN: 'rehearsal',
        // Every AWS call of the function goes to moto through these shims, but SES v2's (shim 7).
        AWS_ENDPOINT_URL: this.front.endpoint,
        AWS_ENDPOINT_URL_SESV2: this.ses,
      },
    });
    this.hosts.set(name, host);
    return host.start();
  }
}

/** Fn::Sub with pseudo parameters only (the assets bucket name). */
function substitute(value: unknown): string {
  if (typeof value === 'string') return value;
  const sub = (value as Json)['Fn::Sub'];
  if (typeof sub === 'string') return sub.replace(/\$\{([^}]+)\}/g, (_, name: string) => PSEUDO[name] ?? `\${${name}}`);
  return JSON.stringify(value);
}
