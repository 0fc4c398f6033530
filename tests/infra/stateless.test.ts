// Infra, stateless stack: one function per pipeline stage and how each is triggered —
// stream filters by entity, the send queue and its DLQ, schedules, SES feedback, the web URL.
import { existsSync } from 'node:fs';
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, entryOf } from '#infra/constructs/treaty-function';
import { WEB_THROTTLE } from '#infra/stateless-stack';
import { ENTITY, STREAM_FILTERS } from '#schema';
import { parseFeedList } from '#core/sources/feed';
import { synthApp, type Synthesized } from './synth-app.ts';

const FEEDS = ['https://a.example.org/rss', 'https://b.example.org/feed.xml'];
const logicalIdOf = (s: Synthesized, name: keyof Synthesized['stateless']['functions']) =>
  s.stateless.resolve((s.stateless.functions[name].node.defaultChild as CfnElement).logicalId) as string;
const fnRef = (s: Synthesized, name: keyof Synthesized['stateless']['functions']) => ({ Ref: logicalIdOf(s, name) });

describe('stateless stack', { timeout: 60_000 }, () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthApp({ feeds: FEEDS.join(','), scheduleTimezone: 'Europe/Berlin' });
  }, 120_000);

  it('has one function per pipeline stage, all Node 22 on arm64 with their own log group', () => {
    // + CDK's deploy-time handler that sets the ingest bucket's notification
    s.statelessTemplate.resourceCountIs('AWS::Lambda::Function', FUNCTION_NAMES.length + 1);
    // + the two API access logs and the notifications handler's group
    s.statelessTemplate.resourceCountIs('AWS::Logs::LogGroup', FUNCTION_NAMES.length + 3);
    for (const name of FUNCTION_NAMES) {
      const fn = s.statelessTemplate.findResources('AWS::Lambda::Function')[logicalIdOf(s, name)];
      expect(fn, name).toBeDefined();
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogGroup: { Ref: expect.stringMatching(/LogGroup/) } },
      });
      expect(fn.Properties.Environment.Variables).toMatchObject({
        STAGE: 'dev',
        POWERTOOLS_SERVICE_NAME: `treaty-watch-${name}`,
        LOG_LEVEL: 'DEBUG',
        NODE_OPTIONS: '--enable-source-maps',
        TABLE_NAME: expect.anything(),
      });
    }
    const retention = Object.entries(s.statelessTemplate.findResources('AWS::Logs::LogGroup')).map(([id, g]) => [
      id.replace(/[0-9A-F]{8}$/, ''),
      g.Properties.RetentionInDays,
    ]);
    for (const [id, days] of retention) expect(days, String(id)).toBe(id === 'BucketNotificationsLogGroup' ? 30 : 7);
  });

  it('every stage has its handler module (bundled by `npm run synth`)', () => {
    const missing = FUNCTION_NAMES.filter((name) => !existsSync(entryOf(name)));
    expect(missing).toEqual([]);
  });

  it('wakes each stream consumer only for its entities: the exact filters of table-schema', () => {
    // Spelled out once here, so a change to the schema's patterns is a visible decision.
    expect(STREAM_FILTERS.detect).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { entity: { S: [ENTITY.article] }, status: { S: ['ingested'] } } },
    });
    expect(STREAM_FILTERS.compose).toEqual({
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { entity: { S: [ENTITY.alert, ENTITY.timeline] } } },
    });
    // Two stream consumers (AWS advises at most two readers per shard) + the send queue.
    s.statelessTemplate.resourceCountIs('AWS::Lambda::EventSourceMapping', 3);
    const streamMappings = Object.values(s.statelessTemplate.findResources('AWS::Lambda::EventSourceMapping')).filter(
      (m) => JSON.stringify(m.Properties.EventSourceArn).includes('StreamArn'),
    );
    expect(streamMappings).toHaveLength(2);
    for (const [name, consumer] of [
      ['detect', 'detect'],
      ['compose', 'compose'],
    ] as const) {
      s.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: fnRef(s, name),
        StartingPosition: 'TRIM_HORIZON',
        FilterCriteria: { Filters: [{ Pattern: JSON.stringify(STREAM_FILTERS[consumer]) }] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: Match.anyValue(),
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FailureQueue'), 'Arn'] } },
        },
      });
    }
  });

  it('feeds send from the send queue in partial batches; the queue redrives to a DLQ after 5 receives', () => {
    s.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: fnRef(s, 'send'),
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SendQueue'), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    // send divides MaxSendRate by this, so it must match the mapping's concurrency.
    const send = s.statelessTemplate.findResources('AWS::Lambda::Function')[logicalIdOf(s, 'send')];
    expect(send.Properties.Environment.Variables.SEND_FUNCTION_CONCURRENCY).toBe('2');
    s.statelessTemplate.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SendDlq'), 'Arn'] },
        maxReceiveCount: 5,
      },
      VisibilityTimeout: 180, // 6 x the send function's 30 s
      SqsManagedSseEnabled: true,
    });
    const queues = s.statelessTemplate.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues).sort()).toEqual([
      expect.stringMatching(/^FailureQueue/),
      expect.stringMatching(/^SendDlq/),
      expect.stringMatching(/^SendQueue/),
    ]);
  });

  it('refuses plain-HTTP access to every queue', () => {
    s.statelessTemplate.resourceCountIs('AWS::SQS::QueuePolicy', 3);
    s.statelessTemplate.allResourcesProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('schedules the feed poll and the daily and weekly digests with EventBridge Scheduler', () => {
    s.statelessTemplate.resourceCountIs('AWS::Scheduler::Schedule', 3);
    const target = (name: 'feeds' | 'compose', input: unknown) => ({
      Arn: { 'Fn::GetAtt': [logicalIdOf(s, name), 'Arn'] },
      Input: JSON.stringify(input),
      RetryPolicy: Match.anyValue(),
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FailureQueue'), 'Arn'] } },
      RoleArn: Match.anyValue(),
    });
    const common = {
      ScheduleExpressionTimezone: 'Europe/Berlin',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
    };
    s.statelessTemplate.hasResourceProperties('AWS::Scheduler::Schedule', {
      ...common,
      ScheduleExpression: 'rate(30 minutes)',
      Target: target('feeds', {}),
    });
    const scheduledTime = '<aws.scheduler.scheduled-time>';
    s.statelessTemplate.hasResourceProperties('AWS::Scheduler::Schedule', {
      ...common,
      ScheduleExpression: 'cron(0 7 * * ? *)',
      Target: target('compose', { kind: 'daily', scheduledTime }),
    });
    s.statelessTemplate.hasResourceProperties('AWS::Scheduler::Schedule', {
      ...common,
      ScheduleExpression: 'cron(0 7 ? * MON *)',
      Target: target('compose', { kind: 'weekly', scheduledTime }),
    });
    const feeds = s.statelessTemplate.findResources('AWS::Lambda::Function')[logicalIdOf(s, 'feeds')];
    expect(JSON.parse(feeds.Properties.Environment.Variables.FEEDS)).toEqual(FEEDS); // the list rides in FEEDS
    // {url, outlet} entries reach FEEDS as given: the shape parseFeedList (functions/core/sources/feed.ts) reads.
    const named = synthApp({ feeds: JSON.stringify([{ url: 'https://news.example/atom', outlet: 'Example News' }]) });
    const namedFeeds = named.statelessTemplate.findResources('AWS::Lambda::Function')[logicalIdOf(named, 'feeds')];
    expect(parseFeedList(namedFeeds.Properties.Environment.Variables.FEEDS)).toEqual([
      { url: 'https://news.example/atom', outlet: 'Example News' },
    ]);
  });

  it('keeps the feed poll disabled while no feeds are configured', () => {
    const noFeeds = synthApp();
    noFeeds.statelessTemplate.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(30 minutes)',
      State: 'DISABLED',
    });
    noFeeds.statelessTemplate.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      State: 'ENABLED',
    });
  });

  it('lets only EventBridge Scheduler of this account assume the scheduler roles', () => {
    const roles = s.statelessTemplate.findResources('AWS::IAM::Role', {
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })],
        },
      },
    });
    expect(Object.keys(roles)).toHaveLength(2);
    for (const role of Object.values(roles)) {
      expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Condition).toEqual({
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      });
    }
  });

  it('routes SES bounces and complaints of our configuration set to feedback, with retries and a DLQ', () => {
    s.statelessTemplate.resourceCountIs('AWS::Events::Rule', 1);
    s.statelessTemplate.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': ['treaty-watch-dev'] } } },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalIdOf(s, 'feedback'), 'Arn'] },
          DeadLetterConfig: Match.anyValue(),
          RetryPolicy: Match.anyValue(),
        }),
      ],
    });
  });

  it('serves the web pages through a throttled HTTP API whose one catch-all route invokes web', () => {
    s.statelessTemplate.resourceCountIs('AWS::Lambda::Url', 0);
    s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      Name: 'treaty-watch-dev-web',
    });
    const webRoutes = s.statelessTemplate.findResources('AWS::ApiGatewayV2::Route', {
      Properties: { ApiId: { Ref: Match.stringLikeRegexp('^WebApi') } },
    });
    expect(Object.values(webRoutes).map((r) => [r.Properties.RouteKey, r.Properties.AuthorizationType])).toEqual([
      ['$default', 'NONE'],
    ]);
    s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [logicalIdOf(s, 'web'), 'Arn'] },
    });
    s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      ApiId: { Ref: Match.stringLikeRegexp('^WebApi') },
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: WEB_THROTTLE.rateLimit,
        ThrottlingBurstLimit: WEB_THROTTLE.burstLimit,
      },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebApiAccessLogs'), 'Arn'] },
        Format: Match.anyValue(),
      },
    });
    const stages = Object.values(s.statelessTemplate.findResources('AWS::ApiGatewayV2::Stage'));
    expect(stages).toHaveLength(2); // web and ingest
    for (const stage of stages) {
      const format = stage.Properties.AccessLogSettings.Format as string;
      expect(format).toContain('$context.path');
      expect(format).not.toMatch(/sourceIp|querystring|identity/i); // links carry tokens; no personal data in logs
    }
  });

  it('points e-mail links at CloudFront: web, send and compose (View in browser, the treaty page) get its URL', () => {
    const fns = s.statelessTemplate.findResources('AWS::Lambda::Function');
    for (const name of ['web', 'send', 'compose'] as const) {
      expect(JSON.stringify(fns[logicalIdOf(s, name)].Properties.Environment.Variables.PUBLIC_BASE_URL), name).toMatch(
        /"https:\/\/",\{"Fn::GetAtt":\["WebCdnDistribution[0-9A-F]+","DomainName"\]\}/,
      );
    }
    for (const name of ['web', 'send'] as const) {
      expect(fns[logicalIdOf(s, name)].Properties.Environment.Variables, name).toMatchObject({
        SENDER_ADDRESS: 'alerts@example.com',
        SES_CONFIGURATION_SET: 'treaty-watch-dev',
        TOKEN_SECRET_ARN: expect.anything(),
      });
    }
    for (const name of ['web', 'send'] as const)
      expect(fns[logicalIdOf(s, name)].Properties.Environment.Variables.UNSUBSCRIBE_MAILBOX, name).toBeUndefined();
    const custom = synthApp({
      publicBaseUrl: 'https://news.example.org',
      unsubscribeMailbox: 'unsubscribe@example.com',
    });
    const customFns = custom.statelessTemplate.findResources('AWS::Lambda::Function');
    for (const name of ['web', 'send'] as const) {
      expect(customFns[logicalIdOf(custom, name)].Properties.Environment.Variables, name).toMatchObject({
        PUBLIC_BASE_URL: 'https://news.example.org',
        UNSUBSCRIBE_MAILBOX: 'unsubscribe@example.com', // the List-Unsubscribe mailto (functions/adapters/config.ts)
      });
    }
  });

  it('gives compose, the one renderer, the send queue and room for MJML, but not the link-token secret', () => {
    const fn = s.statelessTemplate.findResources('AWS::Lambda::Function')[logicalIdOf(s, 'compose')];
    expect(fn.Properties.Environment.Variables).toMatchObject({
      SEND_QUEUE_URL: expect.anything(),
      TABLE_NAME: expect.anything(),
    });
    expect(fn.Properties.Environment.Variables.TOKEN_SECRET_ARN).toBeUndefined();
    expect(fn.Properties.MemorySize).toBeGreaterThanOrEqual(1024);
    expect(fn.Properties.Timeout).toBe(300); // the weekly digest runs here too
    expect(s.stateless.functions.compose.installedModules).toEqual(['mjml', 'html-to-text']);
    // Web sends the prerendered confirmation (emails/prerendered): no function but compose carries mjml.
    // Detect carries the sentence reader's model (data, not code) and the date parser beside its bundle (the 250 KB
    // code budget), and nothing else does.
    expect(s.stateless.functions.detect.installedModules).toEqual([
      'wink-nlp',
      'wink-eng-lite-web-model',
      'chrono-node',
    ]);
    const others = Object.values(s.stateless.functions).filter(
      (f) => f.pipelineStage !== 'compose' && f.pipelineStage !== 'detect',
    );
    for (const f of others) expect(f.installedModules, f.pipelineStage).toEqual([]);
  });

  it('receives the List-Unsubscribe mailbox with SES into feedback only when the operator names one', () => {
    // default: the mailto is the sender address, not ours to receive
    s.statelessTemplate.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    const withMailbox = synthApp({ unsubscribeMailbox: 'unsubscribe@news.example.org' });
    const t = withMailbox.statelessTemplate;
    t.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    t.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Enabled: true,
        Recipients: ['unsubscribe@news.example.org'],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [
          {
            LambdaAction: {
              FunctionArn: { 'Fn::GetAtt': [logicalIdOf(withMailbox, 'feedback'), 'Arn'] },
              InvocationType: 'Event',
            },
          },
        ],
      }),
    });
    // SES may invoke feedback only on behalf of this account.
    t.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [logicalIdOf(withMailbox, 'feedback'), 'Arn'] },
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    const feedback = t.findResources('AWS::Lambda::Function')[logicalIdOf(withMailbox, 'feedback')];
    // it verifies the token in the subject
    expect(feedback.Properties.Environment.Variables.TOKEN_SECRET_ARN).toBeDefined();
    const nagErrors = withMailbox.reports.flatMap((r) => r.violations.filter((v) => v.severity === 'error'));
    expect(nagErrors).toEqual([]);
  });
});
