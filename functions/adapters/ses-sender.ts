// SES v2 sender. The endpoint comes from AWS_ENDPOINT_URL_SESV2 when set (aws-ses-v2-local).
// v2 is required: only its Simple content carries the List-Unsubscribe headers.
import {
  GetAccountCommand,
  PutSuppressedDestinationCommand,
  SendEmailCommand,
  SESv2Client,
} from '@aws-sdk/client-sesv2';
import type { OutgoingEmail, SendFailure } from '#core/email-sending';
import type { EmailSender } from '#core/ports';
import { sdkLogger } from './sdk-logger';

const THROTTLES = new Set(['TooManyRequestsException', 'Throttling', 'ThrottlingException', 'LimitExceededException']);

/** One attempt per call: retries are the caller's decision (an SDK retry after a timeout could send twice). */
export function makeSesClient(): SESv2Client {
  return new SESv2Client({ maxAttempts: 1, logger: sdkLogger });
}

export class SesSender implements EmailSender {
  constructor(
    private readonly client: SESv2Client = makeSesClient(),
    private readonly configurationSet?: string,
  ) {}

  async send(email: OutgoingEmail): Promise<string> {
    const out = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: email.from,
        Destination: { ToAddresses: [email.to] },
        ConfigurationSetName: this.configurationSet,
        EmailTags: Object.entries(email.tags).map(([Name, Value]) => ({ Name, Value })),
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Html: { Data: email.html, Charset: 'UTF-8' }, Text: { Data: email.text, Charset: 'UTF-8' } },
            Headers: email.headers.map(({ name, value }) => ({ Name: name, Value: value })),
          },
        },
      }),
    );
    if (!out.MessageId) throw new Error('SES accepted the message but returned no MessageId');
    return out.MessageId;
  }

  /** Sends per second the account allows (GetAccount SendQuota.MaxSendRate); the sender paces to it. */
  async maxSendRate(): Promise<number> {
    const out = await this.client.send(new GetAccountCommand({}));
    return out.SendQuota?.MaxSendRate ?? 1;
  }

  /** Adds the address to the account-level suppression list (SES then refuses to deliver to it). */
  async suppress(email: string, reason: 'BOUNCE' | 'COMPLAINT'): Promise<void> {
    await this.client.send(new PutSuppressedDestinationCommand({ EmailAddress: email, Reason: reason }));
  }

  classify(error: unknown): SendFailure {
    const e = error as {
      name?: string;
      $metadata?: { httpStatusCode?: number };
      $retryable?: { throttling?: boolean };
    };
    if (THROTTLES.has(e?.name ?? '') || e?.$retryable?.throttling || e?.$metadata?.httpStatusCode === 429)
      return 'throttled';
    // An HTTP answer with an error status means SES did not accept the message.
    if (typeof e?.$metadata?.httpStatusCode === 'number' && e.$metadata.httpStatusCode >= 400) return 'refused';
    return 'unknown';
  }
}
