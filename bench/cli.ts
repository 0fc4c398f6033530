// CLI start-up: `treaty-watch --help` and `extract --json` of one seed file, each as a median of
// fresh processes and as a ratio to `node -e 0` measured in the same run, interleaved, so load
// from elsewhere on the machine weighs on all three alike. The load average is printed with them.
// The same through npx, beside `npx --version` (npm's own start-up, which no build removes).
// BENCH_RUNS sets the rounds (default 7); BENCH_CLI_SOURCE=1 adds the same calls run from the
// TypeScript sources through tsx (TW_FROM_SOURCE=1), the way every call ran before the build.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import { median, row } from './stats';

const run = promisify(execFile);
const SEED = 'seeds/articles/001_fcd2b6148358c861.txt';

async function timedMs(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const t0 = performance.now();
  // ['npx', ...]: through npm, as the README runs it (npm's own start-up is in the figure).
  if (args[0] === 'npx') await run('npx', args.slice(1), { env, maxBuffer: 10 * 1024 * 1024 });
  else await run(process.execPath, args, { env, maxBuffer: 10 * 1024 * 1024 });
  return performance.now() - t0;
}

export async function benchCli(): Promise<string[]> {
  const rounds = Number(process.env.BENCH_RUNS ?? 7);
  const fromSource = process.env.BENCH_CLI_SOURCE === '1';
  const built = existsSync('dist/cli/inputs.json');
  const env = { ...process.env, TW_FROM_SOURCE: '' };
  const sourceEnv = { ...process.env, TW_FROM_SOURCE: '1' };
  const calls: [string, string[], NodeJS.ProcessEnv][] = [
    ['node -e 0', ['-e', '0'], env],
    ['treaty-watch --help', ['cli/bin.mjs', '--help'], env],
    ['treaty-watch extract --json (one seed file)', ['cli/bin.mjs', 'extract', '--json', SEED], env],
    ['npx --version (npm alone: the floor for any npx call)', ['npx', '--version'], env],
    ['npx treaty-watch --help', ['npx', 'treaty-watch', '--help'], env],
    ...(fromSource
      ? ([
          ['--help from the sources (tsx)', ['cli/bin.mjs', '--help'], sourceEnv],
          ['extract --json from the sources (tsx)', ['cli/bin.mjs', 'extract', '--json', SEED], sourceEnv],
        ] as [string, string[], NodeJS.ProcessEnv][])
      : []),
  ];
  const load0 = loadavg()[0];
  for (const [, args, e] of calls) await timedMs(args, e); // warm-up: file cache, tsx cache
  const times = calls.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (const [i, [, args, e]] of calls.entries()) times[i].push(await timedMs(args, e));
  }
  const load1 = loadavg()[0];
  const base = median(times[0]);
  return [
    `CLI start-up: median of ${rounds} fresh processes each, ` +
      `interleaved (${built ? 'dist/cli/ build present' : 'no build: the CLI ran from the sources'}; ` +
      `load average ${load0.toFixed(1)} → ${load1.toFixed(1)} on this machine)`,
    ...calls.map(([label], i) => {
      const m = median(times[i]);
      const goal = i === 1 ? '; goal < 0.5 s' : i === 2 ? '; goal < 1.5 s' : '';
      return row(
        label,
        i === 0
          ? `${(m / 1000).toFixed(2)} s`
          : `${(m / 1000).toFixed(2)} s  (${(m / base).toFixed(1)} × node -e 0${goal})`,
      );
    }),
  ];
}
