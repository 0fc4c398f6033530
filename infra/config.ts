// Infra config: the typed settings of one deployment, read once from CDK context and
// validated with zod, so a bad value fails at synth time with a message that names it.
//
// Context keys (pass with `-c key=value`, or put them under "context" in cdk.json):
//
// | key                  | default                  | meaning                                                   |
// |----------------------|--------------------------|-----------------------------------------------------------|
// | stage                | dev                      | deployment stage; "dev" is disposable (no RETAIN)         |
// | senderAddress        | alerts@example.com       | From: address of every e-mail                             |
// | senderDomain         | (none)                   | verify the whole domain (DKIM) instead of one address     |
// | mailFromDomain       | (none)                   | custom MAIL FROM subdomain of senderDomain (SPF alignment)|
// | unsubscribeMailbox   | senderAddress            | mailto: target of the List-Unsubscribe header             |
// | feeds                | []                       | feeds: JSON array (URLs or {url, outlet}) or comma list   |
// | ingestSchedule       | rate(30 minutes)         | EventBridge Scheduler expression for the feed poll        |
// | dailyDigestSchedule  | cron(0 7 * * ? *)        | daily digest                                              |
// | weeklyDigestSchedule | cron(0 7 ? * MON *)      | weekly digest                                             |
// | scheduleTimezone     | UTC                      | IANA zone the cron expressions are read in                |
// | alarmEmail           | alarms@example.com       | who the alarm topic e-mails                               |
// | publicBaseUrl        | the web function URL     | base of links in e-mails (set it for a custom domain)     |
// | account, region      | (none: env-agnostic)     | pin the stacks to an environment                          |
//
// The defaults let `npm run synth` and `npx cdk synth` run offline with no context at all.
// Any stage other than "dev" must name a real sender and alarm address (not example.com).

import { z } from 'zod';

/** The context keys this module reads; everything else in context is left to CDK. */
export const CONTEXT_KEYS = [
  'stage',
  'senderAddress',
  'senderDomain',
  'mailFromDomain',
  'unsubscribeMailbox',
  'feeds',
  'ingestSchedule',
  'dailyDigestSchedule',
  'weeklyDigestSchedule',
  'scheduleTimezone',
  'alarmEmail',
  'publicBaseUrl',
  'account',
  'region',
] as const;

export const DEFAULTS = {
  stage: 'dev',
  senderAddress: 'alerts@example.com',
  feeds: [] as FeedSetting[],
  ingestSchedule: 'rate(30 minutes)',
  dailyDigestSchedule: 'cron(0 7 * * ? *)',
  weeklyDigestSchedule: 'cron(0 7 ? * MON *)',
  scheduleTimezone: 'UTC',
  alarmEmail: 'alarms@example.com',
} as const;

/** EventBridge Scheduler accepts rate(), cron() (six fields) and at(); we schedule with the first two. */
const scheduleExpression = z
  .string()
  .trim()
  .regex(
    /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(\S+ \S+ \S+ \S+ \S+ \S+\))$/,
    'must be rate(N unit) or cron(min hour day-of-month month day-of-week year), e.g. ' +
      '"rate(30 minutes)" or "cron(0 7 * * ? *)"',
  );

const feedUrl = z.url({ protocol: /^https?$/, error: 'each feed must be an http(s) URL' });

/** One feed: its URL, or {url, outlet} to name the outlet (the FEEDS shape functions/core/sources/feed.ts reads). */
export type FeedSetting = string | { url: string; outlet?: string };

/** Feeds arrive as an array (cdk.json) or a string (-c feeds=...): JSON array or comma-separated. */
const feedList = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const text = value.trim();
    if (text === '') return [];
    if (text.startsWith('[')) {
      try {
        return JSON.parse(text);
      } catch {
        return value; // left as a string so zod reports "expected array"
      }
    }
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  },
  z.array(
    z.union([feedUrl, z.strictObject({ url: feedUrl, outlet: z.string().trim().min(1).max(200).optional() })], {
      error: 'each feed must be an http(s) URL or {"url": "https://…", "outlet": "Name"}',
    }),
  ),
);

