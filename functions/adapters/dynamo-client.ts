// DynamoDB client construction. The endpoint comes from AWS_ENDPOINT_URL_DYNAMODB when set
// (DynamoDB Local), so the same code runs on AWS and on the laptop.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sdkLogger } from './sdk-logger';

export function makeDocumentClient(client = new DynamoDBClient({ logger: sdkLogger })): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
}

/** Counts requests by stage and operation, for the benchmark's "requests per article" figure. */
export class RequestCounter {
  /** stage → operation → count */
  readonly counts = new Map<string, Map<string, number>>();
  /** The stage the next requests belong to; the local driver sets it around each handler call. */
  stage = 'other';

  attach(doc: DynamoDBDocumentClient): this {
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        const name = String(context.commandName ?? 'unknown').replace(/Command$/, '');
        const byOp = this.counts.get(this.stage) ?? new Map<string, number>();
        byOp.set(name, (byOp.get(name) ?? 0) + 1);
        this.counts.set(this.stage, byOp);
        return next(args);
      },
      { step: 'initialize', name: 'treatyWatchRequestCounter' },
    );
    return this;
  }

  /** Reads or writes, over the given stages (all when none are named). */
  total(kind: 'read' | 'write', stages?: string[]): number {
    const reads = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan']);
    let n = 0;
    for (const [stage, ops] of this.counts) {
      if (stages && !stages.includes(stage)) continue;
      for (const [op, count] of ops) if (reads.has(op) === (kind === 'read')) n += count;
    }
    return n;
  }

  reset(): void {
    this.counts.clear();
  }
}
