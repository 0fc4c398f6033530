// Infra policy: every cdk-nag AwsSolutions finding we accept, each on the narrowest construct
// and with its reason. Any finding not acknowledged here fails synthesis (and the tests).

import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { StatefulStack } from './stateful-stack.ts';
import { INGEST_PREFIX, type StatelessStack } from './stateless-stack.ts';

/** cdk-nag v3 findings are policy-validation violations, namespaced by the pack. */
export const nagId = (rule: string, finding?: string) =>
  `AwsSolutions::AwsSolutions-${rule}${finding ? `[${finding}]` : ''}`;

export interface NagAcknowledgment {
  readonly scope: IConstruct;
  readonly id: string;
  readonly reason: string;
}

/** The acknowledgments, as data (the tests check each has a reason). */
export function nagAcknowledgments(stateful: StatefulStack, stateless: StatelessStack): NagAcknowledgment[] {
  const fns = stateless.functions;
  const acks: NagAcknowledgment[] = [
    {
      scope: stateful.tokenSecret,
      id: nagId('SMG4'),
      reason:
        'The HMAC key signs subscriber links that stay valid for weeks; automatic rotation would break every link in ' +
        'mailboxes. Rotation is a planned manual step (add a second key, verify with both, then retire the old one).',
    },
    {
      scope: stateful.ingestApiKey,
      id: nagId('SMG4'),
      reason:
        "The ingest API key is held by the operator's own clients; an automatic rotation would lock them out without " +
        'warning. Rotate by hand: put-secret-value, update the clients, then wait for warm functions to recycle ' +
        '(README).',
    },
    {
      scope: stateless.node.findChild('IngestRoute'),
      id: nagId('APIG4'),
      reason:
        'POST /articles is authenticated in the ingest-http function: a Bearer key from Secrets Manager compared by ' +
        'SHA-256 ' +
        'in constant time (401 otherwise); the route is the only one on its API and the stage is throttled to 5 req/s.',
    },
    {
      scope: bucketNotificationsHandlerRole(stateless),
      id: nagId('IAM4', 'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'),
      reason:
        "CDK's own BucketNotificationsHandler (it sets the ingest bucket's ObjectCreated notification at deploy " +
        'time) ' +
        'ships with AWSLambdaBasicExecutionRole for its logs; it runs only during deployments and holds no data ' +
        'access.',
    },
    {
      scope: stateless.failureQueue,
      id: nagId('SQS3'),
      reason:
        'This queue is itself a dead-letter destination: the on-failure target of the stream mappings, ' +
        'the schedules, ' +
        'the SES feedback rule and the S3 drop function. It has a depth alarm; a DLQ of a DLQ would add nothing.',
    },
    ...[fns.detect, fns.compose].map((fn) => ({
      scope: fn.role!,
      id: nagId('IAM5', 'Resource::*'),
      reason:
        'dynamodb:ListStreams, added by the DynamoDB stream event source, has no resource-level permissions in IAM; ' +
        'every other stream action is scoped to the table stream ARN.',
    })),
    {
      scope: stateless.sesQuotaPolicy,
      id: nagId('IAM5', 'Resource::*'),
      reason:
        'ses:GetAccount (read MaxSendRate to pace sends) is an account-level action with no resource type in IAM, ' +
        'so it can only be granted on "*". ses:SendEmail is scoped to the identity and configuration set ARNs.',
    },
    {
      scope: stateless.sesSuppressionPolicy,
      id: nagId('IAM5', 'Resource::*'),
      reason:
        'ses:PutSuppressedDestination writes the account-level suppression list, which has no resource type in IAM; ' +
        'the statement allows that one action and sits in its own policy on the feedback role.',
    },
    {
      scope: stateless.node.findChild('WebRoute'),
      id: nagId('APIG4'),
      reason:
        'The web pages are public by design (anyone may subscribe). Every state-changing link carries an HMAC-SHA256 ' +
        'token (subscriber, purpose, expiry) checked in the function; the stage is throttled.',
    },
    {
      scope: stateless.webDistribution.distribution,
      id: nagId('CFR1'),
      reason: 'The public record and the subscribe pages are for readers anywhere; there is no country to exclude.',
    },
    {
      scope: stateless.webDistribution.distribution,
      id: nagId('CFR2'),
      reason:
        'No WAF web ACL: the record is cached public HTML (an edge hit costs the origin nothing), the web ' +
        'API stage is throttled (20 req/s, burst 40), subscribe requests are rate-limited per address and ' +
        'per network in the function, and a CloudFront web ACL would have to live in a us-east-1 stack of ' +
        'its own. Add one there if abuse appears.',
    },
    {
      scope: stateless.webDistribution.distribution,
      id: nagId('CFR3'),
      reason:
        'No CloudFront standard logs: they record every viewer IP and full query string, and confirm and ' +
        'unsubscribe links carry signed tokens in theirs. Requests that reach the origin are in the web API ' +
        'access log (no IP, no query string); edge hits and error rates are in the distribution metrics.',
    },
    {
      scope: stateless.webDistribution.distribution,
      id: nagId('CFR4'),
      reason:
        "The stacks hold no custom domain (publicBaseUrl: the domain mapping is the operator's), so the " +
        'distribution uses the *.cloudfront.net certificate, whose security policy cannot be pinned. With a ' +
        'domain and an ACM certificate, set minimumProtocolVersion TLSv1.2_2021. The origin connection is ' +
        'TLS 1.2 only.',
    },
    ...Object.values(fns).map((fn) => ({
      scope: fn,
      id: nagId('L1'),
      reason:
        'Node.js 22 is the runtime the project targets (DESIGN §3) and is supported by Lambda; ' +
        'moving to a newer runtime is a deliberate upgrade.',
    })),
  ];
  {
    const bucket = stateless.ingestBucket.node.defaultChild as CfnElement;
    acks.push({
      scope: fns['ingest-s3'].role!,
      id: nagId(
        'IAM5',
        `Resource::<${Stack.of(bucket).resolve(Stack.of(bucket).getLogicalId(bucket))}.Arn>/${INGEST_PREFIX}*`,
      ),
      reason:
        `s3:GetObject (the only S3 action granted) on objects under ${INGEST_PREFIX} of the ingest bucket: ` +
        `the keys are ` +
        'whatever operators drop, so they cannot be listed in advance; no other prefix or bucket.',
    });
  }
  for (const [name, role] of Object.entries(stateless.schedulerRoles)) {
    const fn = fns[name as keyof typeof fns];
    const logicalId = Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnElement);
    acks.push({
      scope: role,
      id: nagId('IAM5', `Resource::<${Stack.of(fn).resolve(logicalId)}.Arn>:*`),
      reason:
        `lambda:InvokeFunction on the ${name} function and its versions/aliases (ARN:*), ` +
        `granted by the scheduler target; no other function.`,
    });
  }
  return acks;
}

/** The role of CDK's singleton S3 notifications handler (it exists once a bucket has a notification). */
function bucketNotificationsHandlerRole(stateless: StatelessStack): IConstruct {
  const handler = stateless.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
  if (!handler)
    throw new Error(
      'nag.ts: no BucketNotificationsHandler in the stateless stack (did the ingest bucket lose its notification?)',
    );
  return handler.node.findChild('Role');
}

/** Record the acknowledgments on the constructs, where cdk-nag's report picks them up. */
export function acknowledgeNagFindings(stateful: StatefulStack, stateless: StatelessStack): NagAcknowledgment[] {
  const acks = nagAcknowledgments(stateful, stateless);
  for (const { scope, id, reason } of acks) Validations.of(scope).acknowledge({ id, reason });
  return acks;
}
