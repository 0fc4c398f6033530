// Over 300 lines: one CDK stack whose constructs reference each other (functions, triggers, queues, schedules, alarms).
// Infra stack (stateless): the pipeline's functions and their wiring — stream triggers with entity
// filters, the send queue and its DLQ, schedules, the SES feedback rule, the web and ingest HTTP
// APIs, the S3 drop bucket, alarms. Everything here can be destroyed and redeployed; the data lives
// in the stateful stack (the drop bucket is here because its notification targets a function here,
// and only holds copies of what ingest stored in the table).

import { CfnOutput, Duration, RemovalPolicy, Stack, TimeZone, type CfnResource, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sesActions from 'aws-cdk-lib/aws-ses-actions';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { TreatyWatchConfig } from './config.ts';
import { TreatyFunction, type FunctionName, type SesSender } from './constructs/treaty-function.ts';
import { WebDistribution } from './constructs/web-distribution.ts';
import { STREAM_FILTERS } from './table-schema.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: TreatyWatchConfig;
  readonly table: dynamodb.ITable;
  readonly tokenSecret: secretsmanager.ISecret;
  /** The key POST /articles clients present (read by ingest-http only). */
  readonly ingestApiKey: secretsmanager.ISecret;
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
  readonly identityArn: string;
}

/** SES reviews an account at a 5% bounce or 0.1% complaint rate; warn well before that. */
export const SES_RATE_THRESHOLDS = { bounce: 0.04, complaint: 0.0008 } as const;
/** Steady-state and burst requests per second for the public web pages (per account and region stage). */
export const WEB_THROTTLE = { rateLimit: 20, burstLimit: 40 } as const;
/** POST /articles is for a few trusted clients: a low ceiling bounds the cost of a leaked key. */
export const INGEST_THROTTLE = { rateLimit: 5, burstLimit: 10 } as const;
/** The drop bucket's notification fires for keys under this prefix only (README: `s3://<bucket>/incoming/…`). */
export const INGEST_PREFIX = 'incoming/';
/** Dropped files are copies of what ingest stored in the table: kept this long, then expired. */
export const INGEST_OBJECT_DAYS = 90;
/** Asynchronous S3 → ingest-s3 invocations: Lambda retries this often, then sends the event to the failure queue. */
export const INGEST_S3_RETRIES = 2;

/** API access logs: no source IP, no query string (links carry tokens; logs hold no personal data). */
const ACCESS_LOG_FORMAT = apigateway.AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    method: '$context.httpMethod',
    path: '$context.path',
    status: '$context.status',
    latencyMs: '$context.integrationLatency',
    error: '$context.integrationErrorMessage',
  }),
);

/** A send message is received this many times before it moves to the DLQ. */
export const SEND_MAX_RECEIVE_COUNT = 5;

/** Concurrent send functions (the SQS event source's maximum concurrency). */
export const SEND_MAX_CONCURRENCY = 2;

/** A stream consumer's event filter, straight from table-schema (DynamoDB JSON: `{ S: [value] }`). */
export const streamFilter = (consumer: keyof typeof STREAM_FILTERS) =>
  lambda.FilterCriteria.filter(STREAM_FILTERS[consumer] as unknown as Record<string, unknown>);

/**
 * What compose, the one function that renders e-mails, installs beside its bundle: mjml cannot
 * be bundled (dynamic requires), and html-to-text (the plain-text part) rides in the same
 * node_modules instead of adding 170 KB to the bundle.
 */
const RENDERING_MODULES = ['mjml', 'html-to-text'];
/**
 * What detect, the function that reads articles, installs beside its bundle: the sentence reader and its English
 * model (data, 3.8 MB), and the date parser chrono-node (47 KB minified), which kept the extractor's own code over
 * the 250 KB budget once the fourth round's rules were in.
 */
const READER_MODULES = ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node'];

/** The pages function's time for one feed's items (30 pages, 4 at once, 10 s fetch timeout each, and storage). */
const PAGES_TIMEOUT = Duration.minutes(4);

