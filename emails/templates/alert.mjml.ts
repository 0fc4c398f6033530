// E-mail layer: the instant alert template (one or a few developments, then any corrections).
import type { EditionContent } from '#core/edition-content';
import { documentMjml, footerSection, groupHeadingHtml, itemHtml, mastheadSection, textSection } from './blocks.ts';
import { preheaderFor } from './preheader.ts';

export const CORRECTIONS_TITLE = 'Corrections and disputed facts';
export const CORRECTIONS_NOTE =
  'These reports contradict what we hold on record. We show both sides; check the sources.';

/** MJML for an instant alert. */
export function alertMjml(content: EditionContent, subject: string): string {
  const items = content.items ?? [];
  const corrections = content.corrections ?? [];
  const reminder = items.length > 0 && items.every((i) => i.kind === 'reminder');
  const sections = [mastheadSection(reminder ? 'Reminder' : 'Instant alert', content.generatedAt, content.webUrl)];
  if (items.length) sections.push(textSection(items.map((i) => itemHtml(i, 'h2'))));
  if (corrections.length) {
    sections.push(
      textSection([
        groupHeadingHtml(CORRECTIONS_TITLE, CORRECTIONS_NOTE),
        ...corrections.map((i) => itemHtml(i, 'h3')),
      ]),
    );
  }
  sections.push(footerSection());
  return documentMjml(subject, preheaderFor([...items, ...corrections], 'Treaty Watch alert'), sections);
}
