// HTML → the article's main text: Readability over linkedom, then block-aware text. A page
// with too little main text (a section front, a login wall, an error page) is not an article.
import { Readability } from '@mozilla/readability';
import { convert } from 'html-to-text';
import { parseHTML } from 'linkedom';

/** Pages bigger than this are not parsed at all (the fetch adapter stops reading earlier). */
export const MAX_HTML_CHARS = 3_000_000;
/** Fewer words of main text than this and the page is not an article. */
export const MIN_ARTICLE_WORDS = 60;

export type HtmlExtraction =
  | { ok: true; text: string; title?: string; published?: string; lang?: string; siteName?: string; canonical?: string }
  | { ok: false; reason: string };

const TEXT_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'figure', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable' },
  ],
};

export function htmlToText(html: string): string {
  return convert(html, TEXT_OPTIONS)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

export function extractMainText(html: string): HtmlExtraction {
  if (typeof html !== 'string' || html.trim() === '') return { ok: false, reason: 'the page is empty' };
  if (html.length > MAX_HTML_CHARS) return { ok: false, reason: `the page is ${html.length} characters; the limit is ${MAX_HTML_CHARS}` };
  try {
    const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
    const doc = document as unknown as MiniDocument;
    const published = meta(doc, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'time[datetime]');
    const canonical = meta(doc, 'link[rel="canonical"]', 'meta[property="og:url"]');
    const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
    const parsed = new Readability(doc as never, { maxElemsToParse: 30_000, charThreshold: 300 }).parse();
    if (!parsed?.content) return { ok: false, reason: 'not an article: no main text found on the page' };
    const text = htmlToText(parsed.content);
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < MIN_ARTICLE_WORDS) return { ok: false, reason: `not an article: ${words} words of main text (at least ${MIN_ARTICLE_WORDS} needed)` };
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
