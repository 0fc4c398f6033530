// SES v2 sender. The endpoint comes from AWS_ENDPOINT_URL_SESV2 when set (aws-ses-v2-local).
// v2 is required: only its Simple content carries the List-Unsubscribe headers.
import { SESv2Client, SendEmailCommand, TooManyRequestsException, GetAccountCommand } from '@aws-sdk/client-sesv2';
import type { OutgoingEmail, EmailSender } from '#core/send';

export class SesSender implements EmailSender {
  constructor(private readonly client = new SESv2Client({}), private readonly configurationSet?: string) {}

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

  /** Sends per second the account allows; the sender paces to it. */
  async maxSendRate(): Promise<number> {
    const out = await this.client.send(new GetAccountCommand({}));
    return out.SendQuota?.MaxSendRate ?? 1;
  }

  isThrottle(error: unknown): boolean {
    return error instanceof TooManyRequestsException || (error as { name?: string })?.name === 'TooManyRequestsException' || (error as { name?: string })?.name === 'Throttling';
  }
}
