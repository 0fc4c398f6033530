// One realistic event per trigger type the templates give each function, sent to its deployed
// bundle, with what the answer must show. A trigger in the template without a check here fails
// the rehearsal: a new trigger needs its event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { readSesStore } from '../local/emulators.ts';
import type { Assembly, Trigger } from './assembly.ts';
import type { Fleet, Mappings } from './bundles.ts';
import { DEMO_SUBSCRIBER } from './bundles.ts';
import { httpApiEvent, s3PutEvent, scheduleInput, sesBounceEvent } from './events.ts';
import type { LocalResources } from './local-resources.ts';
import { REPO_ROOT } from './assembly.ts';

export interface TriggerCheck {
  fn: string;
  trigger: Trigger['kind'] | 'direct';
  event: string;
  answer: string;
  ok: boolean;
}

interface Context {
  assembly: Assembly;
  resources: LocalResources;
  fleet: Fleet;
  sesEndpoint: string;
  suppressed: { EmailAddress: string; Reason: string }[];
  lambdaInvocations: string[];
  feedBase: string;
  seedsRun: { firstDay: string; mappings: Mappings };
}

const short = (value: unknown) => JSON.stringify(value)?.slice(0, 160) ?? 'null';

/** EventBridge pattern matching, the subset the rule uses (an array value matches if any element does). */
export function eventMatches(pattern: Record<string, unknown>, event: unknown): boolean {
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = (event as Record<string, unknown> | undefined)?.[key];
    if (!Array.isArray(expected)) return eventMatches(expected as Record<string, unknown>, actual);
    return [actual].flat().some((a) => expected.includes(a));
  });
}