const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a domain name such as news.example.org',
  );

export const ConfigSchema = z
  .object({
    stage: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]{0,14}$/,
        'must be 1-15 characters: lowercase letters, digits, "-", starting with a letter',
      )
      .default(DEFAULTS.stage),
    senderAddress: z.email('must be an e-mail address such as alerts@news.example.org').default(DEFAULTS.senderAddress),
    senderDomain: hostname.optional(),
    mailFromDomain: hostname.optional(),
    unsubscribeMailbox: z.email('must be an e-mail address such as unsubscribe@news.example.org').optional(),
    feeds: feedList.default(DEFAULTS.feeds),
    ingestSchedule: scheduleExpression.default(DEFAULTS.ingestSchedule),
    dailyDigestSchedule: scheduleExpression.default(DEFAULTS.dailyDigestSchedule),
    weeklyDigestSchedule: scheduleExpression.default(DEFAULTS.weeklyDigestSchedule),
    scheduleTimezone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as UTC or Europe/Berlin')
      .default(DEFAULTS.scheduleTimezone),
    alarmEmail: z.email('must be an e-mail address').default(DEFAULTS.alarmEmail),
    publicBaseUrl: z
      .url({ protocol: /^https$/, error: 'must be an https URL such as https://news.example.org' })
      .optional(),
    account: z
      .string()
      .regex(/^\d{12}$/, 'must be a 12-digit AWS account id')
      .optional(),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as eu-west-1')
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (c.senderDomain && !c.senderAddress.toLowerCase().endsWith(`@${c.senderDomain}`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['senderAddress'],
        message: `must be an address at senderDomain "${c.senderDomain}" (SES sends only from verified identities)`,
      });
    }
    if (c.mailFromDomain && (!c.senderDomain || !c.mailFromDomain.endsWith(`.${c.senderDomain}`))) {
      ctx.addIssue({
        code: 'custom',
        path: ['mailFromDomain'],
        message: c.senderDomain
          ? `must be a subdomain of senderDomain "${c.senderDomain}", such as mail.${c.senderDomain}`
          : 'needs senderDomain: a custom MAIL FROM domain is a subdomain of the verified sending domain',
      });
    }
    if (c.stage !== 'dev') {
      for (const key of ['senderAddress', 'alarmEmail'] as const) {
        if (c[key].toLowerCase().endsWith('@example.com')) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `stage "${c.stage}" needs a real address, not the offline default ${c[key]}`,
          });
        }
      }
    }
  });

export type TreatyWatchConfig = z.infer<typeof ConfigSchema> & {
  /** dev is disposable: tables and logs are destroyed with the stack. */
  readonly isDev: boolean;
};

/** Thrown at synth time when the context does not describe a valid deployment. */
export class InvalidConfig extends Error {
  constructor(readonly issues: string) {
    super(
      `Invalid Treaty Watch configuration (CDK context):\n${issues}\nSee infra/config.ts for every key and its ` +
        `default.`,
    );
    this.name = 'InvalidConfig';
  }
}

/** Anything with CDK's tryGetContext: an App, a Stack, a construct node. */
export interface ContextSource {
  tryGetContext(key: string): unknown;
}

/**
 * Read and validate the deployment settings from CDK context.
 * Fails fast with an {@link InvalidConfig} listing every bad key.
 */
export function loadConfig(source: ContextSource): TreatyWatchConfig {
  const raw: Record<string, unknown> = {};
  for (const key of CONTEXT_KEYS) {
    const value = source.tryGetContext(key);
    if (value !== undefined && value !== null && value !== '') raw[key] = value;
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = issue.path.map(String).join('.') || '(context)';
      const given =
        issue.path.length > 0 && raw[String(issue.path[0])] !== undefined
          ? ` (got ${JSON.stringify(raw[String(issue.path[0])])})`
          : '';
      return `  - ${key}: ${issue.message}${given}`;
    });
    throw new InvalidConfig(lines.join('\n'));
  }
  return { ...parsed.data, isDev: parsed.data.stage === 'dev' };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
