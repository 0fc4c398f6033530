// A stand-in that never answers must not outlive its failed start: a loaded CI once left three DynamoDB Locals running.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { waitFor } from '#local/emulators';

describe('starting a stand-in', () => {
  it('stops the process when it is never ready, and says what was waited for', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    const exited = once(child, 'exit');
    await expect(waitFor(async () => false, 'the test stand-in', child, 300)).rejects.toThrow(
      'the test stand-in was not ready within 300 ms',
    );
    const [code, signal] = await exited;
    expect(code).toBeNull();
    expect(signal).toBe('SIGKILL');
  });

  it('returns as soon as the check answers, leaving the process running', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    let calls = 0;
    await waitFor(async () => ++calls >= 2, 'the test stand-in', child, 5_000);
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();
    child.kill('SIGKILL');
    await once(child, 'exit');
  });
});
