// Canonical URLs: one spelling per page, so a re-fetched or re-posted link is recognised as
// the same article (tracking parameters, fragments, default ports, case and slashes removed).

/** Query parameters that only track a click; they never change what a page says. */
const TRACKING_EXACT = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'ocid',
  'ito',
  'smid',
  'sr_share',
  'spm',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'outputtype',
  'amp',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'at_medium',
  'at_campaign',
]);
const TRACKING_PREFIX = ['utm_', 'mc_', 'at_', 'pk_', 'mtm_', 'hmb_', 'ga_', 'vero_', 'fb_', 'ns_', 'trk_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIX.some((p) => n.startsWith(p));
}

/**
 * The identity form of a URL, or null when it is not an absolute http(s) URL.
 * http and https, `www.` or not, and a trailing slash are the same page for identity; the
 * URL as given is kept on the article for people.
 */
export function canonicalUrl(raw: string | undefined | null, base?: string): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > 4096) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .replace(/\.$/, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/{2,}/g, '/');
  path = path.replace(/\/(index|default)\.(html?|php|aspx?)$/i, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${port}${path === '/' ? '' : path}${query}`;
}
