// Builds a handler's dependencies on first invocation (cold start), not at import, so tests
// and the local driver can import handler modules without a Lambda environment.
export function lazyHandler<E, R>(
  build: () => (event: E, context?: unknown) => Promise<R>,
): (event: E, context?: unknown) => Promise<R> {
  let built: ((event: E, context?: unknown) => Promise<R>) | undefined;
  return (event, context) => {
    built ??= build();
    return built(event, context);
  };
}
