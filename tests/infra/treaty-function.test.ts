// Infra construct TreatyFunction: the house settings every function gets, and the bind*()
// helpers that set an environment variable and its IAM grant together.
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { TABLE_ACTIONS, TreatyFunction, entryOf, type FunctionName } from '#infra/constructs/treaty-function';
import { asArray, policyStatements } from './synth-app.ts';

const stackWith = (bundling: boolean) =>
  new Stack(new App({ context: bundling ? {} : { 'aws:cdk:bundling-stacks': [] } }), 'T');

function oneFunction(props: { isDev: boolean; bind?: (fn: TreatyFunction, stack: Stack) => void }) {
  const stack = stackWith(false);
  const fn = new TreatyFunction(stack, 'Fn', {
    name: 'send',
    description: 'test',
    stage: props.isDev ? 'dev' : 'prod',
    isDev: props.isDev,
  });
  props.bind?.(fn, stack);
  return { fn, template: Template.fromStack(stack) };
}

describe('TreatyFunction', { timeout: 30_000 }, () => {
  it('runs Node 22 on arm64 with a Powertools service name, log level and source maps', () => {
    const { template } = oneFunction({ isDev: false });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 256,
      Timeout: 30,
      Environment: {
        Variables: {
          STAGE: 'prod',
          POWERTOOLS_SERVICE_NAME: 'treaty-watch-send',
          LOG_LEVEL: 'INFO',
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
  });

  it('logs to its own log group: a week in dev, three months and retained elsewhere', () => {
    const dev = oneFunction({ isDev: true }).template;
    dev.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 7 }, DeletionPolicy: 'Delete' });
    const prod = oneFunction({ isDev: false }).template;
    prod.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 90 }, DeletionPolicy: 'Retain' });
    prod.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^FnLogGroup') } },
    });
  });

  it('may write to its own log group only, with no managed policy on its role', () => {
    const { template } = oneFunction({ isDev: true });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] },
      ManagedPolicyArns: Match.absent(),
    });
    const [logs] = policyStatements(template);
    expect(asArray(logs.Action).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(logs.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^FnLogGroup/), 'Arn'] });
  });

  it('bindTable sets TABLE_NAME and grants item access on the table and gsi1, never Scan', () => {
    const { template } = oneFunction({
      isDev: true,
      bind: (fn, stack) => {
        const table = new dynamodb.Table(stack, 'Table', {
          partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        });
        fn.bindTable(table, 'read');
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: Match.stringLikeRegexp('^Table') } }) },
    });
    const table = policyStatements(template).find((st) => asArray(st.Action).includes('dynamodb:Query'))!;
    expect(asArray(table.Action).sort()).toEqual([...TABLE_ACTIONS.read].sort());
    expect(JSON.stringify(table.Resource)).toMatch(/\/index\/gsi1"/);
    expect(asArray(table.Action)).not.toContain('dynamodb:Scan');
  });

  it('readWrite adds the write actions a transaction needs', () => {
    const { template } = oneFunction({
      isDev: true,
      bind: (fn, stack) =>
        fn.bindTable(
          new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }),
          'readWrite',
        ),
    });
    const actions = asArray(
      policyStatements(template).find((st) => asArray(st.Action).includes('dynamodb:Query'))!.Action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:BatchWriteItem',
      ]),
    );
    expect(actions).not.toContain('dynamodb:Scan');
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('bindTokenSecret and bindSendQueue set the variable the adapters read and grant only that resource', () => {
    const { template } = oneFunction({
      isDev: true,
      bind: (fn, stack) => {
        fn.bindTokenSecret(new secretsmanager.Secret(stack, 'Secret'));
        fn.bindSendQueue(new sqs.Queue(stack, 'Queue'));
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          TOKEN_SECRET_ARN: { Ref: Match.stringLikeRegexp('^Secret') },
          SEND_QUEUE_URL: { Ref: Match.stringLikeRegexp('^Queue') },
        }),
      },
    });
    const statements = policyStatements(template);
    const secret = statements.find((st) => asArray(st.Action).includes('secretsmanager:GetSecretValue'))!;
    expect(secret.Resource).toEqual({ Ref: expect.stringMatching(/^Secret/) });
    const queue = statements.find((st) => asArray(st.Action).includes('sqs:SendMessage'))!;
    expect(queue.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Queue/), 'Arn'] });
    expect(asArray(queue.Action)).not.toContain('sqs:ReceiveMessage');
  });

  it('carries placeholder code when CDK skips bundling, so tests do not need esbuild or the handlers', () => {
    const { template } = oneFunction({ isDev: true });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Code: { ZipFile: Match.stringLikeRegexp('placeholder: send was synthesized without bundling') },
    });
  });

  it('when bundling, names the missing handler file instead of failing inside esbuild', () => {
    const stack = stackWith(true);
    expect(
      () =>
        new TreatyFunction(stack, 'Ghost', {
          name: 'ghost' as FunctionName,
          description: 'x',
          stage: 'dev',
          isDev: true,
        }),
    ).toThrow(/handler not found at .*functions\/ghost\/handler\.ts/);
  });

  it('finds each stage at functions/<name>/handler.ts', () => {
    expect(entryOf('compose')).toMatch(/functions\/compose\/handler\.ts$/);
    expect(entryOf('send')).toMatch(/functions\/send\/handler\.ts$/);
  });
});
