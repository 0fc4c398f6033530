// Infra, the ingest entries besides the feeds: POST /articles on its own throttled HTTP API
// (ingest-http, API key from Secrets Manager) and the S3 drop bucket (ingest-s3), and the
// outputs an operator needs to use them.
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '#infra/constructs/treaty-function';
import { INGEST_OBJECT_DAYS, INGEST_PREFIX, INGEST_S3_RETRIES, INGEST_THROTTLE } from '#infra/stateless-stack';
import { synthApp, type Synthesized } from './synth-app.ts';

type Name = keyof Synthesized['stateless']['functions'];
const logicalIdOf = (s: Synthesized, name: Name) =>
  s.stateless.resolve((s.stateless.functions[name].node.defaultChild as CfnElement).logicalId) as string;
const fnOf = (s: Synthesized, name: Name) =>
  s.statelessTemplate.findResources('AWS::Lambda::Function')[logicalIdOf(s, name)];
const PROD = {
  stage: 'prod',
  senderAddress: 'alerts@news.example.org',
  senderDomain: 'news.example.org',
  alarmEmail: 'ops@news.example.org',
};

describe('ingest entries', { timeout: 60_000 }, () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthApp();
  }, 120_000);

  describe('POST /articles', () => {
    it('is the one route of its own HTTP API, and it invokes ingest-http', () => {
      s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', {
        ProtocolType: 'HTTP',
        Name: 'treaty-watch-dev-ingest',
      });
      const routes = s.statelessTemplate.findResources('AWS::ApiGatewayV2::Route', {
        Properties: { ApiId: { Ref: Match.stringLikeRegexp('^IngestApi') } },
      });
      expect(Object.values(routes).map((r) => r.Properties.RouteKey)).toEqual(['POST /articles']);
      const [route] = Object.values(routes);
      const integrationId = (route.Properties.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
      const integration = s.statelessTemplate.findResources('AWS::ApiGatewayV2::Integration')[integrationId.Ref];
      expect(integration.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0', // the shape functions/ingest-http/handler.ts reads
        IntegrationUri: { 'Fn::GetAtt': [logicalIdOf(s, 'ingest-http'), 'Arn'] },
      });
    });

    it('throttles the ingest stage lower than the public pages and logs every request', () => {
      expect(INGEST_THROTTLE.rateLimit).toBeLessThanOrEqual(10);
      s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        ApiId: { Ref: Match.stringLikeRegexp('^IngestApi') },
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: {
          ThrottlingRateLimit: INGEST_THROTTLE.rateLimit,
          ThrottlingBurstLimit: INGEST_THROTTLE.burstLimit,
        },
        AccessLogSettings: {
          DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestApiAccessLogs'), 'Arn'] },
          Format: Match.anyValue(),
        },
      });
    });

    it('lets only API Gateway of this API invoke ingest-http', () => {
      const permissions = Object.values(s.statelessTemplate.findResources('AWS::Lambda::Permission')).filter((p) =>
        JSON.stringify(p.Properties.FunctionName).includes(logicalIdOf(s, 'ingest-http')),
      );
      expect(permissions).toHaveLength(1);
      expect(permissions[0].Properties.Principal).toBe('apigateway.amazonaws.com');
      expect(JSON.stringify(permissions[0].Properties.SourceArn)).toMatch(/IngestApi.*\/\*\/\*\/articles/);
    });

    it(
      'gives ingest-http the secret ARN its adapter reads (INGEST_API_KEY_SECRET_ARN), the table, and fits the API ' +
        'timeout',
      () => {
        const fn = fnOf(s, 'ingest-http');
        expect(fn.Properties.Environment.Variables).toMatchObject({
          INGEST_API_KEY_SECRET_ARN: expect.objectContaining({
            'Fn::GetStackOutput': expect.objectContaining({ StackName: 'TreatyWatch-dev-Stateful' }),
          }),
          TABLE_NAME: expect.anything(),
          POWERTOOLS_SERVICE_NAME: 'treaty-watch-ingest-http',
        });
        // the key itself never sits in the template
        expect(fn.Properties.Environment.Variables.INGEST_API_KEY).toBeUndefined();
        expect(fn.Properties.Timeout).toBeLessThan(30); // HTTP APIs stop waiting at 30 s
      },
    );
  });

  describe('the S3 drop bucket', () => {
    const bucketOf = (t: Synthesized) =>
      Object.entries(t.statelessTemplate.findResources('AWS::S3::Bucket')).find(([id]) =>
        id.startsWith('IngestBucket'),
      )!;

    it('is private, encrypted, versioned, access-logged and expires dropped files', () => {
      expect(Object.keys(s.statelessTemplate.findResources('AWS::S3::Bucket')).sort()).toEqual([
        expect.stringMatching(/^AccessLogsBucket/),
        expect.stringMatching(/^IngestBucket/),
      ]);
      const [, bucket] = bucketOf(s);
      expect(bucket.Properties).toMatchObject({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: {
          DestinationBucketName: { Ref: expect.stringMatching(/^AccessLogsBucket/) },
          LogFilePrefix: 'ingest-bucket/',
        },
      });
      expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
        expect.objectContaining({
          Status: 'Enabled',
          ExpirationInDays: INGEST_OBJECT_DAYS,
          NoncurrentVersionExpiration: { NoncurrentDays: 30 },
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        }),
      ]);
    });

    it('refuses plain HTTP and TLS below 1.2 on both buckets', () => {
      const policies = s.statelessTemplate.findResources('AWS::S3::BucketPolicy');
      expect(Object.keys(policies)).toHaveLength(2);
      for (const policy of Object.values(policies)) {
        const denies = (policy.Properties.PolicyDocument.Statement as { Effect: string; Condition?: unknown }[]).filter(
          (st) => st.Effect === 'Deny',
        );
        expect(denies.map((d) => d.Condition)).toEqual(
          expect.arrayContaining([
            { Bool: { 'aws:SecureTransport': 'false' } },
            { NumericLessThan: { 's3:TlsVersion': 1.2 } },
          ]),
        );
      }
    });

    it('notifies ingest-s3 of every object created under incoming/, and nothing else', () => {
      expect(INGEST_PREFIX).toBe('incoming/'); // README: aws s3 cp story.html s3://<bucket>/incoming/
      const notifications = Object.values(s.statelessTemplate.findResources('Custom::S3BucketNotifications'));
      expect(notifications).toHaveLength(1);
      expect(notifications[0].Properties.BucketName).toEqual({ Ref: expect.stringMatching(/^IngestBucket/) });
      expect(notifications[0].Properties.NotificationConfiguration).toEqual({
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [logicalIdOf(s, 'ingest-s3'), 'Arn'] },
          },
        ],
      });
      s.statelessTemplate.hasResourceProperties('AWS::Lambda::Permission', {
        FunctionName: { 'Fn::GetAtt': [logicalIdOf(s, 'ingest-s3'), 'Arn'] },
        Principal: 's3.amazonaws.com',
        SourceAccount: { Ref: 'AWS::AccountId' },
        SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestBucket'), 'Arn'] },
      });
    });

    it("logs CDK's deploy-time notifications handler to a log group with retention, like our functions", () => {
      const [handler] = Object.entries(s.statelessTemplate.findResources('AWS::Lambda::Function')).filter(([id]) =>
        id.startsWith('BucketNotificationsHandler'),
      );
      expect(handler[1].Properties.LoggingConfig).toEqual({
        LogGroup: { Ref: expect.stringMatching(/^BucketNotificationsLogGroup/) },
      });
      s.statelessTemplate.hasResource('AWS::Logs::LogGroup', {
        Properties: { RetentionInDays: 30 },
        DeletionPolicy: 'Delete',
      });
    });

    it('retries a failed drop twice, then sends the event to the failure queue (which alarms)', () => {
      expect(INGEST_S3_RETRIES).toBe(2);
      s.statelessTemplate.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: logicalIdOf(s, 'ingest-s3') },
        Qualifier: '$LATEST',
        MaximumRetryAttempts: 2,
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FailureQueue'), 'Arn'] } },
        },
      });
      const sendToFailureQueue = Object.entries(s.statelessTemplate.findResources('AWS::IAM::Policy'))
        .filter(([id]) => id.startsWith('IngestS3'))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
        .find((st) => [st.Action].flat().includes('sqs:SendMessage'));
      expect(sendToFailureQueue?.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^FailureQueue/), 'Arn'] });
    });

    it('is deleted with a dev stack and kept (with its access logs) outside dev', () => {
      expect(bucketOf(s)[1].DeletionPolicy).toBe('Delete');
      const prod = synthApp(PROD);
      for (const bucket of Object.values(prod.statelessTemplate.findResources('AWS::S3::Bucket'))) {
        expect(bucket.DeletionPolicy).toBe('Retain');
        expect(bucket.UpdateReplacePolicy).toBe('Retain');
      }
    });
  });

  describe('the new functions', () => {
    it('run like every other function: Node 22, arm64, own log group, Powertools service name, the table', () => {
      for (const name of ['ingest-http', 'ingest-s3'] as const) {
        const fn = fnOf(s, name);
        expect(fn.Properties, name).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          LoggingConfig: { LogGroup: { Ref: expect.stringMatching(/LogGroup/) } },
          Environment: {
            Variables: expect.objectContaining({
              POWERTOOLS_SERVICE_NAME: `treaty-watch-${name}`,
              TABLE_NAME: expect.anything(),
            }),
          },
        });
        expect(s.stateless.functions[name].installedModules, name).toEqual([]);
      }
      expect(fnOf(s, 'ingest-s3').Properties.Environment.Variables.INGEST_API_KEY_SECRET_ARN).toBeUndefined();
    });

    it('alarm on their errors like the rest', () => {
      for (const name of ['ingest-http', 'ingest-s3'] as const) {
        s.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
          MetricName: 'Errors',
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalIdOf(s, name) } }],
        });
      }
    });
  });

  describe('outputs', () => {
    it('names every URL, bucket, queue and function an operator uses after a deploy', () => {
      const outputs = s.statelessTemplate.findOutputs('*');
      // Readers go through CloudFront (tests/infra/web-cdn.test.ts); the API behind it is named too.
      expect(outputs.WebUrl.Value).toEqual({
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^WebCdnDistribution/), 'DomainName'] }]],
      });
      expect(outputs.WebApiUrl.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^WebApi/), 'ApiEndpoint'] });
      expect(outputs.IngestApiUrl.Value).toEqual({
        'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^IngestApi/), 'ApiEndpoint'] }, '/articles']],
      });
      expect(outputs.IngestBucketName.Value).toEqual({ Ref: expect.stringMatching(/^IngestBucket/) });
      for (const key of ['SendQueueUrl', 'SendDlqUrl', 'FailureQueueUrl', 'AlarmTopicArn', 'AccessLogsBucketName'])
        expect(outputs[key], key).toBeDefined();
      for (const name of FUNCTION_NAMES) {
        const pascal = name
          .split('-')
          .map((w) => w[0].toUpperCase() + w.slice(1))
          .join('');
        expect(outputs[`${pascal}FunctionName`]?.Value, name).toEqual({ Ref: logicalIdOf(s, name) });
        expect(outputs[`${pascal}LogGroupName`]?.Value, name).toEqual({
          Ref: expect.stringMatching(new RegExp(`^${pascal}LogGroup`)),
        });
      }
    });
  });
});
