// E-mail layer: recipient placeholders left in a rendered edition and filled by personalise().
//
// Why these can't collide with article text: cleanText() shrinks every run of `%` in untrusted
// input to a single `%`, and safeUrl() rejects URLs with a `%` that is not a hex escape, so
// `%%TW_` only ever appears where a template put it.

export const PLACEHOLDERS = {
  unsubscribeUrl: '%%TW_UNSUBSCRIBE_URL%%',
  preferencesUrl: '%%TW_PREFERENCES_URL%%',
  confirmUrl: '%%TW_CONFIRM_URL%%',
  reason: '%%TW_REASON%%',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Matches any placeholder-shaped token, known or not (unknown ones are a template bug). */
export const PLACEHOLDER_PATTERN = /%%TW_([A-Z_]+)%%/g;

/** Token body (e.g. "UNSUBSCRIBE_URL") → field of RecipientTokens. */
export const PLACEHOLDER_BY_TOKEN: Record<string, PlaceholderName> = Object.fromEntries(
  (Object.entries(PLACEHOLDERS) as [PlaceholderName, string][]).map(([name, token]) => [token.slice(5, -2), name]),
);
