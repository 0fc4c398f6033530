// The resources the templates' references point at, made on the local stand-ins: the table
// (from the stateful template's own properties) on DynamoDB Local; secrets, queues and the drop
// bucket on moto. Each reference a function's environment holds resolves to one of these.
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { resolveValue, type Assembly, type DeployedFunction } from './assembly.ts';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const CREDENTIALS = { accessKeyId: 'rehearsal', secretAccessKey: 'rehearsal' };

export interface Endpoints {
  dynamodb: string;
  ses: string;
  moto: string;
  lambda: string;
}

export interface Physical {
  ref: string;
  attributes: Record<string, string>;
}

export class LocalResources {
  readonly stateful = new Map<string, Physical>();
  readonly stateless = new Map<string, Physical>();
  readonly dynamo: DynamoDBClient;
  readonly sqs: SQSClient;
  readonly secrets: SecretsManagerClient;
  readonly s3: S3Client;

  constructor(
    readonly assembly: Assembly,
    readonly endpoints: Endpoints,
  ) {
    const common = { region: REGION, credentials: CREDENTIALS };
    this.dynamo = new DynamoDBClient({ ...common, endpoint: endpoints.dynamodb });
    this.sqs = new SQSClient({ ...common, endpoint: endpoints.moto });
    this.secrets = new SecretsManagerClient({ ...common, endpoint: endpoints.moto });
    this.s3 = new S3Client({ ...common, endpoint: endpoints.moto, forcePathStyle: true });
  }

