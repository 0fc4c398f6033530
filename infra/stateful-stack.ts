// Infra stack (stateful): what holds data or identity and must outlive a redeploy —
// the single table, the SES identity and configuration set, the link-token and ingest API key secrets.

import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import type { TreatyWatchConfig } from './config.ts';
import { TABLE_DEFINITION } from './table-schema.ts';

export interface StatefulStackProps extends StackProps {
  readonly config: TreatyWatchConfig;
}

/** SES event types routed to the feedback function (they suppress the subscriber). */
export const FEEDBACK_EVENTS = [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT];

export class StatefulStack extends Stack {
  readonly table: dynamodb.Table;
  readonly tokenSecret: secretsmanager.Secret;
  /** The key HTTP ingest clients send as `Authorization: Bearer <key>` (the secret string is the key). */
  readonly ingestApiKey: secretsmanager.Secret;
  readonly configurationSet: ses.ConfigurationSet;
  readonly configurationSetName: string;
  /** ARN of the configuration set: ses:SendEmail is scoped to it and to the identity. */
  readonly configurationSetArn: string;
  readonly identity: ses.EmailIdentity;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { config } = props;
    // dev is disposable; every other stage keeps its data when the stack goes.
    const removalPolicy = config.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_DEFINITION.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DEFINITION.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: dynamodb.StreamViewType[TABLE_DEFINITION.streamView],
      timeToLiveAttribute: TABLE_DEFINITION.ttlAttribute,
      deletionProtection: !config.isDev,
      removalPolicy,
    });
    for (const index of TABLE_DEFINITION.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partition, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sort, type: dynamodb.AttributeType.STRING },
        // Keys plus the attributes the schema lists (same as the local CreateTable), else everything.
        ...('projected' in index && index.projected.length > 0
          ? { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: [...index.projected] }
          : { projectionType: dynamodb.ProjectionType.ALL }),
      });
    }

    this.tokenSecret = new secretsmanager.Secret(this, 'TokenSecret', {
      description: `Treaty Watch ${config.stage}: HMAC-SHA256 key for subscriber link tokens`,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy,
    });

    // Generated at deploy time, read by the operator (README "Deploy") and by ingest-http only.
    this.ingestApiKey = new secretsmanager.Secret(this, 'IngestApiKey', {
      description: `Treaty Watch ${config.stage}: API key for POST /articles (send as Authorization: Bearer <key>)`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });

    this.configurationSetName = `treaty-watch-${config.stage}`;
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: this.configurationSetName,
      reputationMetrics: true,
      sendingEnabled: true,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // SES publishes only to the default bus; the feedback rule lives in the stateless stack.
    this.configurationSet.addEventDestination('EventBridge', {
      destination: ses.EventDestination.eventBus(events.EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: FEEDBACK_EVENTS,
    });
    this.configurationSetArn = this.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSetName,
    });

    this.identity = new ses.EmailIdentity(this, 'SenderIdentity', {
      identity: config.senderDomain
        ? ses.Identity.domain(config.senderDomain)
        : ses.Identity.email(config.senderAddress),
      configurationSet: this.configurationSet,
      // Custom MAIL FROM (bounce domain on our own subdomain) so SPF aligns for DMARC; SES falls
      // back to amazonses.com while the MX record is missing rather than refusing to send.
      ...(config.mailFromDomain
        ? {
            mailFromDomain: config.mailFromDomain,
            mailFromBehaviorOnMxFailure: ses.MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
          }
        : {}),
    });

    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'The DynamoDB table (RETAIN outside dev)',
    });
    new CfnOutput(this, 'IngestApiKeySecretArn', {
      value: this.ingestApiKey.secretArn,
      description: 'aws secretsmanager get-secret-value --secret-id <this> --query SecretString --output text',
    });
    new CfnOutput(this, 'TokenSecretArn', {
      value: this.tokenSecret.secretArn,
      description: 'HMAC key of subscriber links (RETAIN outside dev)',
    });
    new CfnOutput(this, 'SenderIdentityName', {
      value: this.identity.emailIdentityName,
      description: 'SES identity to verify (domain: DKIM CNAMEs; address: the link SES mails)',
    });
    new CfnOutput(this, 'ConfigurationSetName', { value: this.configurationSetName });
  }
}
