// Named errors the edges (handlers, CLI, HTTP) map to outcomes. Each carries a readable reason.

/** The article was already processed: a redelivered stream record, nothing to do. */
export class AlreadyDetected extends Error {
  constructor(readonly articleId: string) {
    super(`article ${articleId} was already processed`);
    this.name = 'AlreadyDetected';
  }
}

/** A timeline changed under us between read and write: reload and decide again. */
export class TimelineMoved extends Error {
  constructor() {
    super('a timeline changed during detection');
    this.name = 'TimelineMoved';
  }
}

/** A configuration value is missing or malformed; raised once, at cold start. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}
