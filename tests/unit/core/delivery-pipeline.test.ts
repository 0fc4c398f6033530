// The delivery pipeline's mechanics alone (no e-mail, no ledger): grouping, read-ahead,
// look-ahead, the worker pool, per-message settling and failures.
import { describe, expect, it } from 'vitest';
import { groupConsecutive, runPipeline, type PipelineSteps } from '#core/delivery-pipeline';

interface Msg {
  id: string;
  key: string;
  jobs: number;
}
const msg = (id: string, jobs: number, key = 'e1'): Msg => ({ id, key, jobs });
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Steps that queue `jobs` jobs per message and log what happens, in order. */
function recording(overrides: Partial<PipelineSteps<Msg, string, string>> = {}) {
  const log: string[] = [];
  const steps: PipelineSteps<Msg, string, string> = {
    read: async (group) => {
      log.push(`read ${group.map((m) => m.id).join('+')}`);
      return group.map((m) => m.id).join('+');
    },
    prepare: async (group, read, enqueue) => {
      log.push(`prepare ${read}`);
      for (const m of group) for (let j = 0; j < m.jobs; j++) enqueue(m, `${m.id}.${j}`);
    },
    work: async (job) => {
      log.push(`work ${job}`);
    },
    settled: (m) => void log.push(`settled ${m.id}`),
    ...overrides,
  };
  return { log, steps };
}

describe('grouping messages for one preparation', () => {
  const size = (m: Msg) => m.jobs;
  const key = (m: Msg) => m.key;
  const ids = (groups: Msg[][]) => groups.map((g) => g.map((m) => m.id));

  it('keeps the first message alone, then fills groups of one key up to the limit', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => msg(id, 25));
    const groups = groupConsecutive(items, key, size, 100);
    expect(ids(groups)).toEqual([['a'], ['b', 'c', 'd', 'e'], ['f']]);
  });

  it('starts a new group when the key changes, even with room left', () => {
    const groups = groupConsecutive([msg('a', 1), msg('b', 1), msg('c', 1, 'e2'), msg('d', 1)], key, size, 100);
    expect(ids(groups)).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('an item larger than the limit is a group of its own; nothing is lost or reordered', () => {
    const items = [msg('a', 5), msg('b', 150), msg('c', 60), msg('d', 40), msg('e', 1)];
    const groups = groupConsecutive(items, key, size, 100);
    expect(ids(groups)).toEqual([['a'], ['b'], ['c', 'd'], ['e']]);
    expect(groups.flat()).toEqual(items);
    expect(groupConsecutive([], key, size, 100)).toEqual([]);
  });
});

