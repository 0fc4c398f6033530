// The configuration readers: typed objects from the environment, defaults where the functions had
// them, and an error that names the variable that is missing or invalid.
import { describe, expect, it } from 'vitest';
import {
  readComposeConfig,
  readFeedbackConfig,
  readFeedsConfig,
  readHttpIngestConfig,
  readIngestConfig,
  readLoggerConfig,
  readPagesConfig,
  readSendConfig,
  readWebConfig,
} from '#adapters/config';
import { ConfigurationError } from '#core/errors';

const TABLE = { TABLE_NAME: 'tw-table' };
const MAIL = {
  ...TABLE,
  PUBLIC_BASE_URL: 'https://tw.example//',
  SENDER_ADDRESS: 'Treaty Watch <alerts@tw.example>',
  TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:t',
};

const failure = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
};

describe('configuration from the environment', () => {
  it('names a missing variable, and counts an empty one as missing', () => {
    expect(failure(() => readIngestConfig({}))).toBe('environment variable TABLE_NAME is not set');
    expect(failure(() => readIngestConfig({ TABLE_NAME: '' }))).toBe('environment variable TABLE_NAME is not set');
    expect(failure(() => readComposeConfig({ ...TABLE, PUBLIC_BASE_URL: 'https://tw.example' }))).toBe(
      'environment variable SEND_QUEUE_URL is not set',
    );
    expect(failure(() => readFeedsConfig(TABLE))).toBe('environment variable PAGES_FUNCTION_NAME is not set');
    expect(failure(() => readFeedbackConfig(TABLE))).toBe('environment variable TOKEN_SECRET_ARN is not set');
    expect(failure(() => readHttpIngestConfig(TABLE))).toBe(
      'environment variable INGEST_API_KEY_SECRET_ARN is not set',
    );
  });

  it('names an invalid variable and what it should be', () => {
    expect(failure(() => readPagesConfig({ ...TABLE, FETCH_TIMEOUT_MS: 'soon' }))).toBe(
      'environment variable FETCH_TIMEOUT_MS is invalid: expected a whole number of milliseconds, got "soon"',
    );
    expect(failure(() => readSendConfig({ ...MAIL, SEND_FUNCTION_CONCURRENCY: '0' }))).toMatch(
      /^environment variable SEND_FUNCTION_CONCURRENCY is invalid/,
    );
    expect(failure(() => readWebConfig({ ...MAIL, PUBLIC_BASE_URL: 'tw.example' }))).toMatch(
      /^environment variable PUBLIC_BASE_URL is invalid: expected an http\(s\) URL/,
    );
    expect(failure(() => readFeedsConfig({ ...TABLE, PAGES_FUNCTION_NAME: 'p', FEEDS: '{"url": 1}' }))).toBe(
      'environment variable FEEDS is invalid: FEEDS must be a JSON array of URLs or {"url", "outlet"} objects',
    );
    expect(failure(() => readFeedsConfig({ ...TABLE, PAGES_FUNCTION_NAME: 'p', FEEDS: '["ftp://x"]' }))).toBe(
      'environment variable FEEDS is invalid: FEEDS[0] is not an http(s) URL',
    );
  });

  it('reads typed values, with the defaults the functions had', () => {
    expect(readPagesConfig(TABLE)).toEqual({ tableName: 'tw-table', fetchTimeoutMs: 10_000 });
    expect(readPagesConfig({ ...TABLE, FETCH_TIMEOUT_MS: '2500' }).fetchTimeoutMs).toBe(2500);
    expect(
      readFeedsConfig({
        ...TABLE,
        PAGES_FUNCTION_NAME: 'pages',
        FEEDS: '["https://a.example/rss", {"url": "https://b.example/feed", "outlet": "B"}]',
      }),
    ).toEqual({
      tableName: 'tw-table',
      fetchTimeoutMs: 10_000,
      pagesFunctionName: 'pages',
      feeds: [{ url: 'https://a.example/rss' }, { url: 'https://b.example/feed', outlet: 'B' }],
    });
    expect(readFeedsConfig({ ...TABLE, PAGES_FUNCTION_NAME: 'pages' }).feeds).toEqual([]);
    expect(readSendConfig(MAIL)).toEqual({
      tableName: 'tw-table',
      publicBaseUrl: 'https://tw.example',
      unsubscribeMailbox: 'Treaty Watch <alerts@tw.example>', // the sender's, unless UNSUBSCRIBE_MAILBOX is set
      senderAddress: 'Treaty Watch <alerts@tw.example>',
      tokenSecret: { arn: 'arn:aws:secretsmanager:eu-west-1:1:secret:t' },
      sendFunctionConcurrency: 1,
    });
    const web = readWebConfig({
      ...MAIL,
      UNSUBSCRIBE_MAILBOX: 'unsubscribe@tw.example',
      SES_CONFIGURATION_SET: 'tw-set',
      TOKEN_SECRET: 'local',
    });
    expect(web).toMatchObject({
      unsubscribeMailbox: 'unsubscribe@tw.example',
      configurationSet: 'tw-set',
      tokenSecret: { value: 'local' },
    });
    expect(readWebConfig({ ...MAIL, SES_CONFIGURATION_SET: '' })).not.toHaveProperty('configurationSet');
    expect(readHttpIngestConfig({ ...TABLE, INGEST_API_KEY: 'k' }).ingestApiKey).toEqual({ value: 'k' });
    expect(
      readComposeConfig({
        ...TABLE,
        PUBLIC_BASE_URL: 'http://127.0.0.1:8080/',
        SEND_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/q',
      }),
    ).toEqual({
      tableName: 'tw-table',
      publicBaseUrl: 'http://127.0.0.1:8080',
      sendQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/1/q',
    });
  });

  it('the logger never fails to start', () => {
    expect(readLoggerConfig({})).toEqual({ serviceName: 'treaty-watch', logLevel: 'INFO' });
    expect(readLoggerConfig({ POWERTOOLS_SERVICE_NAME: 'treaty-watch-send', LOG_LEVEL: 'DEBUG' })).toEqual({
      serviceName: 'treaty-watch-send',
      logLevel: 'DEBUG',
    });
  });
});
