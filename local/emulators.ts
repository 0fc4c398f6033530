// The local stand-ins: DynamoDB Local (AWS's own emulator, the jar inside the npm package
// amplify-dynamodb-simulator, run with the machine's Java) and aws-ses-v2-local, each on a
// free port, each stopped with the process group that started it.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface Emulator {
  name: string;
  endpoint: string;
  port: number;
  /** The stand-in's process (for CPU accounting in the benchmarks). */
  pid?: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Polls `check` until it answers true; a child that exits first, or is never ready, fails the start (and is stopped). */
export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  child: ChildProcess,
  // Java's start takes seconds on a quiet machine and over 30 s on a loaded 2-core one (CI beside other work).
  timeoutMs = 90_000,
): Promise<void> {
  const started = Date.now();
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited with ${code ?? signal}`));
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`${what} ${exited} before it was ready`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  // Never ready: stop it here, or the JVM outlives the failed start (seen: three DynamoDB Locals left by a loaded CI).
  child.kill('SIGKILL');
  throw new Error(`${what} was not ready within ${timeoutMs} ms`);
}

/** Children still running when this process exits are killed with it (no orphaned stand-ins). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function stopper(child: ChildProcess): () => Promise<void> {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** Where the DynamoDB Local jar ships inside the amplify-dynamodb-simulator package. */
export function dynamoJarDir(): string {
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

/**
 * JVM flags for DynamoDB Local, by how long it will run.
 * - quick (the default): tests, replays, the CLI. On a small machine the C2 compiler spends
 *   most of a short run compiling DynamoDB Local itself (a TransactWrite costs two to three
 *   times its warm price for the first minute). C1 only (TieredStopAtLevel=1) compiles
 *   quickly and cheaply, and the serial collector keeps GC off the other cores: half the CPU
 *   per request of the JVM's defaults early on, and half the start-up time.
 * - full: long runs (a session kept up with --serve, the send benchmark). C2 as usual: after
 *   ~10k ledger rows it has compiled the hot paths and a request costs about a third of C1's.
 * TW_DYNAMODB_JIT=quick|full picks one (over the caller's default); TW_DYNAMODB_JVM_OPTS replaces the flags outright.
 */
export const DYNAMODB_JVM_PROFILES = {
  quick: ['-Xmx1g', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'],
  full: ['-Xmx1g', '-XX:+UseSerialGC'],
} as const;

export type DynamoJit = keyof typeof DYNAMODB_JVM_PROFILES;

export function dynamoJvmOptions(env: NodeJS.ProcessEnv = process.env, jit: DynamoJit = 'quick'): string[] {
  const explicit = env.TW_DYNAMODB_JVM_OPTS?.split(' ').filter(Boolean);
  if (explicit?.length) return explicit;
  const profile = env.TW_DYNAMODB_JIT ?? jit;
  if (profile !== 'quick' && profile !== 'full')
    throw new Error(`TW_DYNAMODB_JIT must be quick or full, not ${profile}`);
  return [...DYNAMODB_JVM_PROFILES[profile]];
}

/** `jit`: the profile for this run unless TW_DYNAMODB_JIT names one. */
export async function startDynamoDbLocal(options: { jit?: DynamoJit } = {}): Promise<Emulator> {
  const port = await freePort();
  const dir = dynamoJarDir();
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      ...dynamoJvmOptions(process.env, options.jit),
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-port',
      String(port),
      '-disableTelemetry',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  child.on('error', (e) => (stderr += String(e)));
  const endpoint = `http://127.0.0.1:${port}`;
  // Any HTTP answer (DynamoDB Local says 400 to a bare GET) means it is listening.
  await waitFor(async () => (await fetch(endpoint)).status > 0, 'DynamoDB Local', child).catch((e) => {
    throw new Error(`${(e as Error).message}\n${stderr}\nIs Java 17 installed (java -version)?`);
  });
  return { name: 'DynamoDB Local', endpoint, port, pid: child.pid, stop: stopper(child) };
}

/** What the local SES answers to GetAccount (AWS_SES_ACCOUNT): the send quota the sender paces to. */
export function sesAccount(maxSendRate: number): string {
  return JSON.stringify({
    DedicatedIpAutoWarmupEnabled: false,
    Details: {
      AdditionalContactEmailAddresses: [],
      ContactLanguage: 'EN',
      MailType: 'MARKETING',
      ReviewDetails: { CaseId: 'local', Status: 'GRANTED' },
      UseCaseDescription: 'Treaty Watch local stand-in',
      WebsiteURL: 'http://localhost',
    },
    EnforcementStatus: 'HEALTHY',
    ProductionAccessEnabled: true,
    SendQuota: { Max24HourSend: 1_000_000, MaxSendRate: maxSendRate, SentLast24Hours: 0 },
    SendingEnabled: true,
    SuppressionAttributes: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
  });
}

export async function startSesLocal(options: { maxSendRate?: number } = {}): Promise<Emulator> {
  const port = await freePort();
  const cli = join(dirname(require.resolve('aws-ses-v2-local/package.json')), 'dist', 'cli.js');
  const child = spawn(process.execPath, [cli, '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, AWS_SES_ACCOUNT: sesAccount(options.maxSendRate ?? 1000) },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${endpoint}/health-check`)).ok, 'aws-ses-v2-local', child);
  return { name: 'aws-ses-v2-local', endpoint, port, pid: child.pid, stop: stopper(child) };
}

/**
 * HTTP settings for clients of the local SES: keep-alive, but an idle socket is dropped after
 * 2 s, before the stand-in's own 5 s keep-alive timeout can close it under a request (a
 * "socket hang up" the sender must treat as an unknown outcome, never retried).
 */
export function sesLocalHttp() {
  return { requestHandler: { httpAgent: new Agent({ keepAlive: true, timeout: 2_000 }) } };
}

/** An e-mail as the local SES store keeps it (GET /store). */
export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: { name: string; value: string }[];
  at: number;
}

export async function readSesStore(endpoint: string): Promise<StoredEmail[]> {
  const res = await fetch(`${endpoint}/store`);
  if (!res.ok) throw new Error(`SES store answered ${res.status}`);
  return ((await res.json()) as { emails: StoredEmail[] }).emails;
}
