// The launcher runs the compiled CLI only while it is current; otherwise the TypeScript, saying why.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { staleReason } from '#cli/launch.mjs';

describe('cli/launch.mjs: when the build in dist/cli/ is used', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const repo = (builtAt: number) => {
    dir = `${mkdtempSync(join(tmpdir(), 'tw-launch-'))}/`;
    mkdirSync(`${dir}cli`, { recursive: true });
    writeFileSync(`${dir}cli/main.ts`, '');
    utimesSync(`${dir}cli/main.ts`, new Date(builtAt - 60_000), new Date(builtAt - 60_000));
    mkdirSync(`${dir}dist/cli`, { recursive: true });
    writeFileSync(`${dir}dist/cli/inputs.json`, JSON.stringify({ builtAt, inputs: ['cli/main.ts'] }));
  };

  it('a build newer than its sources is used', () => {
    repo(Date.now());
    expect(staleReason(dir)).toBeNull();
  });

  it('no build, a source edited or removed since: the sources run, and the reason is given', () => {
    repo(Date.now());
    writeFileSync(`${dir}cli/main.ts`, '// edited');
    utimesSync(`${dir}cli/main.ts`, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    expect(staleReason(dir)).toBe('cli/main.ts changed since the build');
    rmSync(`${dir}cli/main.ts`);
    expect(staleReason(dir)).toBe('cli/main.ts is gone since the build');
    rmSync(`${dir}dist`, { recursive: true });
    expect(staleReason(dir)).toBe('dist/cli/ is missing');
  });
});
