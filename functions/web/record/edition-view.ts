// An edition's web view: the HTML compose rendered (and mailed), with no recipient's tokens.
// The footer paragraphs that carry placeholders ("why you got this", preferences, unsubscribe)
// are dropped, and a bar links back to the archive. Its own CSP: e-mail HTML is styled inline
// (MJML writes style attributes and <style> blocks), so styles are allowed inline; nothing
// else loads or runs (default-src 'none', no script, sandbox), as on every other page.
import { escapeHtml, escapeText } from '#emails/escape';
import { PLACEHOLDER_PATTERN } from '#emails/placeholders';
import type { Edition } from '#core/records';
import { SECURITY_HEADERS } from '#web/app/http';

export const EDITION_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; base-uri 'none'; " +
    "frame-ancestors 'none'; " +
    'sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation',
};

/** A paragraph (or list item) of ours that holds a recipient placeholder. */
const PERSONAL_BLOCK = /<(p|li)\b[^>]*>(?:(?!<\/\1>)[\s\S])*?%%TW_[A-Z_]+%%(?:(?!<\/\1>)[\s\S])*?<\/\1>/g;
/** "View in browser" (and the " · " before it in the masthead) is pointless on the page itself. */
const SELF_LINK = (url: string) =>
  new RegExp(`(?: · )?<a\\b[^>]*href="${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>[^<]*</a>`, 'g');

const BAR_STYLE =
  'font:15px/1.5 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;background:#ffffff;' +
  'border-bottom:1px solid #d0d0d0;padding:10px 16px;';
const LINK_STYLE = 'color:#0b4f9c;text-decoration:underline;margin-right:16px;white-space:nowrap;display:inline-block;';

/** The page: the stored HTML without recipient parts, a bar on top, `selfUrl` links removed. */
export function editionWebView(
  edition: Pick<Edition, 'html'>,
  about: { href: string; text: string }[] = [],
  selfUrl?: string,
): string {
  let html = edition.html.replace(PERSONAL_BLOCK, '');
  // Anything placeholder-shaped left (a template change we did not foresee) goes too.
  html = html.replace(PLACEHOLDER_PATTERN, '');
  if (selfUrl) html = html.replace(SELF_LINK(selfUrl), '');
  const bar =
    `<nav aria-label="Treaty Watch" style="${BAR_STYLE}"><strong>Treaty Watch archive</strong> &nbsp; ` +
    `<a href="/archive" style="${LINK_STYLE}">All editions</a><a href="/treaties" style="${LINK_STYLE}">Treaties</a>` +
    `<a href="/subscribe" style="${LINK_STYLE}">Subscribe</a>` +
    (about.length
      ? `<br>About: ${about
          .map((a) => `<a href="${escapeHtml(a.href)}" style="${LINK_STYLE}">${escapeText(a.text, 200)}</a>`)
          .join('')}`
      : '') +
    '</nav>';
  return /<body\b[^>]*>/i.test(html) ? html.replace(/<body\b[^>]*>/i, (m) => `${m}\n${bar}`) : `${bar}\n${html}`;
}
