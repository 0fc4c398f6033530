// E-mail layer: the daily/weekly digest template (developments grouped by treaty, then corrections).
import { escapeText } from '../escape.ts';
import type { AlertItem, EditionContent } from '#core/edition-content';
import { CORRECTIONS_NOTE, CORRECTIONS_TITLE } from './alert.mjml.ts';
import {
  documentMjml,
  footerSection,
  groupHeadingHtml,
  itemHtml,
  mastheadSection,
  textSection,
  THEME,
} from './blocks.ts';
import { preheaderFor } from './preheader.ts';

export const REMINDERS_TITLE = 'Taking effect';
export const REMINDERS_NOTE = 'Withdrawals whose effective date has arrived, as the record holds it on that day.';

/** Items grouped by treaty, groups in order of first appearance. */
export function groupByTreaty(items: AlertItem[]): { treatyName: string; items: AlertItem[] }[] {
  const groups = new Map<string, { treatyName: string; items: AlertItem[] }>();
  for (const item of items) {
    const key = item.treatyId || item.treatyName;
    let g = groups.get(key);
    if (!g) {
      g = { treatyName: item.treatyName, items: [] };
      groups.set(key, g);
    }
    g.items.push(item);
  }
  return [...groups.values()];
}

function countLine(items: AlertItem[], groups: number, period: string): string {
  if (items.length === 0) return `No new treaty developments ${period}.`;
  const devs = items.length === 1 ? '1 development' : `${items.length} developments`;
  const treaties = groups === 1 ? '1 treaty' : `${groups} treaties`;
  return `${devs} in ${treaties} ${period}, grouped by treaty.`;
}

/** MJML for a daily or weekly digest. */
export function digestMjml(content: EditionContent, subject: string): string {
  const weekly = content.kind === 'weekly';
  const items = content.items ?? [];
  const corrections = content.corrections ?? [];
  const groups = groupByTreaty(items);
  const period = weekly ? 'this week' : 'in the last day';
  const sections = [mastheadSection(weekly ? 'Weekly digest' : 'Daily digest', content.generatedAt, content.webUrl)];
  sections.push(
    textSection([
      `<p style="margin:0;color:${THEME.muted};">${escapeText(countLine(items, groups.length, period))}</p>`,
    ]),
  );
  for (const g of groups) {
    sections.push(textSection([groupHeadingHtml(g.treatyName), ...g.items.map((i) => itemHtml(i, 'h3'))]));
  }
  const reminders = content.reminders ?? [];
  if (reminders.length) {
    const heading = groupHeadingHtml(REMINDERS_TITLE, REMINDERS_NOTE);
    sections.push(textSection([heading, ...reminders.map((i) => itemHtml(i, 'h3'))]));
  }
  if (corrections.length) {
    sections.push(
      textSection([
        groupHeadingHtml(CORRECTIONS_TITLE, CORRECTIONS_NOTE),
        ...corrections.map((i) => itemHtml(i, 'h3')),
      ]),
    );
  }
  sections.push(footerSection());
  const empty = countLine(items, groups.length, period);
  return documentMjml(subject, preheaderFor([...items, ...reminders, ...corrections], empty), sections);
}