export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, TreatyFunction>;
  readonly sendQueue: sqs.Queue;
  readonly sendDlq: sqs.Queue;
  /** Where stream batches, schedules, SES events and S3 drop events land after their retries run out. */
  readonly failureQueue: sqs.Queue;
  readonly alarmTopic: sns.Topic;
  readonly webApi: apigw.HttpApi;
  /** CloudFront in front of webApi: the public record cached, the subscribe pages passed through. */
  readonly webDistribution: WebDistribution;
  /** POST /articles → ingest-http (the function checks the API key). */
  readonly ingestApi: apigw.HttpApi;
  /** Files dropped under incoming/ are ingested by ingest-s3. */
  readonly ingestBucket: s3.Bucket;
  /** Server access logs of the ingest bucket. */
  readonly accessLogsBucket: s3.Bucket;
  /** The send function's one "*" grant (ses:GetAccount), kept apart from its other statements. */
  readonly sesQuotaPolicy: iam.Policy;
  /** The feedback function's one "*" grant (ses:PutSuppressedDestination). */
  readonly sesSuppressionPolicy: iam.Policy;
  /** SES receiving for the List-Unsubscribe mailbox → feedback (only with `unsubscribeMailbox` set). */
  readonly unsubscribeRuleSet?: ses.ReceiptRuleSet;
  /** Roles EventBridge Scheduler assumes, by the function they invoke. */
  readonly schedulerRoles: Partial<Record<FunctionName, iam.Role>> = {};

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, table, tokenSecret } = props;
    const common = { stage: config.stage, isDev: config.isDev };

    // --- queues -------------------------------------------------------------------------
    const queueDefaults = { enforceSSL: true, encryption: sqs.QueueEncryption.SQS_MANAGED } as const;
    this.sendDlq = new sqs.Queue(this, 'SendDlq', { ...queueDefaults, retentionPeriod: Duration.days(14) });
    this.failureQueue = new sqs.Queue(this, 'FailureQueue', { ...queueDefaults, retentionPeriod: Duration.days(14) });
    const sendTimeout = Duration.seconds(30);
    this.sendQueue = new sqs.Queue(this, 'SendQueue', {
      ...queueDefaults,
      // AWS guidance for Lambda consumers: visibility timeout >= 6 x function timeout.
      visibilityTimeout: Duration.seconds(sendTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.sendDlq, maxReceiveCount: SEND_MAX_RECEIVE_COUNT },
    });

    // --- web entry -----------------------------------------------------------------------
    // An HTTP API, not a function URL: its endpoint does not depend on the function, so web
    // can carry its own public URL for links (a function URL in its own env is a cycle), and
    // the stage throttles the public subscribe endpoint.
    this.webApi = new apigw.HttpApi(this, 'WebApi', {
      apiName: `treaty-watch-${config.stage}-web`,
      description: `Treaty Watch ${config.stage}: subscribe, confirm, preferences, unsubscribe`,
      createDefaultStage: false,
    });
    const retainOutsideDev = config.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const throttledStage = (api: apigw.HttpApi, id: string, throttle: { rateLimit: number; burstLimit: number }) => {
      const accessLogs = new logs.LogGroup(this, `${id}AccessLogs`, {
        retention: config.isDev ? logs.RetentionDays.ONE_WEEK : logs.RetentionDays.THREE_MONTHS,
        removalPolicy: retainOutsideDev,
      });
      return new apigw.HttpStage(this, `${id}Stage`, {
        httpApi: api,
        stageName: '$default',
        autoDeploy: true,
        throttle,
        accessLogSettings: { destination: new apigw.LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
      });
    };
    throttledStage(this.webApi, 'WebApi', WEB_THROTTLE);
    // Ingest has its own API: its own (lower) throttle and logs, and the public pages' API never routes to it.
    this.ingestApi = new apigw.HttpApi(this, 'IngestApi', {
      apiName: `treaty-watch-${config.stage}-ingest`,
      description: `Treaty Watch ${config.stage}: POST /articles (API key)`,
      createDefaultStage: false,
    });
    throttledStage(this.ingestApi, 'IngestApi', INGEST_THROTTLE);
    // Readers and e-mail links use CloudFront's address (constructs/web-distribution.ts).
    this.webDistribution = new WebDistribution(this, 'WebCdn', { api: this.webApi, stage: config.stage });
    const publicBaseUrl = config.publicBaseUrl ?? this.webDistribution.url;
    // Unset, the handlers use SENDER_ADDRESS as the List-Unsubscribe mailto.
    const unsubscribeMailbox: Record<string, string> = config.unsubscribeMailbox
      ? { UNSUBSCRIBE_MAILBOX: config.unsubscribeMailbox }
      : {};
    const sender: SesSender = {
      senderAddress: config.senderAddress,
      identityArn: props.identityArn,
      configurationSetName: props.configurationSetName,
      configurationSetArn: props.configurationSetArn,
    };

    // --- functions ----------------------------------------------------------------------
    const web = new TreatyFunction(this, 'Web', {
      ...common,
      referenceData: true, // treaty names, schedules, the gazetteer (read at cold start)
      name: 'web',
      description: 'Subscribe, confirm, preferences and unsubscribe pages (RFC 8058 one-click); sends confirmations',
      memorySize: 512,
      timeout: Duration.seconds(10),
      // The confirmation mail is prerendered at build time (emails/prerendered): no MJML here.
      environment: { PUBLIC_BASE_URL: publicBaseUrl, ...unsubscribeMailbox },
    })
      .bindTable(table, 'readWrite')
      .bindTokenSecret(tokenSecret)
      .bindSesSender(sender);
    // One catch-all route: the web app does its own routing (GET pages, POST forms, one-click unsubscribe).
    new apigw.HttpRoute(this, 'WebRoute', {
      httpApi: this.webApi,
      routeKey: apigw.HttpRouteKey.DEFAULT,
      integration: new HttpLambdaIntegration('WebIntegration', web),
    });

    const ingest = new TreatyFunction(this, 'Ingest', {
      ...common,
      name: 'ingest',
      description: 'Stores the articles of an event {articles: [...]} (normalize, fingerprint, syndicated-copy check)',
      memorySize: 512,
      timeout: Duration.seconds(120),
    }).bindTable(table, 'readWrite');

    const ingestHttp = new TreatyFunction(this, 'IngestHttp', {
      ...common,
      name: 'ingest-http',
      description: 'POST /articles: one article or {articles: [...]}, answered item by item; Bearer API key',
      memorySize: 512,
      timeout: Duration.seconds(29), // the HTTP API gives up on an integration after 30 s
    })
      .bindTable(table, 'readWrite')
      .bindIngestApiKey(props.ingestApiKey);
    new apigw.HttpRoute(this, 'IngestRoute', {
      httpApi: this.ingestApi,
      routeKey: apigw.HttpRouteKey.with('/articles', apigw.HttpMethod.POST),
      integration: new HttpLambdaIntegration('IngestIntegration', ingestHttp),
    });

    // The drop bucket: private, TLS-only, encrypted, versioned, access-logged, expiring.
    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      lifecycleRules: [
        {
          id: 'expire-access-logs',
          expiration: Duration.days(365),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy: retainOutsideDev,
    });
    this.ingestBucket = new s3.Bucket(this, 'IngestBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'ingest-bucket/',
      lifecycleRules: [
        {
          id: 'expire-dropped-files',
          expiration: Duration.days(INGEST_OBJECT_DAYS),
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy: retainOutsideDev,
    });
    const ingestS3 = new TreatyFunction(this, 'IngestS3', {
      ...common,
      name: 'ingest-s3',
      description: 'Ingests files dropped under incoming/ in the ingest bucket (.txt, .md, .html, .json)',
      memorySize: 512,
      timeout: Duration.minutes(2),
    })
      .bindTable(table, 'readWrite')
      .bindObjectReads(this.ingestBucket, INGEST_PREFIX);
    // S3 invokes asynchronously: a failed object is retried by Lambda, then the event goes to the failure queue.
    ingestS3.configureAsyncInvoke({
      retryAttempts: INGEST_S3_RETRIES,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(this.failureQueue),
    });
    this.ingestBucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(ingestS3), {
      prefix: INGEST_PREFIX,
    });
    // CDK sets the notification through its own deploy-time function; give it a log group with retention
    // too, instead of the /aws/lambda/… group Lambda would create and nobody would ever delete.
    const notificationsHandler = this.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
    const notificationsLogs = new logs.LogGroup(this, 'BucketNotificationsLogGroup', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY, // deploy-time messages only, no pipeline data
    });
    (notificationsHandler!.node.findChild('Resource') as CfnResource).addPropertyOverride('LoggingConfig', {
      LogGroup: notificationsLogs.logGroupName,
    });

    // Feeds polls and parses; pages fetches, extracts and ingests the items it hands over (a
    // synchronous invoke), so the feed parser and the HTML stack each stay in a small bundle.
    const pages = new TreatyFunction(this, 'Pages', {
      ...common,
      name: 'pages',
      description: 'Fetches the pages of new feed items, extracts their main text and ingests them (invoked by feeds)',
      memorySize: 512,
      timeout: PAGES_TIMEOUT,
    }).bindTable(table, 'readWrite');
    const feeds = new TreatyFunction(this, 'Feeds', {
      ...common,
      name: 'feeds',
      description: 'Polls the configured feeds on schedule and hands each new item to the pages function once',
      memorySize: 256,
      timeout: Duration.minutes(5), // > PAGES_TIMEOUT: it waits for the pages function's answer
      environment: { FEEDS: JSON.stringify(config.feeds), PAGES_FUNCTION_NAME: pages.functionName },
    }).bindTable(table, 'readWrite');
    // The unqualified function only (grantInvoke would add every version, `<arn>:*`).
    feeds.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'InvokePages',
        actions: ['lambda:InvokeFunction'],
        resources: [pages.functionArn],
      }),
    );

    const detect = new TreatyFunction(this, 'Detect', {
      ...common,
      referenceData: true, // treaty names, schedules, the gazetteer (read at cold start)
      name: 'detect',
      description: 'Extracts claims from new articles and classifies their novelty',
      memorySize: 512,
      timeout: Duration.seconds(60),
      // The sentence reader's English model (about 3.8 MB unpacked) is data, not code: installed beside the bundle
      // (as mjml is beside compose) so the 250 KB code budget holds; the cold start loads it once (README).
      nodeModules: [...READER_MODULES],
    }).bindTable(table, 'readWrite');

    // The one function that renders MJML: instant alerts from the stream, digests on schedule,
    // and the digest index (one stream consumer for both jobs: the table keeps two readers).
    const compose = new TreatyFunction(this, 'Compose', {
      ...common,
      referenceData: true, // treaty names, schedules, the gazetteer (read at cold start)
      name: 'compose',
      description:
        'Renders instant alerts (stream) and daily/weekly digests (schedule) once with MJML, ' +
        'indexes digests, queues recipient batches',
      memorySize: 1024,
      timeout: Duration.minutes(5), // a weekly digest over many segments; stream batches take seconds
      // mjml cannot be bundled by esbuild (dynamic requires); installed beside the bundle
      nodeModules: [...RENDERING_MODULES],
      // Each edition's "View in browser" link (its archive page) and the treaty pages "Also on this treaty" links to.
      environment: { PUBLIC_BASE_URL: publicBaseUrl },
    })
      .bindTable(table, 'readWrite')
      .bindSendQueue(this.sendQueue);

    const send = new TreatyFunction(this, 'Send', {
      ...common,
      referenceData: true, // treaty names, schedules, the gazetteer (read at cold start)
      name: 'send',
      description: 'Sends queued recipient batches with SES v2, paced to MaxSendRate',
      timeout: sendTimeout,
      // Each concurrent instance takes an equal share of MaxSendRate.
      environment: {
        PUBLIC_BASE_URL: publicBaseUrl,
        SEND_FUNCTION_CONCURRENCY: String(SEND_MAX_CONCURRENCY),
        ...unsubscribeMailbox,
      },
    })
      .bindTable(table, 'readWrite')
      .bindTokenSecret(tokenSecret)
      .bindSesSender(sender);
    // GetAccount (MaxSendRate, for pacing) is account-level: IAM offers no resource to scope it to.
    // It sits in its own policy so the cdk-nag acknowledgment for "*" covers this statement only.
    this.sesQuotaPolicy = new iam.Policy(this, 'SendQuotaPolicy', {
      statements: [new iam.PolicyStatement({ sid: 'ReadSendQuota', actions: ['ses:GetAccount'], resources: ['*'] })],
    });
    this.sesQuotaPolicy.attachToRole(send.role!);
    send.node.addDependency(this.sesQuotaPolicy); // no invocation before the grant exists

    const feedback = new TreatyFunction(this, 'Feedback', {
      ...common,
      name: 'feedback',
      description:
        'Suppresses subscribers on SES bounces and complaints; unsubscribes on mail to the List-Unsubscribe mailbox',
    })
      .bindTable(table, 'readWrite')
      .bindTokenSecret(tokenSecret); // verifies the signed token in an unsubscribe mail's subject
    // The SES account-level suppression list has no resource type in IAM: "*", in a policy of its own.
    this.sesSuppressionPolicy = new iam.Policy(this, 'FeedbackSuppressionPolicy', {
      statements: [
        new iam.PolicyStatement({ sid: 'SuppressAtSes', actions: ['ses:PutSuppressedDestination'], resources: ['*'] }),
      ],
    });
    this.sesSuppressionPolicy.attachToRole(feedback.role!);
    feedback.node.addDependency(this.sesSuppressionPolicy);

    // The List-Unsubscribe mailto, received by SES (only for an explicit unsubscribeMailbox: the
    // operator points that domain's MX at SES and activates the rule set, README step 4).
    if (config.unsubscribeMailbox) {
      this.unsubscribeRuleSet = new ses.ReceiptRuleSet(this, 'UnsubscribeRuleSet', {
        rules: [
          {
            recipients: [config.unsubscribeMailbox],
            scanEnabled: true,
            tlsPolicy: ses.TlsPolicy.REQUIRE,
            actions: [
              new sesActions.Lambda({ function: feedback, invocationType: sesActions.LambdaInvocationType.EVENT }),
            ],
          },
        ],
      });
    }

    this.functions = {
      ingest,
      'ingest-http': ingestHttp,
      'ingest-s3': ingestS3,
      feeds,
      pages,
      detect,
      compose,
      send,
      feedback,
      web,
    };

    // --- triggers -----------------------------------------------------------------------
    const streamDefaults = {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 10,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: 5,
      maxRecordAge: Duration.days(1),
      onFailure: new sources.SqsDlq(this.failureQueue),
    };
    // The filters are table-schema's STREAM_FILTERS, the same patterns the local driver applies.
    detect.addEventSource(
      new sources.DynamoEventSource(table, { ...streamDefaults, filters: [streamFilter('detect')] }),
    );
    compose.addEventSource(
      new sources.DynamoEventSource(table, { ...streamDefaults, filters: [streamFilter('compose')] }),
    );
    send.addEventSource(
      new sources.SqsEventSource(this.sendQueue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
        maxConcurrency: SEND_MAX_CONCURRENCY, // pacing: few concurrent senders share the SES send rate
      }),
    );

    const timeZone = TimeZone.of(config.scheduleTimezone);
    // One scheduler role per target function, owned here so its findings can be acknowledged.
    const schedulerRoleFor = (fn: TreatyFunction) => {
      const id = `${pascal(fn.pipelineStage)}SchedulerRole`;
      return (
        (this.node.tryFindChild(id) as iam.Role | undefined) ??
        // biome-ignore lint/suspicious/noAssignInExpressions: create once and remember, in one expression
        (this.schedulerRoles[fn.pipelineStage] = new iam.Role(this, id, {
          assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com').withConditions({
            StringEquals: { 'aws:SourceAccount': this.account },
          }),
          description: `EventBridge Scheduler invokes the ${fn.pipelineStage} function`,
        }))
      );
    };
    const scheduleOf = (
      id: string,
      fn: TreatyFunction,
      expression: string,
      input: Record<string, unknown>,
      description: string,
      enabled = true,
    ) =>
      new scheduler.Schedule(this, id, {
        description: `Treaty Watch ${config.stage}: ${description}`,
        enabled,
        schedule: scheduler.ScheduleExpression.expression(expression, timeZone),
        target: new schedulerTargets.LambdaInvoke(fn, {
          role: schedulerRoleFor(fn),
          input: scheduler.ScheduleTargetInput.fromObject(input),
          retryAttempts: 2,
          maxEventAge: Duration.hours(1),
          deadLetterQueue: this.failureQueue,
        }),
      });
    // With no feeds configured the poll has nothing to do: the schedule exists but is disabled.
    // The feed list travels in the function's FEEDS variable, not in the (size-limited) input.
    scheduleOf('FeedPollSchedule', feeds, config.ingestSchedule, {}, 'poll feeds', config.feeds.length > 0);
    const scheduledTime = scheduler.ContextAttribute.scheduledTime; // the digest covers the day(s) before it
    scheduleOf(
      'DailyDigestSchedule',
      compose,
      config.dailyDigestSchedule,
      { kind: 'daily', scheduledTime },
      'daily digest',
    );
    scheduleOf(
      'WeeklyDigestSchedule',
      compose,
      config.weeklyDigestSchedule,
      { kind: 'weekly', scheduledTime },
      'weekly digest',
    );

    new events.Rule(this, 'SesFeedbackRule', {
      description: 'SES bounces and complaints from our configuration set',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [props.configurationSetName] } } },
      },
      targets: [
        new eventTargets.LambdaFunction(feedback, {
          retryAttempts: 4,
          maxEventAge: Duration.hours(6),
          deadLetterQueue: this.failureQueue,
        }),
      ],
    });

    // --- alarms -------------------------------------------------------------------------
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `Treaty Watch ${config.stage} alarms`,
      enforceSSL: true,
    });
    this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));
    const notify = new cwActions.SnsAction(this.alarmTopic);
    const alarm = (id: string, metric: cloudwatch.IMetric, threshold: number, description: string) => {
      const a = new cloudwatch.Alarm(this, id, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: `Treaty Watch ${config.stage}: ${description}`,
      });
      a.addAlarmAction(notify);
      a.addOkAction(notify);
      return a;
    };
    const fiveMinutes = { period: Duration.minutes(5) };
    alarm(
      'SendDlqDepthAlarm',
      this.sendDlq.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }),
      1,
      'messages in the send DLQ',
    );
    alarm(
      'FailureQueueDepthAlarm',
      this.failureQueue.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }),
      1,
      'failed stream batches, schedules, SES events or S3 drops',
    );
    for (const fn of Object.values(this.functions)) {
      alarm(
        `${pascal(fn.pipelineStage)}ErrorsAlarm`,
        fn.metricErrors({ ...fiveMinutes, statistic: 'Sum' }),
        1,
        `${fn.pipelineStage} function errors`,
      );
    }
    const sesMetric = (metricName: string) =>
      new cloudwatch.Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    alarm(
      'SesBounceRateAlarm',
      sesMetric('Reputation.BounceRate'),
      SES_RATE_THRESHOLDS.bounce,
      'SES bounce rate near the 5% review threshold',
    );
    alarm(
      'SesComplaintRateAlarm',
      sesMetric('Reputation.ComplaintRate'),
      SES_RATE_THRESHOLDS.complaint,
      'SES complaint rate near the 0.1% review threshold',
    );

    // What the operator needs after a deploy (README "Deploy to your AWS account").
    new CfnOutput(this, 'WebUrl', {
      value: this.webDistribution.url,
      description: 'Subscribe page, public record (/archive, /treaties, /feed.xml) and link target (CloudFront)',
    });
    new CfnOutput(this, 'WebApiUrl', {
      value: this.webApi.apiEndpoint,
      description: 'The web HTTP API, behind CloudFront',
    });
    new CfnOutput(this, 'IngestApiUrl', {
      value: `${this.ingestApi.apiEndpoint}/articles`,
      description: 'POST articles here with Authorization: Bearer <key>',
    });
    new CfnOutput(this, 'IngestBucketName', {
      value: this.ingestBucket.bucketName,
      description: `Drop article files under ${INGEST_PREFIX}`,
    });
    new CfnOutput(this, 'AccessLogsBucketName', { value: this.accessLogsBucket.bucketName });
    new CfnOutput(this, 'SendQueueUrl', { value: this.sendQueue.queueUrl });
    new CfnOutput(this, 'SendDlqUrl', {
      value: this.sendDlq.queueUrl,
      description: 'Redrive once the cause is fixed (the ledger makes it safe)',
    });
    new CfnOutput(this, 'FailureQueueUrl', {
      value: this.failureQueue.queueUrl,
      description: 'Failed stream batches, schedules, SES events and S3 drops',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
    if (this.unsubscribeRuleSet) {
      new CfnOutput(this, 'UnsubscribeRuleSetName', {
        value: this.unsubscribeRuleSet.receiptRuleSetName,
        description: 'Activate once: aws ses set-active-receipt-rule-set --rule-set-name <this>',
      });
    }
    for (const fn of Object.values(this.functions)) {
      new CfnOutput(this, `${pascal(fn.pipelineStage)}FunctionName`, {
        value: fn.functionName,
        description: `the ${fn.pipelineStage} function`,
      });
      new CfnOutput(this, `${pascal(fn.pipelineStage)}LogGroupName`, { value: fn.logGroup.logGroupName });
    }
  }
}

/** ingest-http → IngestHttp, for construct ids. */
const pascal = (s: string) =>
  s
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
