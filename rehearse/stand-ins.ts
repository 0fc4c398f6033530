// Stand-ins the rehearsals add to the project's own (local/emulators.ts):
// - moto_server (Python, installed on these machines; nothing fetched): SQS, Secrets Manager, S3,
//   and for `npm run rehearse` CloudFormation and everything it creates;
// - an HTTP front that answers a few calls itself and passes the rest to an upstream: the Lambda
//   Invoke API (runs the deployed code with Node, see lambda-host.ts) and SES v2's account
//   suppression list, which aws-ses-v2-local lacks.
import { spawn } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort, type Emulator } from '../local/emulators.ts';

export async function startMoto(): Promise<Emulator> {
  const port = await freePort();
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (e) => reject(new Error(`moto_server could not start (${e.message}): is moto 5 on PATH?`)));
    child.once('exit', (code) => reject(new Error(`moto_server exited with ${code}: ${stderr.slice(-500)}`)));
  });
  failed.catch(() => undefined);
  const endpoint = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    const up = await Promise.race([
      fetch(`${endpoint}/moto-api/data.json`).then(
        (r) => r.ok,
        () => false,
      ),
      failed,
    ]);
    if (up) break;
    if (Date.now() - started > 30_000) throw new Error(`moto_server not ready after 30 s: ${stderr.slice(-500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { name: 'moto', endpoint, port, pid: child.pid, stop };
}

export interface FrontAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}
/** Answers a request itself, or returns undefined to pass it upstream. */
export type Intercept = (req: IncomingMessage, body: Buffer) => Promise<FrontAnswer | undefined>;

/** An HTTP front on a free loopback port: `intercept` first, then the upstream (if any), else 404. */
export async function startFront(name: string, intercept: Intercept, upstream?: string): Promise<Emulator> {
  const server = createServer((req, res) => void handle(req, res));
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    try {
      const answer = await intercept(req, body);
      if (answer) {
        res.writeHead(answer.status, answer.headers ?? {});
        return void res.end(answer.body);
      }
      if (!upstream) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ message: `${name}: ${req.method} ${req.url} is not stood in for` }));
      }
      const target = new URL(req.url ?? '/', upstream);
      const options = { method: req.method, headers: { ...req.headers, host: target.host } };
      const forward = httpRequest(target, options, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      forward.on('error', (e) => {
        res.writeHead(502);
        res.end(String(e));
      });
      forward.end(body);
    } catch (error) {
      const message = `${name}: ${(error as Error).message}`;
      // Query-protocol clients (CloudFormation) read XML errors; the others JSON.
      if (String(req.headers['content-type']).includes('x-www-form-urlencoded')) {
        res.writeHead(400, { 'content-type': 'text/xml' });
        const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const error = `<Error><Type>Sender</Type><Code>RehearsalShim</Code><Message>${escaped}</Message></Error>`;
        return void res.end(`<ErrorResponse>${error}<RequestId>0</RequestId></ErrorResponse>`);
      }
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message }));
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    name,
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Suppression {
  EmailAddress: string;
  Reason: string;
}

/**
 * SES v2 with an account suppression list: PutSuppressedDestination is answered here and
 * remembered (aws-ses-v2-local has no such call); everything else goes to the local SES.
 */
export async function startSesFront(sesEndpoint: string): Promise<Emulator & { suppressed: Suppression[] }> {
  const suppressed: Suppression[] = [];
  const front = await startFront(
    'SES suppression list',
    async (req, body) => {
      if (req.method !== 'PUT' || !req.url?.startsWith('/v2/email/suppression/addresses')) return undefined;
      suppressed.push(JSON.parse(body.toString('utf8')) as Suppression);
      return { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
    },
    sesEndpoint,
  );
  return Object.assign(front, { suppressed });
}

/** What the Lambda front runs when a function is invoked through the API. */
export type InvokeRunner = (
  functionName: string,
  payload: unknown,
  async: boolean,
) => Promise<{ payload?: unknown; error?: { errorType: string; errorMessage: string } } | undefined>;

/**
 * The Lambda API's Invoke (POST /2015-03-31/functions/{name}/invocations) answered by `run`;
 * a function `run` does not know, and every other Lambda call, goes to the upstream.
 */
export async function startLambdaFront(run: InvokeRunner, upstream?: string) {
  const invocations: string[] = [];
  const front = await startFront(
    'Lambda Invoke',
    async (req, body): Promise<FrontAnswer | undefined> => {
      const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) return undefined;
      const name = decodeURIComponent(match[1]).split(':function:').pop()!.split(':')[0];
      const async = req.headers['x-amz-invocation-type'] === 'Event';
      const text = body.toString('utf8');
      const answer = await run(name, text ? JSON.parse(text) : {}, async);
      if (!answer) return undefined;
      invocations.push(name);
      if (async) return { status: 202, body: '' };
      if (answer.error) {
        const headers = { 'x-amz-function-error': 'Unhandled', 'content-type': 'application/json' };
        return { status: 200, headers, body: JSON.stringify(answer.error) };
      }
      const headers = { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' };
      return { status: 200, headers, body: JSON.stringify(answer.payload ?? null) };
    },
    upstream,
  );
  return Object.assign(front, { invocations });
}
