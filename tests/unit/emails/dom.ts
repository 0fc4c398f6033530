// Test helper: parse rendered HTML with a real HTML parser and list what a mail client would act on.
import { parseHTML } from 'linkedom';

export function parse(html: string) {
  return parseHTML(html).document;
}

/** Everything in the DOM that could run code or load something, as readable strings. */
export function dangerousBits(html: string): string[] {
  const doc = parse(html);
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'iframe', 'object', 'embed', 'form', 'svg', 'b'].includes(tag) || tag.startsWith('mj-')) {
      found.push(`<${tag}>`);
    }
    for (const attr of Array.from(el.attributes) as { name: string; value: string }[]) {
      if (attr.name.toLowerCase().startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (
        ['href', 'src', 'action'].includes(attr.name.toLowerCase()) &&
        !/^(https?:\/\/|%%TW_[A-Z_]+%%$)/i.test(attr.value)
      ) {
        found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

/** All link targets in document order. */
export function hrefs(html: string): string[] {
  return Array.from(parse(html).querySelectorAll('a[href]')).map((a) =>
    (a as { getAttribute(n: string): string }).getAttribute('href'),
  );
}

/** "TAG:text" for each element matching the selector, in document order. */
export function tagged(html: string, selector: string): string[] {
  return (
    Array.from(parse(html).querySelectorAll(selector)) as unknown as { tagName: string; textContent: string }[]
  ).map((el) => `${el.tagName.toUpperCase()}:${el.textContent}`);
}
