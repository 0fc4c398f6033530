// Infra construct: every Treaty Watch Lambda, built one way. Same runtime, architecture,
// ESM bundle, log group and IAM role shape; bind*() helpers set an env var and its grant together.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../table-schema.ts';
import { afterBundlingHooks } from './bundling-hooks.ts';

/** Repository root: the esbuild project root and where package-lock.json lives. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The pipeline stages, one Lambda each; each handler module exports `handler`. */
export const FUNCTION_NAMES = [
  'ingest',
  'ingest-http',
  'ingest-s3',
  'feeds',
  'pages',
  'detect',
  'compose',
  'send',
  'feedback',
  'web',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Path of a stage's handler module: functions/<name>/handler.ts. */
export const entryOf = (name: FunctionName): string => join(PROJECT_ROOT, 'functions', name, 'handler.ts');

/** ESM bundles have no `require`; some CommonJS dependencies still call it. */
export const ESM_REQUIRE_SHIM =
  "import { createRequire as __twCreateRequire } from 'node:module'; " +
  'const require = __twCreateRequire(import.meta.url);';

/** A module as linkedom resolves it (its htmlparser2 is 12, by the override in package.json). */
const resolvedByLinkedom = (specifier: string): string =>
  createRequire(join(PROJECT_ROOT, 'node_modules', 'linkedom', 'package.json')).resolve(specifier);

/**
 * Module substitutions for every bundle (esbuild `--alias`), each checked by tests/infra/bundling.test.ts.
 * Stubs replace code that is imported but provably never run by the handlers, and throw if it ever is:
 * - `cssomnom/parse` (195 KB): linkedom's only use is the `HTMLStyleElement.sheet` getter, which
 *   Readability and functions/core/sources/html.ts never read.
 * - `domutils` (with dom-serializer, 9 KB): only css-select imports it, for the default adapter it
 *   uses when its caller brings none; linkedom, its only caller, always brings its own.
 * - `@aws/lambda-invoke-store` (2 KB): Powertools imports it only for its side effect (it sets up
 *   `globalThis.awslambda`, which the stub does too) and reads the runtime's store from there.
 * One narrows a module to the part that is used:
 * - `htmlparser2` → its Parser module, the one export linkedom reads (`const {Parser} = HTMLParser2`
 *   on a namespace import, which esbuild cannot tree-shake): the same file of the same version,
 *   without the index that re-exports domhandler and domutils (17 KB).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  'cssomnom/parse': join(PROJECT_ROOT, 'infra', 'bundling', 'cssomnom-parse.ts'),
  domutils: join(PROJECT_ROOT, 'infra', 'bundling', 'domutils.ts'),
  '@aws/lambda-invoke-store': join(PROJECT_ROOT, 'infra', 'bundling', 'lambda-invoke-store.ts'),
  htmlparser2: join(dirname(resolvedByLinkedom('htmlparser2')), 'Parser.js'),
};

/** The esbuild settings every function is bundled with (also used by infra/bundle-report.ts). */
export const ESBUILD_SETTINGS = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  /** ESM builds first: they tree-shake; CommonJS-only packages fall back to main. */
  mainFields: ['module', 'main'],
  minify: true,
  /** Provided by the Lambda Node.js 22 runtime. */
  external: ['@aws-sdk/*'],
} as const;

/**
 * Table access levels. Deliberately without Scan: every hot path is a Query (DESIGN §5).
 * ConditionCheckItem is in both because TransactWriteItems needs it.
 */
export const TABLE_ACTIONS = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'],
  write: [
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:ConditionCheckItem',
  ],
} as const;
export type TableAccess = 'read' | 'write' | 'readWrite';

/** The SES identity a function sends through. */
export interface SesSender {
  readonly senderAddress: string;
  readonly identityArn: string;
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
}

export interface TreatyFunctionProps {
  /** Pipeline stage: picks functions/<name>/handler.ts and names the Powertools service. */
  readonly name: FunctionName;
  readonly description: string;
  /** Deployment stage (dev, prod, ...): log level and retention follow it. */
  readonly stage: string;
  readonly isDev: boolean;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  readonly environment?: Record<string, string>;
  /**
   * Packages that cannot be bundled by esbuild and are installed beside the bundle instead
   * (`npm ci` of the pinned versions in package-lock.json): mjml, for the functions that render MJML.
   */
  readonly nodeModules?: string[];
  /**
   * Copy the reference data (treaty records, states, armed conflicts) into facts/ beside the bundle,
   * for the functions that import functions/adapters/reference-data.ts: data, read at cold start, off
   * the code budget. @default false
   */
  readonly referenceData?: boolean;
}

/**
 * A NodejsFunction with the house settings: Node 22 on arm64, minified ESM with source maps,
 * the AWS SDK left to the runtime, an explicit log group with retention, and a role that has
 * only what the bind*() helpers and event sources add (no managed policies).
 *
 * When CDK skips bundling (context `aws:cdk:bundling-stacks: []`, used by tests and by
 * `cdk ls`), the code is a tiny inline placeholder so synthesis does not depend on the handler
 * files or on esbuild; everything else in the template is identical.
 */
export class TreatyFunction extends NodejsFunction {
  /** Which pipeline stage this function is (ingest, detect, ...). */
  readonly pipelineStage: FunctionName;
  /** Packages installed beside the bundle rather than bundled (see props.nodeModules). */
  readonly installedModules: readonly string[];
  /** Whether facts/ (the reference data) is copied beside the bundle (see props.referenceData). */
  readonly carriesReferenceData: boolean;