  /** Creates what the templates hold that a function's environment or trigger reaches. */
  async create(): Promise<void> {
    const { stateful, stateless } = this.assembly;
    for (const [id, r] of Object.entries(stateful.template.Resources)) {
      const p = r.Properties ?? {};
      if (r.Type === 'AWS::DynamoDB::Table') {
        const name = `${stateful.name}-${id}`;
        await this.dynamo.send(
          new CreateTableCommand({
            TableName: name,
            AttributeDefinitions: p.AttributeDefinitions as never,
            KeySchema: p.KeySchema as never,
            GlobalSecondaryIndexes: p.GlobalSecondaryIndexes as never,
            BillingMode: p.BillingMode as never,
            StreamSpecification: p.StreamSpecification
              ? { StreamEnabled: true, ...(p.StreamSpecification as object) }
              : undefined,
          }),
        );
        const table = (await this.dynamo.send(new DescribeTableCommand({ TableName: name }))).Table!;
        const attributes = { Arn: table.TableArn!, StreamArn: table.LatestStreamArn ?? '' };
        this.stateful.set(id, { ref: name, attributes });
      } else if (r.Type === 'AWS::SecretsManager::Secret') {
        const length = (p.GenerateSecretString as { PasswordLength?: number } | undefined)?.PasswordLength ?? 32;
        const value = randomBytes(length).toString('base64url').slice(0, length);
        const out = await this.secrets.send(new CreateSecretCommand({ Name: `${id}-rehearsal`, SecretString: value }));
        this.stateful.set(id, { ref: out.ARN!, attributes: {} });
      } else if (r.Type === 'AWS::SES::EmailIdentity') {
        this.stateful.set(id, { ref: String(p.EmailIdentity), attributes: {} });
      }
    }
    for (const [id, r] of Object.entries(stateless.template.Resources)) {
      if (r.Type === 'AWS::SQS::Queue') {
        const url = (await this.sqs.send(new CreateQueueCommand({ QueueName: id }))).QueueUrl!;
        const attrs = await this.sqs.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
        );
        this.stateless.set(id, { ref: url, attributes: { Arn: attrs.Attributes!.QueueArn!, QueueName: id } });
      } else if (r.Type === 'AWS::S3::Bucket') {
        const name = `${stateless.name}-${id}`.toLowerCase().slice(0, 63);
        await this.s3.send(new CreateBucketCommand({ Bucket: name }));
        this.stateless.set(id, { ref: name, attributes: { Arn: `arn:aws:s3:::${name}` } });
      } else if (r.Type === 'AWS::Lambda::Function') {
        const name = `${stateless.name}-${id}`;
        const arn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
        this.stateless.set(id, { ref: name, attributes: { Arn: arn } });
      } else if (r.Type === 'AWS::ApiGatewayV2::Api') {
        // The API itself is not stood in for: the functions get its endpoint as a value for links.
        const apiId = id.slice(0, 10).toLowerCase();
        const endpoint = `https://${apiId}.execute-api.${REGION}.amazonaws.com`;
        this.stateless.set(id, { ref: apiId, attributes: { ApiEndpoint: endpoint } });
      } else if (r.Type === 'AWS::CloudFront::Distribution') {
        // Not stood in for either: PUBLIC_BASE_URL gets the distribution's domain as a value for links.
        const domain = `${id.slice(0, 13).toLowerCase()}.cloudfront.net`;
        this.stateless.set(id, { ref: id, attributes: { DomainName: domain } });
      }
    }
  }

  /** A function's environment as CloudFormation would set it, with these resources. */
  environmentOf(fn: DeployedFunction): Record<string, string> {
    const lookup = (map: Map<string, Physical>, stack: string) => (logicalId: string, attribute?: string) => {
      const physical = map.get(logicalId);
      const value = attribute ? physical?.attributes[attribute] : physical?.ref;
      const what = `${stack} ${logicalId}${attribute ? `.${attribute}` : ''}`;
      if (value === undefined) throw new Error(`${fn.name}: no local stand-in for ${what}`);
      return value;
    };
    const pseudo = {
      'AWS::Region': REGION,
      'AWS::AccountId': ACCOUNT,
      'AWS::Partition': 'aws',
      'AWS::URLSuffix': 'amazonaws.com',
    };
    const stacks = { stateful: lookup(this.stateful, 'stateful'), stateless: lookup(this.stateless, 'stateless') };
    const resolve = (v: unknown) => resolveValue(v, this.assembly, stacks, pseudo);
    return Object.fromEntries(Object.entries(fn.environment).map(([k, v]) => [k, resolve(v)]));
  }

  /** What the Lambda service adds, and the endpoints of the stand-ins (the one non-AWS part). */
  runtimeEnvironment(fn: DeployedFunction): Record<string, string> {
    return {
      AWS_REGION: REGION,
      AWS_DEFAULT_REGION: REGION,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_SESSION_TOKEN: 'rehearsal',
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${this.stateless.get(fn.logicalId)?.ref ?? fn.name}`,
      AWS_ENDPOINT_URL_DYNAMODB: this.endpoints.dynamodb,
      AWS_ENDPOINT_URL_DYNAMODB_STREAMS: this.endpoints.dynamodb,
      AWS_ENDPOINT_URL_SESV2: this.endpoints.ses,
      AWS_ENDPOINT_URL_SQS: this.endpoints.moto,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: this.endpoints.moto,
      AWS_ENDPOINT_URL_S3: this.endpoints.moto,
      AWS_ENDPOINT_URL_LAMBDA: this.endpoints.lambda,
    };
  }

  tableName(): string {
    return [...this.stateful.values()].find((p) => p.attributes.StreamArn !== undefined)!.ref;
  }

  streamArn(): string {
    return [...this.stateful.values()].find((p) => p.attributes.StreamArn !== undefined)!.attributes.StreamArn;
  }

  secretArn(logicalPrefix: string): string {
    const id = [...this.stateful.keys()].find((k) => k.startsWith(logicalPrefix));
    if (!id) throw new Error(`no secret ${logicalPrefix}`);
    return this.stateful.get(id)!.ref;
  }

  physical(logicalId: string): Physical {
    const p = this.stateless.get(logicalId);
    if (!p) throw new Error(`no stand-in for ${logicalId}`);
    return p;
  }
}
