// The configured feed list (the FEEDS setting, or a one-off list in the feeds function's event).
// Apart from feed.ts so that reading the configuration does not bundle the feed parser.
import { canonicalUrl } from '../canonical-url';

export interface FeedConfig {
  url: string;
  /** Outlet name for the articles (defaults to the feed's own title). */
  outlet?: string;
}

/** Parses the FEEDS setting: a JSON list of URLs or { url, outlet } objects. */
export function parseFeedList(value: string | undefined): FeedConfig[] {
  if (!value || value.trim() === '') return [];
  const list = JSON.parse(value) as unknown;
  if (!Array.isArray(list)) throw new Error('FEEDS must be a JSON array of URLs or {"url", "outlet"} objects');
  return list.map((f, i) => {
    const url = typeof f === 'string' ? f : (f as FeedConfig)?.url;
    if (typeof url !== 'string' || !canonicalUrl(url)) throw new Error(`FEEDS[${i}] is not an http(s) URL`);
    const outlet =
      typeof f === 'object' && f && typeof (f as FeedConfig).outlet === 'string' ? (f as FeedConfig).outlet : undefined;
    return { url, ...(outlet ? { outlet } : {}) };
  });
}
