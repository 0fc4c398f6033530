// The link-signing secret: from TOKEN_SECRET locally, from Secrets Manager on AWS (fetched
// once per cold start and cached).
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { env } from './config';

let cached: Promise<string> | undefined;

export function tokenSecret(): Promise<string> {
  cached ??= (async () => {
    const local = env.tokenSecretValue();
    if (local) return local;
    const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: env.tokenSecretArn() }));
    if (!out.SecretString) throw new Error('token secret is empty');
    return out.SecretString;
  })();
  return cached;
}
