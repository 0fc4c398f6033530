// Evaluates a Lambda event filter pattern (the equality subset we use) against a record,
// so the local driver routes stream records exactly as the deployed mappings do.
type Pattern = { readonly [key: string]: Pattern | readonly (string | number | boolean)[] };

export function matchesPattern(pattern: Pattern, value: unknown): boolean {
  for (const [key, expected] of Object.entries(pattern)) {
    const actual = (value as Record<string, unknown> | undefined)?.[key];
    if (Array.isArray(expected)) {
      if (!expected.includes(actual as never)) return false;
    } else if (!matchesPattern(expected as Pattern, actual)) {
      return false;
    }
  }
  return true;
}
