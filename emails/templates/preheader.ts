// E-mail layer: the preheader (the grey line an inbox shows after the subject). Plain text; escaped by documentMjml.
import { cleanText, truncate } from '../escape.ts';
import type { AlertItem } from '#core/edition-content';

/** First headline, then "and N more"; capped at 140 characters. */
export function preheaderFor(items: AlertItem[], empty: string): string {
  if (items.length === 0) return empty;
  const first = cleanText(items[0].headline, 120);
  const more = items.length > 1 ? ` — and ${items.length - 1} more` : '';
  return truncate(first + more, 140);
}
