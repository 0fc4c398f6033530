// Infra stack (stateless): the pipeline's functions and their wiring — stream triggers with entity
// filters, the send queue and its DLQ, schedules, the SES feedback rule, the web HTTP API, alarms.
// Everything here can be destroyed and redeployed; the data lives in the stateful stack.

import { CfnOutput, Duration, RemovalPolicy, Stack, TimeZone, type StackProps } from 'aws-cdk-lib';
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
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { TreatyWatchConfig } from './config.ts';
import { TreatyFunction, type FunctionName, type SesSender } from './constructs/treaty-function.ts';
import { STREAM_FILTERS } from './table-schema.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: TreatyWatchConfig;
  readonly table: dynamodb.ITable;
  readonly tokenSecret: secretsmanager.ISecret;
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
  readonly identityArn: string;
}

/** SES reviews an account at a 5% bounce or 0.1% complaint rate; warn well before that. */
export const SES_RATE_THRESHOLDS = { bounce: 0.04, complaint: 0.0008 } as const;
/** Steady-state and burst requests per second for the public web pages (per account and region stage). */
export const WEB_THROTTLE = { rateLimit: 20, burstLimit: 40 } as const;
/** A send message is received this many times before it moves to the DLQ. */
export const SEND_MAX_RECEIVE_COUNT = 5;

/** Concurrent send functions (the SQS event source's maximum concurrency). */
export const SEND_MAX_CONCURRENCY = 2;

/** A stream consumer's event filter, straight from table-schema (DynamoDB JSON: `{ S: [value] }`). */
export const streamFilter = (consumer: keyof typeof STREAM_FILTERS) =>
  lambda.FilterCriteria.filter(STREAM_FILTERS[consumer] as unknown as Record<string, unknown>);

