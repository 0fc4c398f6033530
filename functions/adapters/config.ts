// Configuration from the environment: the only module that reads it. One reader per function,
// called once per cold start by that function's dependencies module (functions/<name>/dependencies.ts),
// each returning a typed object and failing fast with a ConfigurationError that names the variable.
// The local driver builds these objects itself instead of setting process.env.
// Plain predicates, not a schema library: three string checks do not need one, and every function carries this
// module (zod/mini cost detect 10.6 KB of its 250 KB budget).
import { ConfigurationError } from '#core/errors';
import { parseFeedList, type FeedConfig } from '#core/sources/feed-list';
import type { SubscriptionDeps } from '#core/subscription-lifecycle';

export type Environment = Readonly<Record<string, string | undefined>>;

/** A secret given as itself (local stand-ins) or as its Secrets Manager ARN (AWS). */
export type SecretSource = { value: string } | { arn: string };

export interface TableConfig {
  tableName: string;
}

export interface FetchConfig {
  /** Per page or feed request. */
  fetchTimeoutMs: number;
}

/** Where subscriber links point. Read at each use: the local web server may move the base URL. */
export interface LinkConfig {
  /** Base of the links in e-mails and pages, without a trailing slash; https in production. */
  publicBaseUrl: string;
  /** mailto target for List-Unsubscribe, e.g. unsubscribe@example.org. */
  unsubscribeMailbox: string;
}

export interface MailConfig {
  senderAddress: string;
  configurationSet?: string;
}

export type IngestConfig = TableConfig;
export type S3IngestConfig = TableConfig;
export interface HttpIngestConfig extends TableConfig {
  /** The bearer key clients send; only its SHA-256 is kept. */
  ingestApiKey: SecretSource;
}
export type PagesConfig = TableConfig & FetchConfig;
export interface FeedsConfig extends TableConfig, FetchConfig {
  feeds: FeedConfig[];
  /** The function feeds hands its items to (fetch, extract, ingest). */
  pagesFunctionName: string;
}
export type DetectConfig = TableConfig;
export interface ComposeConfig extends TableConfig {
  publicBaseUrl: string;
  sendQueueUrl: string;
}
export interface SendConfig extends TableConfig, LinkConfig, MailConfig {
  tokenSecret: SecretSource;
  /** The event source mapping's maximum concurrency: each instance takes this share of MaxSendRate. */
  sendFunctionConcurrency: number;
  /** Not from the environment: the local driver paces at this rate instead of asking SES. */
  sendRate?: number;
  /** Not from the environment: sends in flight per message (the local driver and benchmarks). */
  sendConcurrency?: number;
}
export interface WebConfig extends TableConfig, LinkConfig, MailConfig {
  tokenSecret: SecretSource;
  /** Not from the environment: subscribe limits the local driver's tests lower or raise. */
  limits?: SubscriptionDeps['limitsConfig'];
}
export interface FeedbackConfig extends TableConfig {
  tokenSecret: SecretSource;
}
export interface LoggerConfig {
  serviceName: string;
  logLevel: string;
}

/** What a variable's value must satisfy (it is a string: the environment holds nothing else). */
type Check = (value: string) => boolean;
const text: Check = (s) => s.length > 0;
const count: Check = (s) => /^[1-9]\d*$/.test(s);
const httpUrl: Check = (s) => /^https?:\/\/[^/\s]+/.test(s);

/** One variable through its check; '' counts as unset. */
function variable(env: Environment, name: string, check: Check, expected: string): string | undefined {
  const raw = env[name] === '' ? undefined : env[name];
  if (raw === undefined) return undefined;
  if (!check(raw)) {
    throw new ConfigurationError(
      `environment variable ${name} is invalid: expected ${expected}, got ${JSON.stringify(raw.slice(0, 80))}`,
    );
  }
  return raw;
}

function required(env: Environment, name: string, check: Check, expected: string): string {
  const value = variable(env, name, check, expected);
  if (value === undefined) throw new ConfigurationError(`environment variable ${name} is not set`);
  return value;
}

