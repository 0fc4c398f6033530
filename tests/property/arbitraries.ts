// Generators for the property suites: hostile strings, feed documents, HTML trees, JSON bodies.
import fc from 'fast-check';

/** Text that stresses parsers: markup characters, entities, control characters, astral planes. */
export const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '&amp;',
    '&bogus;',
    '<![CDATA[',
    ']]>',
    '<',
    '>',
    '"',
    "'",
    '\u0000',
    '\uFEFF',
    '\uD800',
    '&#0;',
    '&#x110000;',
    '<!--',
    '-->',
    '<?xml',
    ' ',
  ),
);

export const sentence = fc
  .array(
    fc.constantFrom(
      'the',
      'parliament',
      'voted',
      'to',
      'leave',
      'treaty',
      'Ottawa',
      'Convention',
      'on',
      'Friday',
      'a',
      'withdrawal',
      'minister',
      'said',
      'of',
      'and',
      'in',
    ),
    { minLength: 3, maxLength: 25 },
  )
  .map((w) => `${w.join(' ')}.`);

export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));

const urlish = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    '/relative/path',
    '',
    'javascript:alert(1)',
    'http://',
    'not a url',
    'https://example.test/a?utm_source=x',
  ),
  nasty,
);
const dateish = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  nasty,
);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const maybe = (tag: string, value: string | undefined, raw: boolean) =>
  value === undefined ? '' : `<${tag}>${raw ? value : esc(value)}</${tag}>`;

export interface FeedItemSpec {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  description?: string;
  raw: boolean;
}

export const feedItem: fc.Arbitrary<FeedItemSpec> = fc.record(
  {
    title: fc.oneof(nasty, sentence),
    link: urlish,
    guid: fc.oneof(nasty, fc.uuid()),
    date: dateish,
    description: fc.oneof(paragraph, nasty),
    raw: fc.boolean(),
  },
  { requiredKeys: ['raw'] },
);

export function rssDocument(items: FeedItemSpec[]): string {
  const body = items
    .map(
      (i) =>
        `<item>${maybe('title', i.title, i.raw)}${maybe('link', i.link, i.raw)}${maybe('guid', i.guid, i.raw)}` +
        `${maybe('pubDate', i.date, i.raw)}${maybe('description', i.description, i.raw)}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>${body}</channel></rss>`;
}

export function atomDocument(items: FeedItemSpec[]): string {
  const body = items
    .map(
      (i) =>
        `<entry>${maybe('title', i.title, i.raw)}` +
        `${i.link === undefined ? '' : `<link href="${i.raw ? i.link : esc(i.link).replace(/"/g, '&quot;')}"/>`}` +
        `${maybe('id', i.guid, i.raw)}${maybe('updated', i.date, i.raw)}` +
        `${maybe('summary', i.description, i.raw)}</entry>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="utf-8"?><feed ` +
    `xmlns="http://www.w3.org/2005/Atom"><title>T</title>${body}</feed>`
  );
}

/** A feed document, sometimes cut short or with a stretch of bytes overwritten. */
export const feedDocument = fc
  .record({
    kind: fc.constantFrom('rss', 'atom'),
    items: fc.array(feedItem, { maxLength: 8 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
    noise: fc.option(fc.tuple(fc.nat(), nasty), { nil: undefined }),
  })
  .map(({ kind, items, cut, noise }) => {
    let xml = kind === 'rss' ? rssDocument(items) : atomDocument(items);
    if (noise) xml = xml.slice(0, noise[0] % (xml.length + 1)) + noise[1] + xml.slice(noise[0] % (xml.length + 1));
    if (cut !== undefined && cut % 3 === 0) xml = xml.slice(0, cut % (xml.length + 1));
    return { xml, items: items.length };
  });

/** HTML trees: real tags, wrong nesting, unclosed elements, attributes, scripts, hostile text. */
export const htmlDocument: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(paragraph, nasty),
      fc
        .tuple(
          fc.constantFrom(
            'p',
            'div',
            'article',
            'nav',
            'footer',
            'aside',
            'section',
            'span',
            'b',
            'table',
            'tr',
            'td',
            'ul',
            'li',
            'h1',
            'script',
            'style',
            'header',
            'main',
            'figure',
          ),
          fc.array(tie('node'), { maxLength: 4 }),
          fc.boolean(),
          fc.constantFrom(
            '',
            ' class="content"',
            ' id="main"',
            ' class="sidebar ad"',
            ' hidden',
            ' style="display:none"',
            ' lang="fr"',
          ),
        )
        .map(([tag, children, close, attrs]) => `<${tag}${attrs}>${children.join('')}${close ? `</${tag}>` : ''}`),
    ),
  }))
  .node.chain((body) =>
    fc.constantFrom(
      body,
      `<!doctype html><html><head><title>t</title><meta charset="utf-8"></head><body>${body}</body></html>`,
      `<html><body>${body}`,
    ),
  );
