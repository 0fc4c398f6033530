// The public record's page frame: the subscribe pages' stylesheet plus a few rules for lists
// and tables, the same security headers (CSP default-src 'none', one hashed stylesheet, no
// script), and cache validators so browsers and CloudFront revalidate with a 304.
import { createHash } from 'node:crypto';
import { PAGE_CSS, SECURITY_HEADERS, type WebRequest, type WebResponse } from '#web/app/http';
import { escapeHtml, escapeText, safeUrl } from '#emails/escape';

export const RECORD_CSS = `${PAGE_CSS}
header nav ul,.inline{list-style:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
.muted,.meta{color:#4d4d4d;font-size:.9rem}
.entries{list-style:none;padding:0;margin:0}
.entries>li{border-top:1px solid #d0d0d0;padding:.8rem 0}
.entries h2,.entries h3{font-size:1.1rem;margin:0 0 .3rem}.entries p{margin:.2rem 0}
.standing{border-top:1px solid #d0d0d0;padding:.8rem 0}
.standing h3{font-size:1.15rem;margin:0 0 .3rem}
dl{margin:.3rem 0;display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.2rem .8rem}
dt{font-weight:bold}dd{margin:0}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;background:#0b4f9c;color:#fff;font-size:.8rem;
font-weight:bold}
.badge.withdrawing,.badge.suspended{background:#8a4b00}.badge.withdrawn,.badge.revoked{background:#b00020}
.disputed{border-left:4px solid #b00020;padding:.3rem .8rem;background:#fdecee;margin:.4rem 0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #d0d0d0;vertical-align:top}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
.follow{margin:1rem 0;padding:.6rem .8rem;background:#eef4fb;border-left:4px solid #0b4f9c}
.pager{display:flex;justify-content:space-between;gap:1rem;margin:1rem 0}
ol.sources{margin:.2rem 0;padding-left:1.4rem}
a{overflow-wrap:anywhere}
@media (max-width:30rem){main{padding:1rem}dl{grid-template-columns:1fr;gap:0}dd{margin:0 0 .4rem}}`;

const cspFor = (css: string) =>
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'; ` +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const RECORD_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'content-security-policy': cspFor(RECORD_CSS),
};

/** Article-derived text for HTML: controls and bidi overrides removed, then escaped. */
export const t = (value: unknown, max = 2000) => escapeText(value, max);
export const attr = (value: string) => escapeHtml(value);
export { safeUrl };

export interface FeedLinks {
  atom: string;
  json: string;
  title: string;
}

export function recordLayout(title: string, body: string, feeds?: FeedLinks): string {
  const alternate = feeds
    ? `\n<link rel="alternate" type="application/atom+xml" title="${attr(feeds.title)} (Atom)" ` +
      `href="${attr(feeds.atom)}">` +
      `\n<link rel="alternate" type="application/feed+json" title="${attr(feeds.title)} (JSON Feed)" ` +
      `href="${attr(feeds.json)}">`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t(title, 300)} — Treaty Watch</title>${alternate}
<style>${RECORD_CSS}</style>
</head>
<body>
<main>
<header>
<p><a class="brand" href="/archive">Treaty Watch</a></p>
<nav aria-label="Site">
<ul>
<li><a href="/archive">Archive</a></li>
<li><a href="/treaties">Treaties</a></li>
<li><a href="/feed.xml">Feed</a></li>
<li><a href="/subscribe">Subscribe</a></li>
</ul>
</nav>
</header>
${body}
</main>
</body>
</html>`;
}

/** Strong validator of the exact bytes served. */
export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** If-None-Match: "*" or a list of (weak or strong) tags; weak comparison, as RFC 9110 asks for GET. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/**
 * A cacheable answer: ETag on every 200, 304 (no body) when the client already holds it.
 * `maxAge` is what browsers and CloudFront may serve without asking again.
 */
export function cacheable(
  req: WebRequest,
  status: number,
  type: string,
  body: string,
  maxAge: number,
  headers = RECORD_HEADERS,
): WebResponse {
  const etag = etagOf(body);
  const out = { ...headers, 'content-type': type, etag, 'cache-control': `public, max-age=${maxAge}` };
  if (status === 200 && matchesEtag(req.headers['if-none-match'], etag)) return { status: 304, headers: out, body: '' };
  return { status, headers: out, body };
}

export const PAGE_MAX_AGE = 300;
export const html = 'text/html; charset=utf-8';

/** A 404/405 page in the record's frame (not cached long: the data may appear). */
export function notFound(message: string): WebResponse {
  const body = recordLayout(
    'Not found',
    `<h1>Not found</h1>\n<p class="error" role="alert">${t(message)}</p>\n` +
      '<p><a href="/archive">Go to the archive</a> · <a href="/treaties">All treaties</a></p>',
  );
  return {
    status: 404,
    headers: { ...RECORD_HEADERS, 'content-type': html, 'cache-control': 'public, max-age=60' },
    body,
  };
}
