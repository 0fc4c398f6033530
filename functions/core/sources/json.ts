// JSON articles (the HTTP endpoint, S3 .json files, the direct-invoke event): one article
// object or { "articles": [...] }. Each item becomes a SourceInput; an item that cannot be
// an article becomes a rejection with its reason, and the rest of the batch goes on.
import type { SourceInput } from '../ingest';
import { articleFromHtml } from './html';

export const MAX_BATCH = 100;

const STRING_FIELDS = ['url', 'title', 'outlet', 'published', 'source'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function rawOf(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200_000) ?? String(value);
  } catch {
    return String(value);
  }
}

export interface JsonOptions {
  /** Items may carry a source's own `rejection` and `raw` (direct invoke from our own code). */
  trusted?: boolean;
  maxBatch?: number;
}

/** One JSON item → one SourceInput (possibly a rejection). `label` names where it came from. */
export function articleFromJson(item: unknown, label: string | undefined, options: JsonOptions = {}): SourceInput {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return { text: '', source: label, rejection: `item is ${describe(item)}, not an article object`, raw: rawOf(item) };
  }
  const o = item as Record<string, unknown>;
  // Detection labels a source by `source` first: prefer what the sender said, then the URL.
  const named = [o.source, o.url].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 4096,
  );
  const input: SourceInput = { text: '', ...((named ?? label) ? { source: named ?? label } : {}) };
  for (const field of STRING_FIELDS) {
    const v = o[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string')
      return { ...input, rejection: `${field} must be a string, got ${describe(v)}`, raw: rawOf(item) };
    if (field !== 'source' && v !== '') input[field] = v;
  }
  if (options.trusted && typeof o.rejection === 'string' && o.rejection) {
    return {
      ...input,
      ...(typeof o.text === 'string' ? { text: o.text } : {}),
      rejection: o.rejection,
      ...(typeof o.raw === 'string' ? { raw: o.raw } : {}),
    };
  }
  if (typeof o.text === 'string' && o.text.trim() !== '') {
    input.text = o.text;
    return input;
  }
  if (o.text !== undefined && o.text !== null && typeof o.text !== 'string')
    return { ...input, rejection: `text must be a string, got ${describe(o.text)}`, raw: rawOf(item) };
  if (typeof o.html === 'string' && o.html.trim() !== '') {
    const page = articleFromHtml(o.html);
    if (!page.ok) return { ...input, rejection: page.reason, raw: o.html };
    // What the sender said wins over what the page says.
    const { article } = page;
    return {
      ...input,
      text: article.text,
      title: input.title ?? article.title,
      published: input.published ?? article.published,
      outlet: input.outlet ?? article.outlet,
    };
  }
  if (o.html !== undefined && o.html !== null && typeof o.html !== 'string')
    return { ...input, rejection: `html must be a string, got ${describe(o.html)}`, raw: rawOf(item) };
  return { ...input, rejection: 'text or html is required (both missing or empty)', raw: rawOf(item) };
}

export type JsonArticles = { ok: true; items: SourceInput[] } | { ok: false; reason: string; tooLarge?: boolean };

/** A parsed JSON body → its articles, or why the body as a whole is unusable. */
export function articlesFromJson(value: unknown, label: string | undefined, options: JsonOptions = {}): JsonArticles {
  const maxBatch = options.maxBatch ?? MAX_BATCH;
  if (value === null || typeof value !== 'object')
    return { ok: false, reason: `body is ${describe(value)}; send one article object or {"articles": [...]}` };
  if (Array.isArray(value)) return { ok: false, reason: 'body is an array; wrap it as {"articles": [...]}' };
  const o = value as Record<string, unknown>;
  if ('articles' in o) {
    if (!Array.isArray(o.articles))
      return { ok: false, reason: `"articles" is ${describe(o.articles)}; it must be an array` };
    if (o.articles.length === 0) return { ok: false, reason: '"articles" is empty' };
    if (o.articles.length > maxBatch)
      return { ok: false, reason: `batch of ${o.articles.length} articles; the limit is ${maxBatch}`, tooLarge: true };
    return { ok: true, items: o.articles.map((item, i) => articleFromJson(item, label && `${label}#${i}`, options)) };
  }
  return { ok: true, items: [articleFromJson(o, label, options)] };
}

export { cleanDate } from './dates';
