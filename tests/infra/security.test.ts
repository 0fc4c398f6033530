// Infra, least privilege and observability: the IAM statements the functions get, the alarms
// and where they go, and cdk-nag AwsSolutions over the whole app (nothing unacknowledged).
import { App, Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '#infra/constructs/treaty-function';
import { nagAcknowledgments } from '#infra/nag';
import { SES_RATE_THRESHOLDS } from '#infra/stateless-stack';
import { buildTreatyWatch } from '#infra/treaty-watch';
import { asArray, policyStatements, synthApp, testContext, type Synthesized } from './synth-app.ts';

/** Suppressed findings, one per acknowledged construct and rule. */
const suppressedCount = (s: Synthesized) =>
  (s.reports.find((r) => r.pluginName === 'AwsSolutions')!.suppressedViolations ?? []).reduce(
    (n, v) => n + v.violatingConstructs.length,
    0,
  );

/** The only actions IAM cannot scope to a resource, and why each is granted. */
const ACTIONS_ALLOWED_ON_STAR = ['dynamodb:ListStreams', 'ses:GetAccount', 'ses:PutSuppressedDestination'];

describe('security and operations', { timeout: 60_000 }, () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthApp();
  }, 120_000);

  it('scopes ses:SendEmail to the sender identity and the configuration set, from the sender address only', () => {
    const sesStatements = policyStatements(s.statelessTemplate).filter((st) =>
      asArray(st.Action).some((a) => a.startsWith('ses:')),
    );
    const sendEmail = sesStatements.filter((st) => asArray(st.Action).includes('ses:SendEmail'));
    // web sends confirmations
    expect(sendEmail.map((st) => st.policy.replace(/Role.*$/, '')).sort()).toEqual(['Send', 'Web']);
    for (const st of sendEmail) {
      expect(asArray(st.Action)).toEqual(['ses:SendEmail']);
      const texts = asArray(st.Resource).map((r) => JSON.stringify(r));
      expect(texts).toHaveLength(2);
      expect(texts.filter((t) => t.includes(':identity/') && t.includes('SenderIdentity'))).toHaveLength(1);
      expect(texts.filter((t) => t.includes(':configuration-set/treaty-watch-dev'))).toHaveLength(1);
      expect(st.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'alerts@example.com' } });
    }
    // Besides sending: the send quota (send) and the account suppression list (feedback), each in its own policy.
    const others = sesStatements.filter((st) => !asArray(st.Action).includes('ses:SendEmail'));
    expect(others.map((st) => [st.policy.replace(/[0-9A-F]{8}$/, ''), asArray(st.Action)]).sort()).toEqual([
      ['FeedbackSuppressionPolicy', ['ses:PutSuppressedDestination']],
      ['SendQuotaPolicy', ['ses:GetAccount']],
    ]);
  });

  it('grants "*" only for the actions IAM cannot scope, and never a wildcard action', () => {
    for (const template of [s.statefulTemplate, s.statelessTemplate]) {
      for (const st of policyStatements(template)) {
        const actions = asArray(st.Action);
        expect(
          actions.filter((a) => a.includes('*')),
          `${st.policy}: ${actions}`,
        ).toEqual([]);
        if (asArray(st.Resource).includes('*'))
          expect(ACTIONS_ALLOWED_ON_STAR, st.policy).toEqual(expect.arrayContaining(actions));
      }
    }
  });

  it('never grants Scan, and table access names the table and its gsi1 and gsi2 indexes, not index/*', () => {
    const tableStatements = policyStatements(s.statelessTemplate).filter((st) =>
      asArray(st.Action).includes('dynamodb:Query'),
    );
    expect(tableStatements).toHaveLength(FUNCTION_NAMES.length);
    for (const st of tableStatements) {
      expect(asArray(st.Action)).not.toContain('dynamodb:Scan');
      const resources = JSON.stringify(st.Resource);
      expect(resources).toContain('/index/gsi1');
      expect(resources).toContain('/index/gsi2');
      expect(resources).not.toContain('index/*');
    }
    const all = policyStatements(s.statelessTemplate).flatMap((st) => asArray(st.Action));
    expect(all).not.toContain('dynamodb:Scan');
  });

  it(
    'lets only web, send and feedback (unsubscribe mail) read the link-token secret, and only ingest-http the ' +
      'ingest API key',
    () => {
      const readersOf = (secret: RegExp) =>
        policyStatements(s.statelessTemplate)
          .filter((st) => asArray(st.Action).includes('secretsmanager:GetSecretValue'))
          .filter((st) => secret.test(JSON.stringify(st.Resource)))
          .map((st) => st.policy.replace(/Role.*$/, ''))
          .sort();
      expect(readersOf(/TokenSecret/)).toEqual(['Feedback', 'Send', 'Web']);
      expect(readersOf(/IngestApiKey/)).toEqual(['IngestHttp']);
      const all = policyStatements(s.statelessTemplate).filter((st) =>
        asArray(st.Action).includes('secretsmanager:GetSecretValue'),
      );
      expect(all).toHaveLength(4);
    },
  );

  it('lets only feeds invoke a function, and only the pages function (unqualified, no version wildcard)', () => {
    const invokes = policyStatements(s.statelessTemplate).filter(
      (st) => asArray(st.Action).includes('lambda:InvokeFunction') && st.policy.startsWith('FeedsRole'),
    );
    expect(invokes).toHaveLength(1);
    expect(invokes[0].Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Pages[0-9A-F]{8}$/), 'Arn'] });
    const otherInvokers = policyStatements(s.statelessTemplate).filter(
      (st) =>
        asArray(st.Action).some((a) => a.startsWith('lambda:')) &&
        !st.policy.startsWith('FeedsRole') &&
        !st.policy.startsWith('ComposeSchedulerRole') &&
        !st.policy.startsWith('FeedsSchedulerRole'),
    );
    expect(otherInvokers.map((st) => st.policy)).toEqual([]);
    const feeds = Object.entries(s.statelessTemplate.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('Feeds'),
    )![1];
    const pages = Object.entries(s.statelessTemplate.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('Pages'),
    )![1];
    expect(feeds.Properties.Environment.Variables.PAGES_FUNCTION_NAME).toEqual({
      Ref: expect.stringMatching(/^Pages[0-9A-F]{8}$/),
    });
    expect(feeds.Properties.Timeout).toBeGreaterThan(pages.Properties.Timeout); // feeds waits for the pages' answer
  });

  it('lets ingest-s3 read objects under incoming/ of the ingest bucket and nothing else in S3', () => {
    const s3Statements = policyStatements(s.statelessTemplate).filter((st) =>
      asArray(st.Action).some((a) => a.startsWith('s3:')),
    );
    const byPolicy = s3Statements.map((st) => [st.policy.replace(/[0-9A-F]{8}$/, ''), asArray(st.Action)]);
    expect(byPolicy.sort()).toEqual([
      ['IngestBucketNotificationsHandlerPolicy', ['s3:PutBucketNotification']], // CDK's deploy-time notification setter
      ['IngestS3RoleDefaultPolicy', ['s3:GetObject']],
    ]);
    const read = s3Statements.find((st) => st.policy.startsWith('IngestS3'))!;
    expect(read.Resource).toEqual({
      'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^IngestBucket/), 'Arn'] }, '/incoming/*']],
    });
    const notify = s3Statements.find((st) => st.policy.startsWith('IngestBucketNotifications'))!;
    expect(notify.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^IngestBucket/), 'Arn'] });
  });

  it("attaches no AWS managed policies to our roles; only CDK's notification handler has basic execution", () => {
    const withManaged = Object.entries(s.statelessTemplate.findResources('AWS::IAM::Role')).filter(
      ([, role]) => role.Properties.ManagedPolicyArns,
    );
    expect(withManaged.map(([id]) => id)).toEqual([expect.stringMatching(/^BucketNotificationsHandler/)]);
    expect(JSON.stringify(withManaged[0][1].Properties.ManagedPolicyArns)).toMatch(
      /service-role\/AWSLambdaBasicExecutionRole"/,
    );
    expect(withManaged[0][1].Properties.ManagedPolicyArns).toHaveLength(1);
  });

  it('alarms on the send DLQ and the failure queue as soon as one message lands', () => {
    for (const queue of ['SendDlq', 'FailureQueue']) {
      s.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [
          { Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp(`^${queue}`), 'QueueName'] } },
        ],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('^AlarmTopic') }],
      });
    }
  });

  it('alarms on errors of every function', () => {
    const errorAlarms = s.statelessTemplate.findResources('AWS::CloudWatch::Alarm', {
      Properties: { Namespace: 'AWS/Lambda', MetricName: 'Errors' },
    });
    expect(Object.keys(errorAlarms)).toHaveLength(FUNCTION_NAMES.length);
    const functions = Object.values(errorAlarms)
      .map((a) => a.Properties.Dimensions[0].Value.Ref)
      .sort();
    expect(new Set(functions).size).toBe(FUNCTION_NAMES.length);
  });

  it('alarms before SES reviews the account: bounce rate 4%, complaint rate 0.08%', () => {
    expect(SES_RATE_THRESHOLDS).toEqual({ bounce: 0.04, complaint: 0.0008 });
    s.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.BounceRate',
      Threshold: 0.04,
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^AlarmTopic') }],
    });
    s.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.ComplaintRate',
      Threshold: 0.0008,
    });
    s.statelessTemplate.resourceCountIs('AWS::CloudWatch::Alarm', FUNCTION_NAMES.length + 4);
  });

  it('sends every alarm to one SNS topic that e-mails the alarm address over TLS only', () => {
    s.statelessTemplate.resourceCountIs('AWS::SNS::Topic', 1);
    s.statelessTemplate.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'alarms@example.com',
    });
    s.statelessTemplate.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    s.statelessTemplate.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^AlarmTopic') }],
    });
  });

  it('passes cdk-nag AwsSolutions on the whole app with no unacknowledged finding', () => {
    const nag = s.reports.find((r) => r.pluginName === 'AwsSolutions');
    expect(nag, 'the AwsSolutions pack ran').toBeDefined();
    const unacknowledged = s.reports.flatMap((r) =>
      r.violations
        .filter((v) => v.severity === 'error' || v.severity === 'fatal')
        .map((v) => `${r.pluginName} ${v.ruleName} ${v.violatingConstructs.map((c) => c.constructPath)}`),
    );
    expect(unacknowledged).toEqual([]);
    expect(nag!.conclusion).toBe('success');
  });

  it('acknowledges only known findings, each with a reason, and none of them on a whole stack', () => {
    const acks = nagAcknowledgments(s.stateful, s.stateless);
    for (const ack of acks) {
      expect(ack.reason.length, ack.id).toBeGreaterThan(40);
      expect(ack.scope).not.toBe(s.stateful);
      expect(ack.scope).not.toBe(s.stateless);
    }
    const rules = [...new Set(acks.map((a) => a.id.replace(/^AwsSolutions::/, '').replace(/\[.*$/, '')))].sort();
    expect(rules).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR3',
      'AwsSolutions-CFR4',
      'AwsSolutions-IAM4',
      'AwsSolutions-IAM5',
      'AwsSolutions-L1',
      'AwsSolutions-SMG4',
      'AwsSolutions-SQS3',
    ]);
    // Every acknowledgment matched a real finding: none is stale.
    expect(suppressedCount(s)).toBe(acks.length);
    const suppressed = s.reports.find((r) => r.pluginName === 'AwsSolutions')!.suppressedViolations ?? [];
    for (const v of suppressed) expect(v.reason!.length, v.ruleName).toBeGreaterThan(40);
    for (const v of suppressed) expect(v.reason, v.ruleName).toBeTruthy();
    expect(suppressed.length).toBeGreaterThan(0);
  });

  it('fails synthesis when a resource breaks a rule nobody acknowledged', () => {
    const app = new App({ context: testContext({ '@aws-cdk/core:failSynthOnValidationErrors': true }) });
    const tw = buildTreatyWatch(app);
    new sqs.Queue(tw.stateless, 'CarelessQueue', { retentionPeriod: Duration.days(1) }); // no TLS-only policy, no DLQ
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
  });
});
