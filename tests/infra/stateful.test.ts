// Infra, stateful stack: the table as table-schema declares it, SES identity and configuration
// set with its EventBridge destination, the token secret, and what survives a stack deletion.
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEXES, KEYS, STREAM_VIEW, TTL_ATTRIBUTE } from '#schema';
import { synthApp, type Synthesized } from './synth-app.ts';

const PROD = {
  stage: 'prod',
  senderAddress: 'alerts@news.example.org',
  senderDomain: 'news.example.org',
  alarmEmail: 'ops@news.example.org',
};

describe('stateful stack', { timeout: 60_000 }, () => {
  let dev: Synthesized;
  let prod: Synthesized;
  beforeAll(() => {
    dev = synthApp();
    prod = synthApp(PROD);
  }, 120_000);

  it('holds exactly one table, keyed and indexed as table-schema says', () => {
    dev.statefulTemplate.resourceCountIs('AWS::DynamoDB::Table', 1);
    dev.statefulTemplate.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: KEYS.partition, KeyType: 'HASH' },
        { AttributeName: KEYS.sort, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        { AttributeName: 'gsi1pk', AttributeType: 'S' },
        { AttributeName: 'gsi1sk', AttributeType: 'S' },
        { AttributeName: 'gsi2pk', AttributeType: 'S' },
        { AttributeName: 'gsi2sk', AttributeType: 'S' },
      ]),
      GlobalSecondaryIndexes: [
        {
          IndexName: INDEXES.byTopic.name,
          KeySchema: [
            { AttributeName: INDEXES.byTopic.partition, KeyType: 'HASH' },
            { AttributeName: INDEXES.byTopic.sort, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...INDEXES.byTopic.projected] },
        },
        {
          // The public record and "Also on this treaty": timelines by treaty, alerts by time (whole items).
          IndexName: INDEXES.byRecord.name,
          KeySchema: [
            { AttributeName: INDEXES.byRecord.partition, KeyType: 'HASH' },
            { AttributeName: INDEXES.byRecord.sort, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('is on-demand, with point-in-time recovery, a NEW_IMAGE stream and TTL on expiresAt', () => {
    expect(STREAM_VIEW).toBe('NEW_IMAGE');
    dev.statefulTemplate.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    });
  });

  it('is disposable in dev: no deletion protection, deleted with the stack', () => {
    const [table] = Object.values(dev.statefulTemplate.findResources('AWS::DynamoDB::Table'));
    expect(table.DeletionPolicy).toBe('Delete');
    expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    dev.statefulTemplate.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Delete' });
  });

  it('outside dev keeps the table, the secret and the logs: deletion protection and RETAIN', () => {
    prod.statefulTemplate.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    prod.statefulTemplate.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain' });
    for (const [id, group] of Object.entries(prod.statelessTemplate.findResources('AWS::Logs::LogGroup'))) {
      // CDK's deploy-time notifications helper logs no pipeline data: its group goes with the stack.
      expect(group.DeletionPolicy, id).toBe(id.startsWith('BucketNotificationsLogGroup') ? 'Delete' : 'Retain');
    }
    expect(prod.stateful.terminationProtection).toBe(true);
    expect(dev.stateful.terminationProtection).toBe(false);
  });

  it('has an SES configuration set that requires TLS, tracks reputation and suppresses bounces and complaints', () => {
    dev.statefulTemplate.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'treaty-watch-dev',
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('publishes bounces and complaints to the default EventBridge bus', () => {
    dev.statefulTemplate.resourceCountIs('AWS::SES::ConfigurationSetEventDestination', 1);
    dev.statefulTemplate.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: Match.anyValue(),
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        EventBridgeDestination: {
          EventBusArn: {
            'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':event-bus/default$')])],
          },
        },
      },
    });
  });

  it('verifies the sender address in dev and the whole domain when one is configured', () => {
    dev.statefulTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'alerts@example.com',
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
    prod.statefulTemplate.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'news.example.org' });
  });

  it('generates the HMAC link-token key and the ingest API key in Secrets Manager, never in the template', () => {
    const secrets = dev.statefulTemplate.findResources('AWS::SecretsManager::Secret');
    expect(Object.keys(secrets).sort()).toEqual([
      expect.stringMatching(/^IngestApiKey/),
      expect.stringMatching(/^TokenSecret/),
    ]);
    for (const secret of Object.values(secrets)) expect(secret.Properties.SecretString).toBeUndefined();
    dev.statefulTemplate.hasResourceProperties('AWS::SecretsManager::Secret', {
      Description: Match.stringLikeRegexp('link tokens'),
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    dev.statefulTemplate.hasResourceProperties('AWS::SecretsManager::Secret', {
      Description: Match.stringLikeRegexp('POST /articles'),
      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true },
    });
    // Outside dev both survive a stack deletion: clients and mailboxes hold their values.
    for (const secret of Object.values(prod.statefulTemplate.findResources('AWS::SecretsManager::Secret')))
      expect(secret.DeletionPolicy).toBe('Retain');
  });

  it('sets a custom MAIL FROM domain on the domain identity only when one is configured', () => {
    dev.statefulTemplate.hasResourceProperties('AWS::SES::EmailIdentity', { MailFromAttributes: Match.absent() });
    prod.statefulTemplate.hasResourceProperties('AWS::SES::EmailIdentity', { MailFromAttributes: Match.absent() });
    const mailFrom = synthApp({ ...PROD, mailFromDomain: 'mail.news.example.org' });
    mailFrom.statefulTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'news.example.org',
      MailFromAttributes: { MailFromDomain: 'mail.news.example.org', BehaviorOnMxFailure: 'USE_DEFAULT_VALUE' },
    });
  });

  it('outputs what the operator looks up after a deploy: table, secrets, identity, configuration set', () => {
    const outputs = dev.statefulTemplate.findOutputs('*');
    expect(
      Object.keys(outputs)
        .filter((k) => !k.startsWith('Export') && !k.startsWith('PublishOutput'))
        .sort(),
    ).toEqual(['ConfigurationSetName', 'IngestApiKeySecretArn', 'SenderIdentityName', 'TableName', 'TokenSecretArn']);
    expect(outputs.TableName.Value).toEqual({ Ref: expect.stringMatching(/^Table/) });
    expect(outputs.IngestApiKeySecretArn.Value).toEqual({ Ref: expect.stringMatching(/^IngestApiKey/) });
  });

  it('names stacks by stage so stages can share an account', () => {
    expect(dev.stateful.stackName).toBe('TreatyWatch-dev-Stateful');
    expect(prod.stateless.stackName).toBe('TreatyWatch-prod-Stateless');
  });
});
