// Pipeline mechanics for delivering queue messages, with no knowledge of e-mail or ledgers:
// messages are prepared a group at a time (the next group's reads already under way), their
// jobs are queued at most `lookahead` ahead of a pool of workers, and each message is settled
// once it is prepared and all of its jobs have finished. What a group's preparation, a job and
// a settled message mean is the caller's policy (see deliver.ts).

/**
 * Consecutive items that share a key, up to `max` units (`size`) per group. The first item
 * is always a group of its own, so the first jobs start after one small preparation.
 */
export function groupConsecutive<T>(
  items: T[],
  key: (item: T) => string,
  size: (item: T) => number,
  max: number,
): T[][] {
  const groups: T[][] = [];
  let units = 0; // in the last group
  for (const item of items) {
    const last = groups.length > 1 ? groups[groups.length - 1] : undefined;
    const n = size(item);
    if (last && key(last[0]) === key(item) && units + n <= max) {
      last.push(item);
      units += n;
    } else {
      groups.push([item]);
      units = n;
    }
  }
  return groups;
}

/** The caller's policy: what a group's preparation reads and does, what a job does, what settling does. */
export interface PipelineSteps<M, R, J> {
  /** What a group's preparation needs first; the next group's read runs while this group is prepared. */
  read(group: M[]): Promise<R>;
  /** Prepares a group, queueing its jobs (each for one of its messages); an error fails the group's messages. */
  prepare(group: M[], read: R, enqueue: (message: M, job: J) => void): Promise<void>;
  /** Runs one job; an error fails the job's message (its other jobs still run). */
  work(job: J, message: M): Promise<void>;
  /** Once per message, when it is prepared and its jobs have finished; awaited before the run resolves. */
  settled(message: M): Promise<void> | void;
}

export interface PipelineOptions {
  /** Jobs run at once. */
  workers: number;
  /** Groups are prepared while fewer queued jobs than this wait for a worker. */
  lookahead: number;
}

interface Progress {
  /** Queued or running jobs of the message. */
  outstanding: number;
  prepared: boolean;
  settled: boolean;
  /** The first error that hit the message (its read, its preparation or one of its jobs). */
  failure?: unknown;
}

/**
 * Runs `groups` (in order) through the steps; resolves when every message is settled and what
 * `settled` returned has resolved, with the failure of each message that had one.
 * Queued at any moment: fewer than `lookahead` + one group's jobs.
 */
export async function runPipeline<M, R, J>(
  groups: M[][],
  steps: PipelineSteps<M, R, J>,
  options: PipelineOptions,
): Promise<Map<M, unknown>> {
  const progress = new Map<M, Progress>();
  for (const m of groups.flat()) progress.set(m, { outstanding: 0, prepared: false, settled: false });
  const queue: { message: M; job: J }[] = [];
  const settling: (Promise<void> | void)[] = [];
  let preparing = true;
  let idle: (() => void)[] = [];
  let room: (() => void) | undefined;
  const wakeWorkers = () => {
    const waiting = idle;
    idle = [];
    for (const wake of waiting) wake();
  };
  const fail = (m: M, error: unknown) => {
    const p = progress.get(m)!;
    p.failure ??= error;
  };
  const settleIfDone = (m: M) => {
    const p = progress.get(m)!;
    if (p.settled || !p.prepared || p.outstanding > 0) return;
    p.settled = true;
    settling.push(steps.settled(m));
  };
  const enqueue = (message: M, job: J) => {
    progress.get(message)!.outstanding++;
    queue.push({ message, job });
  };

  // Groups are prepared one after another; the next group's reads are already under way
  // while this one is prepared.
  const prepare = async () => {
    const read = (k: number) =>
      k < groups.length
        ? steps.read(groups[k]).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          )
        : undefined;
    try {
      let next = read(0);
      for (let k = 0; k < groups.length; k++) {
        const group = groups[k];
        while (queue.length >= options.lookahead) await new Promise<void>((r) => (room = r));
        const reads = (await next)!;
        next = read(k + 1);
        try {
          if ('error' in reads) throw reads.error;
          await steps.prepare(group, reads.value, enqueue);
        } catch (error) {
          for (const m of group) fail(m, error);
        }
        for (const m of group) {
          progress.get(m)!.prepared = true;
          settleIfDone(m);
        }
        wakeWorkers();
      }
    } finally {
      preparing = false;
      wakeWorkers();
    }
  };

  const worker = async () => {
    for (;;) {
      const next = queue.shift();
      if (!next) {
        if (!preparing) return;
        await new Promise<void>((r) => idle.push(r));
        continue;
      }
      if (room && queue.length < options.lookahead) {
        const wake = room;
        room = undefined;
        wake();
      }
      try {
        await steps.work(next.job, next.message);
      } catch (error) {
        fail(next.message, error);
      } finally {
        progress.get(next.message)!.outstanding--;
        settleIfDone(next.message);
      }
    }
  };

  await Promise.all([prepare(), ...Array.from({ length: Math.max(1, options.workers) }, worker)]);
  await Promise.all(settling);
  const failures = new Map<M, unknown>();
  for (const [m, p] of progress) if (p.failure !== undefined) failures.set(m, p.failure);
  return failures;
}
