// Source dates: kept apart from the parsers so a module that only needs the date (feed.ts)
// does not bundle the HTML stack.

/** A date a person or a page gave, as ISO 8601, or undefined if it is not a date. */
export function cleanDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const t = Date.parse(value.trim());
  if (Number.isNaN(t)) return undefined;
  try {
    return new Date(t).toISOString();
  } catch {
    return undefined;
  }
}
