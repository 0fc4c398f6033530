// The AWS SDK clients' logger. The SDK's logger middleware copies every request and response through the
// schema's sensitive-data filter to hand them to logger.info, on every call, even when the default logger drops
// them: for the send path's ledger transactions (100 rows each) and batch reads that copy was a fifth of its Node
// CPU per e-mail. The middleware calls `logger?.info?.(...)`, so a logger without `info` skips the copy; like the
// SDK's default (NoOpLogger) it writes nothing else either.
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

type Logger = NonNullable<DynamoDBClientConfig['logger']>;

/** A no-op logger without `info` (the name keeps the "NoOp" that lib-dynamodb looks for in the default's). */
export class NoOpSdkLogger implements Omit<Logger, 'info'> {
  trace(): void {}
  debug(): void {}
  warn(): void {}
  error(): void {}
}

export const sdkLogger = new NoOpSdkLogger() as unknown as Logger;