export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, TreatyFunction>;
  readonly sendQueue: sqs.Queue;
  readonly sendDlq: sqs.Queue;
  /** Where stream batches, schedules and SES events land after their retries run out. */
  readonly failureQueue: sqs.Queue;
  readonly alarmTopic: sns.Topic;
  readonly webApi: apigw.HttpApi;
  /** The send function's one "*" grant (ses:GetAccount), kept apart from its other statements. */
  readonly sesQuotaPolicy: iam.Policy;
  /** The feedback function's one "*" grant (ses:PutSuppressedDestination). */
  readonly sesSuppressionPolicy: iam.Policy;
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
    const accessLogs = new logs.LogGroup(this, 'WebApiAccessLogs', {
      retention: config.isDev ? logs.RetentionDays.ONE_WEEK : logs.RetentionDays.THREE_MONTHS,
      removalPolicy: config.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    new apigw.HttpStage(this, 'WebApiStage', {
      httpApi: this.webApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: WEB_THROTTLE,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        // No source IP and no query string: links carry tokens, and logs must not hold personal data.
        format: apigateway.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.integrationLatency',
            error: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    const publicBaseUrl = config.publicBaseUrl ?? this.webApi.apiEndpoint;
    const sender: SesSender = {
      senderAddress: config.senderAddress,
      identityArn: props.identityArn,
      configurationSetName: props.configurationSetName,
      configurationSetArn: props.configurationSetArn,
    };

    // --- functions ----------------------------------------------------------------------
    const web = new TreatyFunction(this, 'Web', {
      ...common,
      name: 'web',
      description: 'Subscribe, confirm, preferences and unsubscribe pages (RFC 8058 one-click); sends confirmations',
      memorySize: 512,
      timeout: Duration.seconds(10),
      // The confirmation mail is rendered with MJML in the request (functions/web/handler.ts).
      nodeModules: ['mjml'],
      environment: { PUBLIC_BASE_URL: publicBaseUrl },
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

    const feeds = new TreatyFunction(this, 'Feeds', {
      ...common,
      name: 'feeds',
      description: 'Polls the configured feeds on schedule and ingests each new item once',
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: { FEEDS: JSON.stringify(config.feeds) },
    }).bindTable(table, 'readWrite');

    const detect = new TreatyFunction(this, 'Detect', {
      ...common,
      name: 'detect',
      description: 'Extracts claims from new articles and classifies their novelty',
      memorySize: 512,
      timeout: Duration.seconds(60),
    }).bindTable(table, 'readWrite');

    const compose = new TreatyFunction(this, 'Compose', {
      ...common,
      name: 'compose',
      description: 'Renders alert and digest editions (MJML, once) and queues recipient batches',
      memorySize: 1024,
      timeout: Duration.seconds(120),
      nodeModules: ['mjml'], // mjml cannot be bundled by esbuild (dynamic requires); installed beside the bundle
    })
      .bindTable(table, 'readWrite')
      .bindSendQueue(this.sendQueue);

    const digestIndex = new TreatyFunction(this, 'DigestIndex', {
      ...common,
      name: 'digest-index',
      description: 'Indexes alerts and disputed facts by day, for the digests to Query',
    }).bindTable(table, 'readWrite');

    const digest = new TreatyFunction(this, 'Digest', {
      ...common,
      name: 'digest',
      description: 'Composes the daily and weekly digest editions (MJML, once per segment) and queues recipient batches',
      memorySize: 1024,
      timeout: Duration.minutes(5),
      nodeModules: ['mjml'],
    })
      .bindTable(table, 'readWrite')
      .bindSendQueue(this.sendQueue);

    const send = new TreatyFunction(this, 'Send', {
      ...common,
      name: 'send',
      description: 'Sends queued recipient batches with SES v2, paced to MaxSendRate',
      timeout: sendTimeout,
      // Each concurrent instance takes an equal share of MaxSendRate.
      environment: { PUBLIC_BASE_URL: publicBaseUrl, SEND_FUNCTION_CONCURRENCY: String(SEND_MAX_CONCURRENCY) },
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
      description: 'Suppresses subscribers on SES bounces and complaints, here and in the SES suppression list',
    }).bindTable(table, 'readWrite');
    // The SES account-level suppression list has no resource type in IAM: "*", in a policy of its own.
    this.sesSuppressionPolicy = new iam.Policy(this, 'FeedbackSuppressionPolicy', {
      statements: [new iam.PolicyStatement({ sid: 'SuppressAtSes', actions: ['ses:PutSuppressedDestination'], resources: ['*'] })],
    });
    this.sesSuppressionPolicy.attachToRole(feedback.role!);
    feedback.node.addDependency(this.sesSuppressionPolicy);

    this.functions = { ingest, feeds, detect, 'digest-index': digestIndex, compose, digest, send, feedback, web };

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
    detect.addEventSource(new sources.DynamoEventSource(table, { ...streamDefaults, filters: [streamFilter('detect')] }));
    compose.addEventSource(new sources.DynamoEventSource(table, { ...streamDefaults, filters: [streamFilter('compose')] }));
    digestIndex.addEventSource(new sources.DynamoEventSource(table, { ...streamDefaults, filters: [streamFilter('digestIndex')] }));
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
      return (this.node.tryFindChild(id) as iam.Role | undefined) ??
        (this.schedulerRoles[fn.pipelineStage] = new iam.Role(this, id, {
          assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com').withConditions({
            StringEquals: { 'aws:SourceAccount': this.account },
          }),
          description: `EventBridge Scheduler invokes the ${fn.pipelineStage} function`,
        }));
    };
    const scheduleOf = (id: string, fn: TreatyFunction, expression: string, input: Record<string, unknown>, description: string, enabled = true) =>
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
    scheduleOf('DailyDigestSchedule', digest, config.dailyDigestSchedule, { kind: 'daily', scheduledTime }, 'daily digest');
    scheduleOf('WeeklyDigestSchedule', digest, config.weeklyDigestSchedule, { kind: 'weekly', scheduledTime }, 'weekly digest');

    new events.Rule(this, 'SesFeedbackRule', {
      description: 'SES bounces and complaints from our configuration set',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [props.configurationSetName] } } },
      },
      targets: [new eventTargets.LambdaFunction(feedback, { retryAttempts: 4, maxEventAge: Duration.hours(6), deadLetterQueue: this.failureQueue })],
    });

    // --- alarms -------------------------------------------------------------------------
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { displayName: `Treaty Watch ${config.stage} alarms`, enforceSSL: true });
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
    alarm('SendDlqDepthAlarm', this.sendDlq.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), 1, 'messages in the send DLQ');
    alarm('FailureQueueDepthAlarm', this.failureQueue.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), 1, 'failed stream batches, schedules or SES events');
    for (const fn of Object.values(this.functions)) {
      alarm(`${pascal(fn.pipelineStage)}ErrorsAlarm`, fn.metricErrors({ ...fiveMinutes, statistic: 'Sum' }), 1, `${fn.pipelineStage} function errors`);
    }
    const sesMetric = (metricName: string) =>
      new cloudwatch.Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    alarm('SesBounceRateAlarm', sesMetric('Reputation.BounceRate'), SES_RATE_THRESHOLDS.bounce, 'SES bounce rate near the 5% review threshold');
    alarm('SesComplaintRateAlarm', sesMetric('Reputation.ComplaintRate'), SES_RATE_THRESHOLDS.complaint, 'SES complaint rate near the 0.1% review threshold');

    new CfnOutput(this, 'WebUrl', { value: this.webApi.apiEndpoint, description: 'Subscribe page and link target' });
    new CfnOutput(this, 'SendQueueUrl', { value: this.sendQueue.queueUrl });
  }
}

/** digest-index → DigestIndex, for construct ids. */
const pascal = (s: string) => s.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
