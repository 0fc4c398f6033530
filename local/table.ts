// Creates the table on the local stand-in from the one schema module the CDK app also uses.
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION } from '#schema';

export async function createTable(client: DynamoDBClient, name: string): Promise<string> {
  const d = TABLE_DEFINITION;
  const attributes = new Set<string>([
    d.partitionKey,
    d.sortKey,
    ...d.globalIndexes.flatMap((i) => [i.partition, i.sort]),
  ]);
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: d.partitionKey, KeyType: 'HASH' },
        { AttributeName: d.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: d.globalIndexes.map((i) => ({
        IndexName: i.name,
        KeySchema: [
          { AttributeName: i.partition, KeyType: 'HASH' },
          { AttributeName: i.sort, KeyType: 'RANGE' },
        ],
        Projection: i.projected.length
          ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...i.projected] }
          : { ProjectionType: 'ALL' },
      })),
      StreamSpecification: { StreamEnabled: true, StreamViewType: d.streamView },
    }),
  );
  await client
    .send(
      new UpdateTimeToLiveCommand({
        TableName: name,
        TimeToLiveSpecification: { Enabled: true, AttributeName: d.ttlAttribute },
      }),
    )
    .catch(() => undefined);
  const described = await client.send(new DescribeTableCommand({ TableName: name }));
  const arn = described.Table?.LatestStreamArn;
  if (!arn) throw new Error(`table ${name} has no stream`);
  return arn;
}
