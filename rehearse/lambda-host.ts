// Runs deployed Lambda assets the way the Node.js runtime does, each in its own Node process,
// from a sandbox outside the repository:
//   <sandbox>/node_modules/       the AWS SDK v3 and its dependencies, copied from the repository
//                                 (the runtime provides them; the bundles keep @aws-sdk/* external)
//   <sandbox>/runtime/bootstrap.mjs  the runtime stand-in (handler string, init, invoke, errors)
//   <sandbox>/<function>/         the asset folder exactly as cdk.out holds it (index.mjs, and
//                                 compose's node_modules)
// The bundles' imports resolve from their own folder upward: their node_modules, then the SDK
// folder, then nothing (no node_modules above the sandbox). NODE_PATH names the SDK folder too,
// as Lambda's NODE_PATH names /var/runtime/node_modules, for CommonJS requires.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BOOTSTRAP = fileURLToPath(new URL('./runtime/bootstrap.mjs', import.meta.url));

/** The answer of one invocation: a payload (parsed JSON), or the runtime's error shape. */
export interface Invocation {
  payload?: unknown;
  error?: { errorType: string; errorMessage: string; trace?: string[] };
  ms: number;
}

/** Where a package is found from `fromDir`, the way Node walks up node_modules folders. */
function packageDir(name: string, fromDir: string, root: string): string | undefined {
  root = root.replace(/\/+$/, '');
  for (let dir = fromDir.replace(/\/+$/, ''); dir.startsWith(root); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root) break;
  }
  return undefined;
}

/** Every @aws-sdk/* package of the repository and the packages they depend on, as folders. */
export function sdkClosure(root = REPO): string[] {
  const modules = join(root, 'node_modules');
  const sdk = join(modules, '@aws-sdk');
  const scoped = existsSync(sdk) ? readdirNames(sdk).map((n) => `@aws-sdk/${n}`) : [];
  const seen = new Set<string>();
  const queue = scoped.map((name) => ({ name, from: root }));
  while (queue.length > 0) {
    const { name, from } = queue.pop()!;
    const dir = packageDir(name, from, root);
    if (!dir || seen.has(dir)) continue;
    seen.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies });
    for (const dep of deps) queue.push({ name: dep, from: dir });
  }
  return [...seen].sort();
}

function readdirNames(dir: string): string[] {
  return readdirSync(dir).filter((n) => !n.startsWith('.'));
}

export class LambdaSandbox {
  private constructor(
    readonly dir: string,
    readonly sdkPackages: number,
  ) {}

  /** A fresh sandbox in the system temp folder, with the SDK closure and the bootstrap. */
  static create(): LambdaSandbox {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'treaty-watch-lambda-')));
    if (dir.startsWith(REPO)) throw new Error(`the sandbox ${dir} is inside the repository`);
    // A node_modules above the sandbox would be reachable by every bundle: refuse to run.
    for (let up = dirname(dir); ; up = dirname(up)) {
      const above = join(up, 'node_modules');
      if (existsSync(above)) throw new Error(`${above} exists: bundles could resolve from it`);
      if (up === dirname(up)) break;
    }
    const packages = sdkClosure();
    const modules = join(REPO, 'node_modules');
    for (const pkg of packages) {
      cpSync(pkg, join(dir, 'node_modules', relative(modules, pkg)), { recursive: true, dereference: true });
    }
    cpSync(BOOTSTRAP, join(dir, 'runtime', 'bootstrap.mjs'));
    return new LambdaSandbox(dir, packages.length);
  }

  /** Copy an asset folder in as a function's task root. */
  addTask(name: string, assetDir: string): string {
    const task = join(this.dir, name);
    cpSync(assetDir, task, { recursive: true, dereference: true });
    return task;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface HostedFunctionOptions {
  name: string;
  taskRoot: string;
  handler: string;
  /** The function's environment, references already resolved (plus AWS_* and endpoints). */
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  sandbox: LambdaSandbox;
}

/** What the bootstrap sends back: an init outcome, or the answer to invocation `id`. */
interface RuntimeMessage {
  id?: string;
  init?: { ok?: true; error?: Invocation['error'] };
  payload?: string;
  error?: Invocation['error'];
}

/** One warm Lambda execution environment: init at start, then invocations one at a time. */
export class HostedFunction {
  /** What the function wrote to stdout/stderr (its CloudWatch log), last 400 lines. */
  readonly log: string[] = [];
  initMs = 0;
  initError?: Invocation['error'];
  private child!: ChildProcess;
  private pending = new Map<string, (message: RuntimeMessage) => void>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly options: HostedFunctionOptions) {}

  async start(): Promise<this> {
    const o = this.options;
    const t0 = performance.now();
    this.child = spawn(process.execPath, [join(o.sandbox.dir, 'runtime', 'bootstrap.mjs')], {
      cwd: o.taskRoot,
      // Only what Lambda sets: nothing of this process's environment leaks in.
      env: {
        ...o.environment,
        LAMBDA_TASK_ROOT: o.taskRoot,
        _HANDLER: o.handler,
        AWS_LAMBDA_FUNCTION_NAME: o.name,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(o.memoryMb),
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
        NODE_PATH: join(o.sandbox.dir, 'node_modules'),
        TZ: ':UTC',
        LANG: 'en_US.UTF-8',
        PATH: '/usr/local/bin:/usr/bin:/bin',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const keep = (chunk: Buffer) => {
      this.log.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (this.log.length > 400) this.log.splice(0, this.log.length - 400);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    const init = await new Promise<{ ok?: true; error?: Invocation['error'] }>((resolve) => {
      this.child.on('message', (message: RuntimeMessage) => {
        if (message.id) this.pending.get(message.id)?.(message);
        else if (message.init) resolve(message.init);
      });
      this.child.once('exit', (code, signal) => {
        const errorType = 'Runtime.ExitError';
        const exited = (when: string) => ({
          error: { errorType, errorMessage: `exited${when} with ${code ?? signal}` },
        });
        resolve(exited(' during init'));
        for (const settle of this.pending.values()) settle(exited(''));
      });
    });
    this.initMs = performance.now() - t0;
    this.initError = init.error;
    return this;
  }

  /** Invoke synchronously (RequestResponse); calls queue up like one concurrent environment. */
  invoke(event: unknown): Promise<Invocation> {
    const run = this.queue.then(() => this.invokeNow(event));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private invokeNow(event: unknown): Promise<Invocation> {
    const t0 = performance.now();
    if (this.initError) return Promise.resolve({ error: this.initError, ms: 0 });
    const id = randomUUID();
    const timeoutMs = this.options.timeoutSeconds * 1000;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        const errorMessage = `Task timed out after ${this.options.timeoutSeconds} seconds`;
        resolve({ error: { errorType: 'Sandbox.Timedout', errorMessage }, ms: timeoutMs });
      }, timeoutMs);
      this.pending.set(id, (message) => {
        clearTimeout(timer);
        this.pending.delete(id);
        const ms = performance.now() - t0;
        resolve(message.error ? { error: message.error, ms } : { payload: JSON.parse(message.payload ?? 'null'), ms });
      });
      // The event crosses as JSON, as it does through the Runtime API.
      const payload = JSON.parse(JSON.stringify(event ?? null));
      this.child.send({ id, event: payload, deadlineMs: Date.now() + timeoutMs });
    });
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}