describe('running the pipeline', () => {
  it('runs every job once and settles each message once, after all of its jobs', async () => {
    const { log, steps } = recording();
    const groups = [[msg('a', 2)], [msg('b', 3), msg('c', 0)]];
    const failures = await runPipeline(groups, steps, { workers: 2, lookahead: 10 });
    expect(failures.size).toBe(0);
    const work = log.filter((l) => l.startsWith('work')).sort();
    expect(work).toEqual(['work a.0', 'work a.1', 'work b.0', 'work b.1', 'work b.2']);
    for (const id of ['a', 'b', 'c']) expect(log.filter((l) => l === `settled ${id}`)).toHaveLength(1);
    const lastWork = (id: string) => Math.max(...log.map((l, i) => (l.startsWith(`work ${id}.`) ? i : -1)));
    expect(log.indexOf('settled a')).toBeGreaterThan(lastWork('a'));
    expect(log.indexOf('settled b')).toBeGreaterThan(lastWork('b'));
    expect(log.indexOf('settled c')).toBeGreaterThan(log.indexOf('prepare b+c')); // no jobs: settled once prepared
  });

  it('waits for what settling returned before it resolves', async () => {
    let marked = false;
    const { steps } = recording({
      settled: async () => {
        await tick();
        marked = true;
      },
    });
    await runPipeline([[msg('a', 1)]], steps, { workers: 1, lookahead: 10 });
    expect(marked).toBe(true);
  });

  it('reads the next group while this group is prepared', async () => {
    let readAheadSeen = false;
    const base = recording();
    const { log, steps } = recording({
      prepare: async (group, read, enqueue) => {
        if (read === 'a') {
          await tick();
          readAheadSeen = log.includes('read b'); // the next read is under way before this preparation ends
        }
        await base.steps.prepare(group, read, enqueue);
      },
    });
    const failures = await runPipeline([[msg('a', 1)], [msg('b', 1)]], steps, { workers: 1, lookahead: 10 });
    expect(failures.size).toBe(0);
    expect(readAheadSeen).toBe(true);
    expect(log.filter((l) => l.startsWith('settled'))).toHaveLength(2);
  });

  it('prepares the next group only while fewer than `lookahead` jobs wait for a worker', async () => {
    let started = 0;
    let prepared = 0;
    let worst = 0;
    const steps: PipelineSteps<Msg, undefined, number> = {
      read: async () => undefined,
      prepare: async (group, _read, enqueue) => {
        for (const m of group) for (let j = 0; j < m.jobs; j++) enqueue(m, prepared++);
        worst = Math.max(worst, prepared - started); // queued or running, and not yet started
      },
      work: async () => {
        started++;
        await tick();
      },
      settled: () => undefined,
    };
    const groups = Array.from({ length: 20 }, (_, i) => [msg(`m${i}`, 10)]);
    await runPipeline(groups, steps, { workers: 2, lookahead: 15 });
    expect(prepared).toBe(200);
    expect(worst).toBeLessThan(15 + 10); // < lookahead, plus one group
  });

  it('runs at most `workers` jobs at once', async () => {
    let running = 0;
    let most = 0;
    const { steps } = recording({
      work: async () => {
        most = Math.max(most, ++running);
        await tick();
        running--;
      },
    });
    await runPipeline([[msg('a', 20)], [msg('b', 20)]], steps, { workers: 3, lookahead: 100 });
    expect(most).toBe(3);
  });

  it("a failed read or preparation fails that group's messages only; the others go on", async () => {
    const { log, steps } = recording({
      read: async (group) => {
        if (group[0].id === 'b') throw new Error('read failed');
        return group.map((m) => m.id).join('+');
      },
    });
    const groups = [[msg('a', 1)], [msg('b', 1), msg('c', 1)], [msg('d', 1)]];
    const failures = await runPipeline(groups, steps, { workers: 2, lookahead: 10 });
    expect([...failures.keys()].map((m) => m.id)).toEqual(['b', 'c']);
    expect(String(failures.get(groups[1][0]))).toMatch(/read failed/);
    expect(log.filter((l) => l.startsWith('work')).sort()).toEqual(['work a.0', 'work d.0']);
    expect(log.filter((l) => l.startsWith('settled'))).toHaveLength(4); // the failed ones settle too

    const prepareFails = recording({ prepare: async () => Promise.reject(new Error('claim failed')) });
    const failed = await runPipeline([[msg('x', 1)]], prepareFails.steps, { workers: 1, lookahead: 10 });
    expect(String(failed.get([...failed.keys()][0]))).toMatch(/claim failed/);
  });

  it("a failed job fails its message with the first error; the message's other jobs still run", async () => {
    const { log, steps } = recording({
      work: async (job) => {
        log.push(`work ${job}`);
        if (job.startsWith('a.')) throw new Error(`job ${job} failed`);
      },
    });
    const groups = [[msg('a', 3)], [msg('b', 2)]];
    const failures = await runPipeline(groups, steps, { workers: 1, lookahead: 10 });
    expect(failures.size).toBe(1);
    expect(String(failures.get(groups[0][0]))).toBe('Error: job a.0 failed');
    expect(log.filter((l) => l.startsWith('work'))).toHaveLength(5);
    expect(log.filter((l) => l.startsWith('settled'))).toEqual(['settled a', 'settled b']);
  });

  it('nothing to run: resolves at once', async () => {
    const { steps } = recording();
    expect((await runPipeline([], steps, { workers: 4, lookahead: 10 })).size).toBe(0);
  });
});
