// E-mail layer: subject lines (plain text, one line, length-capped; never HTML).
import { cleanSubject, cleanText } from './escape.ts';
import { actionPhrase, formatDate, latestAction, withArticle } from './format.ts';
import type { AlertItem, EditionContent } from '#core/edition-content';

/** Longest subject we emit, in characters (an ellipsis marks a cut). */
export const SUBJECT_MAX = 150;

function itemPhrase(item: AlertItem): string {
  const state = cleanText(item.stateName, 80) || cleanText(item.stateCode, 10);
  const phrase =
    item.kind === 'reminder'
      ? `withdrawal from ${withArticle(cleanText(item.treatyName, 100))} takes effect`
      : actionPhrase(latestAction(item.actions ?? []), cleanText(item.treatyName, 100));
  const date = formatDate(item.date, 'short');
  const when = date === 'date not stated' ? '' : ` (${date})`;
  const disputed = item.novelty === 'CONFLICT' ? ' [disputed]' : '';
  return `${state}: ${phrase}${when}${disputed}`;
}

/**
 * Subject for a list of developments. One item:
 * "Ukraine: withdrawal decreed from the Ottawa Convention (29 Jun 2025)";
 * several: "3 treaty developments: Ukraine (Ottawa Convention), Lithuania (Ottawa Convention), …".
 */
export function alertSubject(items: AlertItem[]): string {
  if (items.length === 0) return 'No new treaty developments';
  if (items.length === 1) return cleanSubject(itemPhrase(items[0]), SUBJECT_MAX);
  const names = [...new Set(items.map((i) => `${cleanText(i.stateName, 80)} (${cleanText(i.treatyName, 100)})`))];
  return cleanSubject(`${items.length} treaty developments: ${names.join(', ')}`, SUBJECT_MAX);
}

/** Subject for a whole edition, by kind. */
export function editionSubject(content: EditionContent): string {
  const items = content.items ?? [];
  const corrections = content.corrections ?? [];
  if (content.kind === 'confirmation') return 'Confirm your Treaty Watch subscription';
  const reminders = content.reminders ?? [];
  let body: string;
  if (items.length > 0) body = alertSubject(items);
  else if (reminders.length === 1) body = alertSubject(reminders);
  else if (reminders.length > 1) {
    const names = reminders.map((r) => `${cleanText(r.stateName, 80)} (${cleanText(r.treatyName, 100)})`);
    body = cleanSubject(`${reminders.length} withdrawals take effect: ${names.join(', ')}`, SUBJECT_MAX);
  } else if (corrections.length === 1) body = `Correction: ${alertSubject(corrections)}`;
  else if (corrections.length > 1) body = `${corrections.length} corrections and disputed facts`;
  else body = alertSubject([]);
  if (content.kind === 'daily') body = `Daily digest — ${body}`;
  if (content.kind === 'weekly') body = `Weekly digest — ${body}`;
  return cleanSubject(body, SUBJECT_MAX);
}
