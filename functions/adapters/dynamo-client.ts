// DynamoDB client construction. The endpoint comes from AWS_ENDPOINT_URL_DYNAMODB when set
// (DynamoDB Local), so the same code runs on AWS and on the laptop.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export function makeDocumentClient(client = new DynamoDBClient({})): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
}

/** Counts requests by operation, for the benchmark's "requests per article" figure. */
export class RequestCounter {
  readonly counts = new Map<string, number>();
  attach(doc: DynamoDBDocumentClient): this {
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        const name = String(context.commandName ?? 'unknown');
        this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
        return next(args);
      },
      { step: 'initialize', name: 'treatyWatchRequestCounter' },
    );
    return this;
  }
  total(kind: 'read' | 'write'): number {
    const reads = ['GetCommand', 'BatchGetCommand', 'QueryCommand', 'ScanCommand', 'GetItemCommand', 'BatchGetItemCommand', 'QueryCommand'];
    let n = 0;
    for (const [name, count] of this.counts) if (reads.includes(name) === (kind === 'read')) n += count;
    return n;
  }
  reset(): void {
    this.counts.clear();
  }
}
