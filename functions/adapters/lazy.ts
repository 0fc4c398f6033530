// The one memo for cold-start reuse: a function's dependencies (and anything slow they need, such
// as a secret) are built on first use, not at import, so tests and the local driver can import
// handler modules without a Lambda environment, and a warm container reuses what it built.

/**
 * `build` runs on the first call; later calls get its result. A build that throws, or whose
 * promise rejects, is not kept: the next call builds again (a transient Secrets Manager error
 * does not leave the container broken until it is recycled).
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    if (built) return built.value;
    const value = build();
    built = { value };
    if (value instanceof Promise) {
      value.catch(() => {
        if (built?.value === value) built = undefined;
      });
    }
    return value;
  };
}

/** A handler whose dependencies are built by `build` on its first invocation (cold start). */
export function lazyHandler<E, R>(
  build: () => ((event: E, context?: unknown) => Promise<R>) | Promise<(event: E, context?: unknown) => Promise<R>>,
): (event: E, context?: unknown) => Promise<R> {
  const ready = once(async () => build());
  return async (event, context) => (await ready())(event, context);
}
