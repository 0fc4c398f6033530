// Configuration from the environment, read once per cold start, failing fast with a clear
// message when something a function needs is missing.
import { ConfigurationError } from '#core/errors';

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new ConfigurationError(`environment variable ${name} is not set`);
  return value;
}

export const env = {
  tableName: () => requireEnv('TABLE_NAME'),
  senderAddress: () => requireEnv('SENDER_ADDRESS'),
  /** Base of the links in e-mails (subscribe pages); https in production. */
  publicBaseUrl: () => requireEnv('PUBLIC_BASE_URL').replace(/\/+$/, ''),
  /** mailto target for List-Unsubscribe, e.g. unsubscribe@example.org. */
  unsubscribeMailbox: () => process.env.UNSUBSCRIBE_MAILBOX ?? requireEnv('SENDER_ADDRESS'),
  configurationSet: () => process.env.SES_CONFIGURATION_SET || undefined,
  sendQueueUrl: () => requireEnv('SEND_QUEUE_URL'),
  /** The function feeds hands its items to (fetch, extract, ingest). */
  pagesFunctionName: () => requireEnv('PAGES_FUNCTION_NAME'),
  /** Local stand-ins pass the secret itself; on AWS only its ARN is in the environment. */
  tokenSecretValue: () => process.env.TOKEN_SECRET,
  tokenSecretArn: () => requireEnv('TOKEN_SECRET_ARN'),
};
