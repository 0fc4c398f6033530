// E-mail layer: turning untrusted text and URLs into something safe to put in HTML, MJML and headers.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escape for HTML text and double- or single-quoted attribute values. Escaping `<` also keeps
 * MJML from ever seeing a tag (`</mj-text><mj-raw>` arrives as `&lt;/mj-text&gt;…`).
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// C0/C1 controls (including CR/LF/TAB), and bidi overrides that could disguise text or links.
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Normalise untrusted text to one plain line: controls and bidi overrides become spaces,
 * whitespace is collapsed, and runs of `%` shrink to one so that no input can spell a
 * placeholder (`%%TW_…%%`) in the HTML or the text part.
 */
export function cleanText(value: unknown, maxLength = 2000): string {
  if (value === null || value === undefined) return '';
  let s = String(value).replace(CONTROL_OR_BIDI, ' ').replace(/%{2,}/g, '%').replace(/\s+/g, ' ').trim();
  if (s.length > maxLength) s = truncate(s, maxLength);
  return s;
}

/** cleanText, then escapeHtml: the one call for any untrusted string bound for the HTML. */
export function escapeText(value: unknown, maxLength?: number): string {
  return escapeHtml(cleanText(value, maxLength));
}

/** Cut to at most `max` code points, at a word boundary when one is near, ending in "…". */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length - 20 && space > 0) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/**
 * An http(s) URL fit for an href, or null. Drops other schemes (javascript:, data:, mailto:),
 * URLs with credentials (a phishing trick), whitespace or controls, and malformed `%`
 * escapes (which also rules out placeholder look-alikes). The result still needs escapeHtml.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const raw = value.trim();
  if (raw === '' || raw.length > 2048 || /[\s\u0000-\u001f\u007f-\u009f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const href = url.href;
  if (/%(?![0-9A-Fa-f]{2})/.test(href)) return null;
  return href;
}

/** A header-safe one-line subject: no CR/LF or controls, collapsed spaces, at most `max` characters. */
export function cleanSubject(value: string, max = 150): string {
  return cleanText(value, max);
}
