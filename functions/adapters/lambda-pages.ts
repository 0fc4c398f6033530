// The pages port on AWS: a synchronous invoke of the pages function (the feeds function waits
// for its answer, as it waited for its own fetches before the split). The SDK comes from the runtime.
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { PageResult } from '#core/records';
import type { PagesPort } from '#core/ports';

/** A request stays under Lambda's 6 MB synchronous payload: larger job lists go in several calls. */
const MAX_PAYLOAD_BYTES = 5_000_000;

export function lambdaPages(functionName: string, client = new LambdaClient({})): PagesPort {
  const invoke = async (payload: string): Promise<PageResult[]> => {
    const out = await client.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: 'RequestResponse',
        Payload: Buffer.from(payload),
      }),
    );
    const body = out.Payload ? JSON.parse(Buffer.from(out.Payload).toString('utf8')) : undefined;
    if (out.FunctionError)
      throw new Error(`the pages function failed: ${String(body?.errorMessage ?? out.FunctionError).slice(0, 300)}`);
    if (!Array.isArray(body?.results)) throw new Error('the pages function answered without results');
    return body.results as PageResult[];
  };
  return async (jobs, feed) => {
    const calls: string[] = [];
    let group: typeof jobs = [];
    const flush = () => group.length && calls.push(JSON.stringify({ feed, jobs: group }));
    for (const job of jobs) {
      if (group.length && JSON.stringify({ feed, jobs: [...group, job] }).length > MAX_PAYLOAD_BYTES) {
        flush();
        group = [];
      }
      group.push(job);
    }
    flush();
    return (await Promise.all(calls.map(invoke))).flat();
  };
}
