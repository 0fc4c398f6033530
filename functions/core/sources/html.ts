// HTML → the article's main text: Readability over linkedom, then block-aware text from the
// article's DOM (dom-text.ts; no second HTML parse). A page with too little main text (a section
// front, a login wall, an error page) is not an article.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../model';
import { cleanDate } from './dates';
import { domToText, type DomNode } from './dom-text';

/** Pages bigger than this are not parsed at all (the fetch adapter stops reading earlier). */
export const MAX_HTML_CHARS = 3_000_000;
/** Fewer words of main text than this and the page is not an article. */
export const MIN_ARTICLE_WORDS = 60;

export type HtmlExtraction =
  | { ok: true; text: string; title?: string; published?: string; lang?: string; siteName?: string; canonical?: string }
  | { ok: false; reason: string };

/** A whole document as given; a fragment (a feed item's content) inside an empty document's body. */
const parseDocument = (html: string) =>
  parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document;

/** Block-aware plain text of an HTML fragment or document (the head left out): paragraphs, headings, lists, table rows. */
export function htmlToText(html: string): string {
  // documentElement, not body: linkedom's body getter replaces a missing <body> with an empty one.
  const document = parseDocument(html) as unknown as DomNode & { documentElement?: DomNode | null };
  return domToText(document.documentElement ?? document);
}

/** The little of the DOM read here (tsconfig has no DOM lib; linkedom provides it at run time). */
interface MiniElement {
  getAttribute(name: string): string | null;
}
interface MiniDocument {
  querySelector(selector: string): MiniElement | null;
  documentElement?: MiniElement | null;
}

function meta(document: MiniDocument, ...selectors: string[]): string | undefined {
  for (const s of selectors) {
    const el = document.querySelector(s);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

export function extractMainText(html: string): HtmlExtraction {
  if (typeof html !== 'string' || html.trim() === '') return { ok: false, reason: 'the page is empty' };
  if (html.length > MAX_HTML_CHARS)
    return { ok: false, reason: `the page is ${html.length} characters; the limit is ${MAX_HTML_CHARS}` };
  try {
    const doc = parseDocument(html) as unknown as MiniDocument;
    const published = meta(
      doc,
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[itemprop="datePublished"]',
      'time[datetime]',
    );
    const canonical = meta(doc, 'link[rel="canonical"]', 'meta[property="og:url"]');
    const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
    // The article as Readability's own DOM element, not re-serialized to HTML for a second parser.
    const parsed = new Readability<DomNode>(doc as never, {
      maxElemsToParse: 30_000,
      charThreshold: 300,
      serializer: (node) => node as unknown as DomNode,
    }).parse();
    if (!parsed?.content) return { ok: false, reason: 'not an article: no main text found on the page' };
    const text = domToText(parsed.content);
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < MIN_ARTICLE_WORDS)
      return {
        ok: false,
        reason: `not an article: ${words} words of main text (at least ${MIN_ARTICLE_WORDS} needed)`,
      };
    return {
      ok: true,
      text,
      ...(parsed.title ? { title: parsed.title.trim().slice(0, 1000) } : {}),
      ...(published || parsed.publishedTime ? { published: (published ?? parsed.publishedTime) as string } : {}),
      ...(parsed.lang || lang ? { lang: (parsed.lang || lang) as string } : {}),
      ...(parsed.siteName ? { siteName: parsed.siteName.slice(0, 200) } : {}),
      ...(canonical ? { canonical } : {}),
    };
  } catch (error) {
    return { ok: false, reason: `the page could not be read as HTML: ${(error as Error).message.slice(0, 200)}` };
  }
}

/** What a page gives an article: its main text, title, publication date (ISO) and outlet (site name). */
export type HtmlArticle =
  | { ok: true; article: Pick<ArticleInput, 'text' | 'title' | 'published' | 'outlet'> }
  | { ok: false; reason: string };

/**
 * A page → the article it holds, the one mapping for every way HTML arrives (a file, an S3
 * object, a JSON item's `html`, a fetched page), so the same bytes give the same article.
 */
export function articleFromHtml(html: string): HtmlArticle {
  const page = extractMainText(html);
  if (!page.ok) return page;
  const published = cleanDate(page.published);
  return {
    ok: true,
    article: {
      text: page.text,
      ...(page.title ? { title: page.title } : {}),
      ...(published ? { published } : {}),
      ...(page.siteName ? { outlet: page.siteName } : {}),
    },
  };
}