  constructor(scope: Construct, id: string, props: TreatyFunctionProps) {
    const entry = entryOf(props.name);
    const bundle = Stack.of(scope).bundlingRequired;
    if (bundle && !existsSync(entry)) {
      throw new Error(
        `TreatyFunction ${id}: handler not found at ${entry} (each pipeline stage needs its handler module)`,
      );
    }

    const logGroup = new logs.LogGroup(scope, `${id}LogGroup`, {
      retention: props.isDev ? logs.RetentionDays.ONE_WEEK : logs.RetentionDays.THREE_MONTHS,
      removalPolicy: props.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    // Own role, no AWSLambdaBasicExecutionRole: it would allow writing to every log group.
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Treaty Watch ${props.stage} ${props.name} function`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup,
      environment: {
        STAGE: props.stage,
        POWERTOOLS_SERVICE_NAME: `treaty-watch-${props.name}`,
        LOG_LEVEL: props.isDev ? 'DEBUG' : 'INFO',
        NODE_OPTIONS: '--enable-source-maps', // stack traces point into the TypeScript sources
        ...props.environment,
      },
      ...(bundle
        ? {
            entry,
            handler: 'handler',
            projectRoot: PROJECT_ROOT,
            depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
            bundling: {
              format: OutputFormat.ESM,
              target: ESBUILD_SETTINGS.target,
              mainFields: [...ESBUILD_SETTINGS.mainFields],
              banner: ESM_REQUIRE_SHIM,
              minify: true,
              sourceMap: true,
              sourceMapMode: SourceMapMode.DEFAULT,
              sourcesContent: false,
              externalModules: [...ESBUILD_SETTINGS.external],
              esbuildArgs: { '--alias': Object.entries(BUNDLE_ALIASES).map(([from, to]) => `${from}=${to}`) },
              nodeModules: props.nodeModules,
              commandHooks: afterBundlingHooks({
                prune: !!props.nodeModules?.length,
                referenceData: !!props.referenceData,
              }),
              forceDockerBundling: false,
              logLevel: LogLevel.WARNING,
              // npm ci for nodeModules: use the local cache first, stay quiet.
              environment: { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
            },
          }
        : {
            code: lambda.Code.fromInline(
              `export const handler = async () => { throw new Error('placeholder: ` +
                `${props.name} was synthesized without bundling'); };`,
            ),
            handler: 'index.handler',
          }),
    });
    this.pipelineStage = props.name;
    this.installedModules = props.nodeModules ?? [];
    this.carriesReferenceData = props.referenceData ?? false;
  }

  /**
   * Set TABLE_NAME and grant item-level access on the table and its named indexes
   * (no `index/*` wildcard: the indexes come from table-schema).
   */
  bindTable(table: dynamodb.ITable, access: TableAccess): this {
    this.addEnvironment('TABLE_NAME', table.tableName);
    const actions =
      access === 'readWrite' ? [...TABLE_ACTIONS.read, ...TABLE_ACTIONS.write] : [...TABLE_ACTIONS[access]];
    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...new Set(actions)],
        resources: [
          table.tableArn,
          ...TABLE_DEFINITION.globalIndexes.map((index) => `${table.tableArn}/index/${index.name}`),
        ],
      }),
    );
    return this;
  }

  /** Set TOKEN_SECRET_ARN and allow reading (only) that secret: the HMAC key for subscriber links. */
  bindTokenSecret(secret: secretsmanager.ISecret): this {
    this.addEnvironment('TOKEN_SECRET_ARN', secret.secretArn);
    secret.grantRead(this);
    return this;
  }

  /**
   * Set SENDER_ADDRESS and SES_CONFIGURATION_SET and allow ses:SendEmail only through that
   * identity and configuration set, and only from that address.
   */
  bindSesSender(sender: SesSender): this {
    this.addEnvironment('SENDER_ADDRESS', sender.senderAddress);
    this.addEnvironment('SES_CONFIGURATION_SET', sender.configurationSetName);
    this.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'SendFromTheSenderIdentityOnly',
        actions: ['ses:SendEmail'],
        resources: [sender.identityArn, sender.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': sender.senderAddress } },
      }),
    );
    return this;
  }

  /** Set INGEST_API_KEY_SECRET_ARN and allow reading (only) that secret: the HTTP ingest API key. */
  bindIngestApiKey(secret: secretsmanager.ISecret): this {
    this.addEnvironment('INGEST_API_KEY_SECRET_ARN', secret.secretArn);
    secret.grantRead(this);
    return this;
  }

  /**
   * Allow s3:GetObject (which HeadObject needs too) on the objects under one prefix of a bucket.
   * No environment variable: the bucket and key arrive in the S3 event.
   */
  bindObjectReads(bucket: s3.IBucket, prefix: string): this {
    this.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadDroppedObjects',
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects(`${prefix}*`)],
      }),
    );
    return this;
  }

  /** Set SEND_QUEUE_URL and allow sending (only) to that queue. */
  bindSendQueue(queue: sqs.IQueue): this {
    this.addEnvironment('SEND_QUEUE_URL', queue.queueUrl);
    queue.grantSendMessages(this);
    return this;
  }
}
