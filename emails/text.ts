// E-mail layer: the plain-text part, derived from the rendered HTML so both parts say the same thing.
import { convert, type HtmlToTextOptions } from 'html-to-text';

const OPTIONS: HtmlToTextOptions = {
  wordwrap: 78,
  selectors: [
    // The preheader is for inbox previews only (MJML renders it as a hidden div).
    { selector: 'div[style*="display:none"]', format: 'skip' },
    { selector: 'img', format: 'skip' },
    // mj-divider renders as an empty <p> with a top border.
    { selector: 'p[style*="border-top"]', format: 'horizontalLine', options: { length: 40 } },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['<', '>'] } },
    // Lines that link to a page the text part names once, after them.
    { selector: 'a[data-tw-quiet]', format: 'anchor', options: { ignoreHref: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'ul', options: { itemPrefix: ' - ' } },
  ],
};

/** Readable plain text with link targets shown as <url>; placeholders pass through untouched. */
export function htmlToText(html: string): string {
  return `${convert(html, OPTIONS)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
