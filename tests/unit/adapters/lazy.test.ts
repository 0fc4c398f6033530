// The one memo for cold-start reuse: built on first use, shared after, rebuilt after a failure.
import { describe, expect, it } from 'vitest';
import { lazyHandler, once } from '#adapters/lazy';

describe('once and lazyHandler', () => {
  it('builds on the first call only, and shares a pending build between concurrent callers', async () => {
    let builds = 0;
    const ready = once(async () => ++builds);
    expect(builds).toBe(0); // nothing before the first call
    const [a, b] = await Promise.all([ready(), ready()]);
    expect([a, b, await ready(), builds]).toEqual([1, 1, 1, 1]);
  });

  it('builds again after a build that threw or rejected (a transient secret read does not stick)', async () => {
    let calls = 0;
    const sync = once(() => {
      if (++calls === 1) throw new Error('not yet');
      return calls;
    });
    expect(() => sync()).toThrow('not yet');
    expect(sync()).toBe(2);
    let attempts = 0;
    const ready = once(async () => {
      if (++attempts === 1) throw new Error('Secrets Manager timed out');
      return attempts;
    });
    await expect(ready()).rejects.toThrow('timed out');
    expect(await ready()).toBe(2);
    expect(await ready()).toBe(2);
  });

  it('a lazy handler builds its dependencies at its first invocation, once', async () => {
    const built: string[] = [];
    const handler = lazyHandler(async () => {
      built.push('deps');
      return async (event: number) => event * 2;
    });
    expect(built).toEqual([]);
    expect(await Promise.all([handler(1), handler(2)])).toEqual([2, 4]);
    expect(await handler(3)).toBe(6);
    expect(built).toEqual(['deps']);
  });
});
