// The web edge in plain terms: a request and a response the Lambda handler and the local
// server both translate to and from. Every response carries the same security headers.
import { createHash } from 'node:crypto';

export interface WebRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  sourceIp: string;
}

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request we refuse, with a status and a message a person can act on. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const PAGE_CSS = `body{font:17px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;\
color:#1a1a1a;background:#f2f2f2;margin:0}
main{max-width:40rem;margin:0 auto;padding:1.5rem;background:#fff;min-height:100vh;box-sizing:border-box}
h1{font-size:1.6rem;margin:.2rem 0 1rem}a{color:#0b4f9c}
.brand{font-weight:bold;color:#4d4d4d;text-decoration:none}
fieldset{border:1px solid #bbb;border-radius:4px;margin:0 0 1.2rem;padding:.6rem 1rem 1rem}
legend{font-weight:bold;padding:0 .3rem}
label{display:block;margin:.3rem 0}
input[type=checkbox],input[type=radio]{width:24px;height:24px;margin:0 .5rem 0 0;vertical-align:middle}
.field-error{color:#b00020;font-weight:bold;margin:.2rem 0}
[aria-invalid=true]{border-color:#b00020;outline:2px solid #b00020}
input[type=email],select{font:inherit;width:100%;box-sizing:border-box;padding:.45rem;\
border:1px solid #767676;border-radius:4px}
.hint{color:#4d4d4d;font-size:.9rem;margin:.2rem 0 .6rem}
.columns{columns:2 14rem}
details{border-top:1px solid #ddd}details:last-of-type{border-bottom:1px solid #ddd}
summary{font-weight:bold;padding:.45rem 0;min-height:24px;cursor:pointer}.count{font-weight:normal;color:#4d4d4d}
.check{display:flex;align-items:flex-start;gap:.5rem;break-inside:avoid}.check input{flex:none;margin:0}
.columns .check{margin:0;padding:.15rem 0}
.whole{font-weight:bold}fieldset.area{margin:.2rem 0 .8rem;padding:.3rem .7rem .6rem}
button{font:inherit;font-weight:bold;background:#0b4f9c;color:#fff;border:0;border-radius:4px;\
padding:.6rem 1.4rem;cursor:pointer}
button.secondary{background:#fff;color:#0b4f9c;border:2px solid #0b4f9c}
button:focus,input:focus,select:focus,a:focus,summary:focus{outline:3px solid #f5a623;outline-offset:2px}
.error{border-left:4px solid #b00020;padding:.4rem .8rem;background:#fdecee}
.notice{border-left:4px solid #0b4f9c;padding:.4rem .8rem;background:#eef4fb}`;

const styleHash = createHash('sha256').update(PAGE_CSS).digest('base64');

/** CSP default-src 'none': the pages load nothing and run no script; only our one stylesheet. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    `default-src 'none'; style-src 'sha256-${styleHash}'; form-action 'self'; ` +
    `base-uri 'none'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // same-origin, not no-referrer: tokens in our URLs never leave the site, and our own form
  // posts carry their real Origin (no-referrer makes a browser send `Origin: null`).
  'referrer-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};

export function html(status: number, body: string, extra: Record<string, string> = {}): WebResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', ...extra }, body };
}

export function json(status: number, value: unknown, extra: Record<string, string> = {}): WebResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extra },
    body: JSON.stringify(value),
  };
}

/** A form field we refuse (400): the page marks that field invalid and ties the message to it. */
export class FieldError extends HttpError {
  constructor(
    readonly field: 'email' | 'topics' | 'frequency',
    message: string,
  ) {
    super(400, message);
    this.name = 'FieldError';
  }
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** application/x-www-form-urlencoded → multi-map. */
export function parseForm(body: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(body)) out.set(k, [...(out.get(k) ?? []), v]);
  return out;
}