export async function smokeEveryTrigger(ctx: Context): Promise<TriggerCheck[]> {
  const { assembly, resources, fleet } = ctx;
  const checks: TriggerCheck[] = [];
  const check = (fn: string, trigger: TriggerCheck['trigger'], event: string, answer: unknown, ok: boolean) =>
    checks.push({ fn, trigger, event, answer: typeof answer === 'string' ? answer : short(answer), ok });
  const count = (fn: string) => fleet.counts.get(fn) ?? { invocations: 0, errors: 0 };
  const handled = new Set<string>();
  const byName = new Map(assembly.functions.map((f) => [f.name, f]));

  // What the seeds already sent through: ingest (direct), the stream mappings, the queue.
  const seedMails = (await readSesStore(ctx.sesEndpoint)).length;
  for (const fn of assembly.functions) {
    if (fn.triggers.length === 0 && fn.name === 'ingest') {
      check('ingest', 'direct', 'seeds: {"articles": [one seed article]} per invoke', count('ingest'), count('ingest').invocations > 0 && count('ingest').errors === 0);
      handled.add('ingest:direct');
    }
    for (const t of fn.triggers) {
      if (t.kind === 'stream') {
        check(fn.name, 'stream', `seeds: table stream batches through the template filter ${short(t.filters)}`, count(fn.name), count(fn.name).invocations > 0 && count(fn.name).errors === 0);
        handled.add(`${fn.name}:stream`);
      } else if (t.kind === 'sqs') {
        check(fn.name, 'sqs', 'seeds: SQS batches from the send queue', `${short(count(fn.name))}, ${seedMails} e-mail(s)`, count(fn.name).invocations > 0 && count(fn.name).errors === 0 && seedMails > 0);
        handled.add(`${fn.name}:sqs`);
      }
    }
  }

  const web = byName.get('web');
  if (web?.triggers.some((t) => t.kind === 'http-api')) {
    const route = (web.triggers.find((t) => t.kind === 'http-api') as { routeKey: string }).routeKey;
    const page = (await fleet.call('web', httpApiEvent(route, 'GET', '/'))) as { statusCode: number; body: string };
    check('web', 'http-api', `GET / (${route})`, `${page.statusCode}, ${page.body.length} bytes of HTML`, page.statusCode === 200 && page.body.includes('<form'));
    const before = (await readSesStore(ctx.sesEndpoint)).length;
    const body = JSON.stringify({ email: 'rehearsal.reader@example.net', frequency: 'instant' });
    const subscribed = (await fleet.call('web', httpApiEvent(route, 'POST', '/api/subscribe', { body, headers: { 'content-type': 'application/json' } }))) as { statusCode: number };
    const mails = (await readSesStore(ctx.sesEndpoint)).slice(before);
    const confirmation = mails.find((m) => m.destination.to.includes('rehearsal.reader@example.net'));
    check('web', 'http-api', 'POST /api/subscribe {"email","frequency":"instant"}', `${subscribed.statusCode}, confirmation e-mail "${confirmation?.subject ?? 'none'}"`,
      subscribed.statusCode === 202 && confirmation !== undefined);
    handled.add('web:http-api');
  }

  const ingestHttp = byName.get('ingest-http');
  if (ingestHttp?.triggers.some((t) => t.kind === 'http-api')) {
    const route = (ingestHttp.triggers.find((t) => t.kind === 'http-api') as { routeKey: string }).routeKey;
    const secretId = resources.environmentOf(ingestHttp).INGEST_API_KEY_SECRET_ARN;
    const key = (await resources.secrets.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString!;
    const article = { title: 'Rehearsal', outlet: 'Rehearsal Wire', published: ctx.seedsRun.firstDay, text: readFileSync(join(REPO_ROOT, 'seeds', 'articles', '002_872757f3b0ff9929.txt'), 'utf8') };
    const body = JSON.stringify({ articles: [article] });
    const headers = { 'content-type': 'application/json' };
    const ok = (await fleet.call('ingest-http', httpApiEvent(route, 'POST', '/articles', { body, headers: { ...headers, authorization: `Bearer ${key}` } }))) as { statusCode: number; body: string };
    const parsed = JSON.parse(ok.body) as { results?: { status: string }[] };
    check('ingest-http', 'http-api', `POST /articles, Bearer <key from the secret>`, `${ok.statusCode} ${short(parsed.results)}`, [200, 207].includes(ok.statusCode) && parsed.results?.length === 1);
    const refused = (await fleet.call('ingest-http', httpApiEvent(route, 'POST', '/articles', { body, headers: { ...headers, authorization: 'Bearer wrong' } }))) as { statusCode: number };
    check('ingest-http', 'http-api', 'POST /articles, wrong key', refused.statusCode, refused.statusCode === 401);
    handled.add('ingest-http:http-api');
  }

  const ingestS3 = byName.get('ingest-s3');
  const s3Trigger = ingestS3?.triggers.find((t) => t.kind === 's3') as { prefix?: string } | undefined;
  if (ingestS3 && s3Trigger) {
    const bucketId = Object.entries(assembly.stateless.template.Resources).find(([id, r]) => r.Type === 'AWS::S3::Bucket' && id.startsWith('IngestBucket'))![0];
    const bucket = resources.physical(bucketId).ref;
    const key = `${s3Trigger.prefix ?? ''}rehearsal/finland page.html`;
    const bytes = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'feeds', 'articles', 'finland.html'));
    await resources.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: 'text/html' }));
    const answer = (await fleet.call('ingest-s3', s3PutEvent(bucket, key, bytes.length))) as { objects: { object: string; outcomes: { status: string }[] }[] };
    const status = answer.objects?.[0]?.outcomes?.[0]?.status;
    check('ingest-s3', 's3', `ObjectCreated:Put s3://${bucket}/${key}`, `${answer.objects?.[0]?.object}: ${status}`, status === 'stored');
    handled.add('ingest-s3:s3');
  }

  const feeds = byName.get('feeds');
  const feedSchedule = feeds?.triggers.find((t) => t.kind === 'schedule') as { input: string; enabled: boolean } | undefined;
  if (feeds && feedSchedule) {
    const scheduled = await fleet.call('feeds', scheduleInput(feedSchedule.input));
    check('feeds', 'schedule', `scheduler input ${feedSchedule.input} (schedule ${feedSchedule.enabled ? 'enabled' : 'disabled: no feeds configured'})`, scheduled, Array.isArray((scheduled as { feeds?: unknown[] }).feeds));
    const polled = (await fleet.call('feeds', { feeds: [`${ctx.feedBase}/rss.xml`] })) as { feeds: { stored?: number; items?: number }[] };
    check('feeds', 'schedule', '{"feeds": ["<local feed server>/rss.xml"]} (README: poll once)', polled.feeds, polled.feeds.length === 1);
    handled.add('feeds:schedule');
  }
  const pages = byName.get('pages');
  if (pages?.triggers.some((t) => t.kind === 'invoked-by')) {
    const physical = resources.physical(pages.logicalId).ref;
    const times = ctx.lambdaInvocations.filter((n) => n === physical).length;
    check('pages', 'invoked-by', 'feeds → Lambda Invoke API (PAGES_FUNCTION_NAME) → pages', `${times} invoke(s), ${short(count('pages'))}`, times > 0 && count('pages').errors === 0);
    handled.add('pages:invoked-by');
  }
  // What those ingests started (detect, compose, send) runs through the bundles too.
  await ctx.seedsRun.mappings.pumpUntilQuiet();

  const compose = byName.get('compose');
  for (const t of compose?.triggers ?? []) {
    if (t.kind !== 'schedule') continue;
    const event = scheduleInput(t.input);
    const answer = (await fleet.call('compose', event)) as { kind?: string; editions?: unknown[] };
    check('compose', 'schedule', `${t.schedule}: ${short(event)}`, { kind: answer.kind, editions: answer.editions?.length }, answer.kind !== undefined);
    handled.add('compose:schedule');
  }
  await ctx.seedsRun.mappings.pumpUntilQuiet();

  const feedback = byName.get('feedback');
  const rule = feedback?.triggers.find((t) => t.kind === 'eventbridge') as { pattern: Record<string, unknown> } | undefined;
  if (feedback && rule) {
    const configurationSet = resources.environmentOf(byName.get('send')!).SES_CONFIGURATION_SET;
    const event = sesBounceEvent(DEMO_SUBSCRIBER, configurationSet);
    const answer = (await fleet.call('feedback', event)) as { kind?: string; suppressed?: number };
    const atSes = ctx.suppressed.some((s) => s.EmailAddress === DEMO_SUBSCRIBER);
    check('feedback', 'eventbridge', 'SES "Email Bounced" (Permanent) from the configuration set', `${short(answer)}, on the SES suppression list: ${atSes}`,
      eventMatches(rule.pattern, event) && answer.kind === 'bounce' && answer.suppressed === 1 && atSes);
    handled.add('feedback:eventbridge');
  }
  if (feedback?.triggers.some((t) => t.kind === 'ses-receipt')) {
    const receipt = { Records: [{ eventSource: 'aws:ses', eventVersion: '1.0', ses: { mail: { messageId: 'rehearsal', commonHeaders: { subject: 'unsubscribe' } }, receipt: {} } }] };
    const answer = await fleet.call('feedback', receipt);
    check('feedback', 'ses-receipt', 'SES receipt rule Lambda action, subject without a token', answer, Array.isArray(answer));
    handled.add('feedback:ses-receipt');
  }

  for (const fn of assembly.functions) {
    const kinds = fn.triggers.length ? fn.triggers.map((t) => t.kind) : ['direct'];
    for (const kind of new Set(kinds)) {
      if (!handled.has(`${fn.name}:${kind}`)) check(fn.name, kind as TriggerCheck['trigger'], 'no rehearsal event for this trigger type', '-', false);
    }
  }
  return checks;
}
