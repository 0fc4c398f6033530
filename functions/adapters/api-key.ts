// The HTTP ingest API key, as its SHA-256: from INGEST_API_KEY locally, from Secrets Manager
// (INGEST_API_KEY_SECRET_ARN; the secret string is the key) on AWS. Fetched once per cold start.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sha256 } from '../ingest-http/http-ingest.ts';
import { requireEnv } from './config';

let cached: Promise<Buffer> | undefined;

export function ingestKeyHash(env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  cached ??= (async () => {
    if (env.INGEST_API_KEY) return sha256(env.INGEST_API_KEY);
    const out = await new SecretsManagerClient({}).send(
      new GetSecretValueCommand({ SecretId: requireEnv('INGEST_API_KEY_SECRET_ARN', env) }),
    );
    if (!out.SecretString) throw new Error('the ingest API key secret is empty');
    return sha256(out.SecretString.trim());
  })();
  return cached;
}