const table = (env: Environment): TableConfig => ({ tableName: required(env, 'TABLE_NAME', text, 'a table name') });

const fetching = (env: Environment): FetchConfig => ({
  fetchTimeoutMs: Number(variable(env, 'FETCH_TIMEOUT_MS', count, 'a whole number of milliseconds') ?? 10_000),
});

const publicBaseUrl = (env: Environment) =>
  required(env, 'PUBLIC_BASE_URL', httpUrl, 'an http(s) URL').replace(/\/+$/, '');

const sender = (env: Environment) => required(env, 'SENDER_ADDRESS', text, 'an e-mail address');

const links = (env: Environment): LinkConfig => ({
  publicBaseUrl: publicBaseUrl(env),
  unsubscribeMailbox: variable(env, 'UNSUBSCRIBE_MAILBOX', text, 'an e-mail address') ?? sender(env),
});

const mail = (env: Environment): MailConfig => {
  const configurationSet = variable(env, 'SES_CONFIGURATION_SET', text, 'a configuration set name');
  return { senderAddress: sender(env), ...(configurationSet ? { configurationSet } : {}) };
};

/** The secret itself in `valueName` (local), else its ARN in `arnName` (AWS). */
function secret(env: Environment, valueName: string, arnName: string): SecretSource {
  const value = variable(env, valueName, text, 'a secret');
  return value !== undefined ? { value } : { arn: required(env, arnName, text, 'a Secrets Manager ARN') };
}

const tokenSecret = (env: Environment) => secret(env, 'TOKEN_SECRET', 'TOKEN_SECRET_ARN');

export const readIngestConfig = (env: Environment = process.env): IngestConfig => table(env);
export const readS3IngestConfig = (env: Environment = process.env): S3IngestConfig => table(env);
export const readDetectConfig = (env: Environment = process.env): DetectConfig => table(env);

export function readHttpIngestConfig(env: Environment = process.env): HttpIngestConfig {
  return { ...table(env), ingestApiKey: secret(env, 'INGEST_API_KEY', 'INGEST_API_KEY_SECRET_ARN') };
}

export const readPagesConfig = (env: Environment = process.env): PagesConfig => ({ ...table(env), ...fetching(env) });

export function readFeedsConfig(env: Environment = process.env): FeedsConfig {
  let feeds: FeedConfig[];
  try {
    feeds = parseFeedList(env.FEEDS);
  } catch (error) {
    throw new ConfigurationError(`environment variable FEEDS is invalid: ${(error as Error).message}`);
  }
  return {
    ...table(env),
    ...fetching(env),
    feeds,
    pagesFunctionName: required(env, 'PAGES_FUNCTION_NAME', text, 'a function name'),
  };
}

export function readComposeConfig(env: Environment = process.env): ComposeConfig {
  return {
    ...table(env),
    publicBaseUrl: publicBaseUrl(env),
    sendQueueUrl: required(env, 'SEND_QUEUE_URL', httpUrl, 'an SQS queue URL'),
  };
}

export function readSendConfig(env: Environment = process.env): SendConfig {
  return {
    ...table(env),
    ...links(env),
    ...mail(env),
    tokenSecret: tokenSecret(env),
    sendFunctionConcurrency: Number(variable(env, 'SEND_FUNCTION_CONCURRENCY', count, 'a whole number above 0') ?? 1),
  };
}

export function readWebConfig(env: Environment = process.env): WebConfig {
  return { ...table(env), ...links(env), ...mail(env), tokenSecret: tokenSecret(env) };
}

export function readFeedbackConfig(env: Environment = process.env): FeedbackConfig {
  return { ...table(env), tokenSecret: tokenSecret(env) };
}

/** Never fails: a function must be able to log why it cannot start. */
export function readLoggerConfig(env: Environment = process.env): LoggerConfig {
  return { serviceName: env.POWERTOOLS_SERVICE_NAME || 'treaty-watch', logLevel: env.LOG_LEVEL || 'INFO' };
}
