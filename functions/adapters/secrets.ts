// Secrets: given as themselves by the local stand-ins, or read from Secrets Manager on AWS. Each
// function's dependencies module reads its secrets once per cold start (adapters/lazy.ts).
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretSource } from './config';

export async function secretValue(source: SecretSource, client?: SecretsManagerClient): Promise<string> {
  if ('value' in source) return source.value;
  const out = await (client ?? new SecretsManagerClient({})).send(new GetSecretValueCommand({ SecretId: source.arn }));
  if (!out.SecretString) throw new Error(`the secret ${source.arn} is empty`);
  return out.SecretString;
}
