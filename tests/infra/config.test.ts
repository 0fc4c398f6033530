// Infra config: what the CDK context may say, and how a wrong value is reported at synth time.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, InvalidConfig, loadConfig } from '#infra/config';

const from = (context: Record<string, unknown>) => loadConfig({ tryGetContext: (key) => context[key] });
const failureOf = (context: Record<string, unknown>): string => {
  try {
    from(context);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfig);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
};

describe('infra config', () => {
  it('with no context at all, synthesizes a dev stage with the documented offline defaults', () => {
    const config = from({});
    expect(config).toMatchObject({
      stage: 'dev',
      isDev: true,
      senderAddress: 'alerts@example.com',
      alarmEmail: 'alarms@example.com',
      feeds: [],
      ingestSchedule: 'rate(30 minutes)',
      dailyDigestSchedule: 'cron(0 7 * * ? *)',
      weeklyDigestSchedule: 'cron(0 7 ? * MON *)',
      scheduleTimezone: 'UTC',
    });
    expect(config.senderDomain).toBeUndefined();
    expect(config.account).toBeUndefined();
    expect(config.ingestSchedule).toBe(DEFAULTS.ingestSchedule);
  });

  it('reads feeds given on the command line as a comma list or a JSON array, and from cdk.json as an array', () => {
    const urls = ['https://a.example.org/rss', 'https://b.example.org/atom.xml'];
    expect(from({ feeds: urls.join(', ') }).feeds).toEqual(urls);
    expect(from({ feeds: JSON.stringify(urls) }).feeds).toEqual(urls);
    expect(from({ feeds: urls }).feeds).toEqual(urls);
  });

  it('names the key and the expected form when a value is wrong', () => {
    const message = failureOf({
      senderAddress: 'not-an-address',
      ingestSchedule: 'every 5 minutes',
      feeds: 'ftp://x.org/feed',
    });
    expect(message).toMatch(/Invalid Treaty Watch configuration/);
    expect(message).toMatch(/senderAddress[\s\S]*e-mail address/);
    expect(message).toMatch(/ingestSchedule[\s\S]*rate\(N unit\)/);
    expect(message).toMatch(/feeds[\s\S]*http\(s\) URL/);
  });

  it('rejects a stage name that cannot be part of resource names', () => {
    expect(failureOf({ stage: 'Prod_EU' })).toMatch(/stage[\s\S]*lowercase/);
  });

  it('requires the sender to be an address at the verified domain when a domain is given', () => {
    expect(failureOf({ senderDomain: 'news.example.org', senderAddress: 'alerts@other.example.org' })).toMatch(
      /senderAddress[\s\S]*news\.example\.org/,
    );
    expect(from({ senderDomain: 'news.example.org', senderAddress: 'alerts@news.example.org' }).senderDomain).toBe(
      'news.example.org',
    );
  });

  it('refuses the example.com defaults outside dev', () => {
    const message = failureOf({ stage: 'prod' });
    expect(message).toMatch(/senderAddress[\s\S]*stage "prod" needs a real address/);
    expect(message).toMatch(/alarmEmail/);
    const prod = from({ stage: 'prod', senderAddress: 'alerts@news.example.org', alarmEmail: 'ops@news.example.org' });
    expect(prod.isDev).toBe(false);
  });

  it('checks the schedule time zone and the account and region format', () => {
    expect(failureOf({ scheduleTimezone: 'Mars/Olympus' })).toMatch(/scheduleTimezone[\s\S]*IANA/);
    expect(failureOf({ account: '1234' })).toMatch(/account[\s\S]*12-digit/);
    expect(from({ account: '123456789012', region: 'eu-west-1' })).toMatchObject({
      account: '123456789012',
      region: 'eu-west-1',
    });
  });

  it('takes a custom MAIL FROM only as a subdomain of the verified sender domain', () => {
    const domain = { senderDomain: 'news.example.org', senderAddress: 'alerts@news.example.org' };
    expect(from({ ...domain, mailFromDomain: 'mail.news.example.org' }).mailFromDomain).toBe('mail.news.example.org');
    expect(failureOf({ ...domain, mailFromDomain: 'mail.other.example.org' })).toMatch(
      /mailFromDomain[\s\S]*subdomain of senderDomain "news\.example\.org"/,
    );
    expect(failureOf({ mailFromDomain: 'mail.news.example.org' })).toMatch(/mailFromDomain[\s\S]*needs senderDomain/);
  });

  it('checks the List-Unsubscribe mailbox is an address', () => {
    expect(from({ unsubscribeMailbox: 'unsubscribe@news.example.org' }).unsubscribeMailbox).toBe(
      'unsubscribe@news.example.org',
    );
    expect(failureOf({ unsubscribeMailbox: 'nobody' })).toMatch(/unsubscribeMailbox[\s\S]*e-mail address/);
  });

  it('takes {url, outlet} feeds from a JSON array, as the feeds function reads FEEDS, and names a bad one', () => {
    const feeds = ['https://a.example.org/rss', { url: 'https://news.example/atom', outlet: 'Example News' }];
    expect(from({ feeds: JSON.stringify(feeds) }).feeds).toEqual(feeds);
    expect(from({ feeds }).feeds).toEqual(feeds);
    expect(failureOf({ feeds: JSON.stringify([{ url: 'ftp://x.org/feed', outlet: 'X' }]) })).toMatch(
      /feeds\.0\.url: each feed must be an http\(s\) URL/,
    );
    expect(failureOf({ feeds: JSON.stringify([{ link: 'https://x.org/feed' }]) })).toMatch(
      /feeds\.0: each feed must be an http\(s\) URL or \{"url"/,
    );
  });
});
