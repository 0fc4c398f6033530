// Over 300 lines: one DOM walker (blocks, lists, tables, pre) whose line-break rules depend on each other.
// DOM → block-aware plain text: paragraphs and headings become blank-line-separated blocks,
// list items keep a marker, table rows become lines of cells, images and figures are skipped,
// links keep their text only. Walks the DOM linkedom already built (Readability's article or a
// feed item's parsed content), so no second HTML parser is needed. The line-break model follows
// html-to-text's defaults (which this replaced): block elements ask for line breaks before and
// after them, the larger request wins, and runs of HTML whitespace collapse to one space.

/** The little of a DOM node read here (tsconfig has no DOM lib; linkedom provides it at run time). */
export interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  /** Text and CDATA nodes. */
  readonly data?: string;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Not text a reader sees: code, styles, metadata, media and their fallback text, images, figures. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'img',
  'picture',
  'figure',
  'svg',
  'video',
  'audio',
  'iframe',
  'canvas',
  'object',
  'embed',
  'map',
]);
/** A line of their own. */
const BLOCKS = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'center',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'form',
  'header',
  'hgroup',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'section',
  'summary',
  'caption',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
]);
/** HTML whitespace (and the zero-width space, as html-to-text did); no-break spaces are text. */
const WHITESPACE = /[ \t\r\n\f\u200b]+/g;
/** Deeper than this, an element's text is taken flat (no recursion into pathological nesting). */
const MAX_DEPTH = 400;

interface OpenBlock {
  /** Text was written inside it. */
  hasText: boolean;
}

/**
 * Text with html-to-text's line-break arithmetic: before a text, the line breaks are the larger of
 * what the blocks closed since the previous text ask for after them and what the innermost block
 * opened since then asks for before it, plus one per `<br>`; a block closed without text inside
 * a block that has text still leaves its breaks behind.
 */
class TextBuilder {
  private out = '';
  private readonly open: OpenBlock[] = [];
  /** Breaks already owed before the next text (empty blocks, see above). */
  private owed = 0;
  /** Trailing breaks of the blocks closed since the last text (the largest). */
  private trailing = 0;
  /** Leading breaks of the innermost block opened since the last text. */
  private leading = 0;
  /** `<br>`s since the last text. */
  private lineBreaks = 0;
  /** A collapsed space wanted before the next text on the same line. */
  private space = false;
  /** A list item's marker, written before its first text. */
  private marker = '';
  /** Indentation of continuation lines inside list items. */
  private readonly indents: string[] = [];

  openBlock(leading: number): void {
    this.open.push({ hasText: false });
    this.leading = leading;
  }

  /**
   * `list`: a list's own trailing breaks win over its last item's, and an empty list leaves
   * nothing behind (html-to-text's lists).
   */
  closeBlock(trailing: number, list = false): void {
    const block = this.open.pop();
    const parent = this.open[this.open.length - 1];
    if (block && !block.hasText && !list && (parent ? parent.hasText : this.out !== '')) {
      this.owed += Math.max(this.trailing, this.leading) + this.lineBreaks;
      this.trailing = this.leading = this.lineBreaks = 0;
    }
    if (list && block && !block.hasText) return;
    this.trailing = list ? trailing : Math.max(this.trailing, trailing);
  }

  /** `<br>`: one more line break. */
  lineBreak(): void {
    this.lineBreaks++;
  }

  /** Text as it appears in the HTML: whitespace runs collapse to one space. */
  text(data: string): void {
    const collapsed = data.replace(WHITESPACE, ' ');
    if (collapsed === '' || collapsed === ' ') {
      if (collapsed) this.space = true;
      return;
    }
    const start = collapsed.startsWith(' ') ? 1 : 0;
    const end = collapsed.endsWith(' ') ? collapsed.length - 1 : collapsed.length;
    this.write(collapsed.slice(start, end), start === 1);
    this.space = end < collapsed.length;
  }

  /** Text inside `<pre>` (and table rows): whitespace and line breaks as they are. */
  preformatted(data: string): void {
    if (data !== '') this.write(data, false);
  }

  /** Open a list item: `marker` goes before its first text; its other lines are indented to match. */
  openItem(marker: string): void {
    this.openBlock(1);
    this.marker = this.indents.join('') + marker;
    this.indents.push(' '.repeat(marker.length));
  }

  closeItem(): void {
    this.indents.pop();
    this.marker = ''; // an item without text leaves no line
    this.closeBlock(1);
  }

  get listDepth(): number {
    return this.indents.length;
  }

  toString(): string {
    return this.out;
  }

  private write(text: string, spaceBefore: boolean): void {
    if (this.indents.length && text.includes('\n')) text = text.replace(/\n/g, `\n${this.indents.join('')}`);
    if (this.out) {
      const breaks = this.owed + Math.max(this.trailing, this.leading) + this.lineBreaks;
      if (breaks > 0) this.out += '\n'.repeat(breaks) + (this.marker ? '' : this.indents.join(''));
      else if (this.space || spaceBefore) this.out += ' ';
    }
    this.out += this.marker + text;
    this.marker = '';
    this.owed = this.trailing = this.leading = this.lineBreaks = 0;
    this.space = false;
    for (let i = this.open.length - 1; i >= 0 && !this.open[i].hasText; i--) this.open[i].hasText = true;
  }
}

const nameOf = (node: DomNode): string => (node.localName ?? '').toLowerCase();
const attribute = (node: DomNode, name: string): string | null => node.getAttribute?.(name) ?? null;

function letters(n: number, base: string): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(base.charCodeAt(0) + ((i - 1) % 26)) + s;
  return s || String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let s = '';
  for (const [value, digits] of table) for (; n >= value; n -= value) s += digits;
  return s;
}

/** An ordered list's item number in the list's `type` (1, a, A, i, I). */
function itemNumber(n: number, type: string | null): string {
  switch (type) {
    case 'a':
      return letters(n, 'a');
    case 'A':
      return letters(n, 'A');
    case 'i':
      return roman(n);
    case 'I':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

/** Flat text of a subtree, for what is nested deeper than MAX_DEPTH. */
function flatText(node: DomNode, b: TextBuilder): void {
  const stack: DomNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) b.text(n.data ?? '');
    else if (n.nodeType === ELEMENT_NODE && !SKIPPED.has(nameOf(n))) {
      b.text(' ');
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
    }
  }
}

/** Line breaks a block element asks for before and after it (html-to-text's defaults); 0: inline. */
function blockLines(name: string): [number, number] | undefined {
  if (name === 'p' || name === 'blockquote' || name === 'hr' || name === 'h4' || name === 'h5' || name === 'h6')
    return [2, 2];
  if (name === 'h1' || name === 'h2' || name === 'h3') return [3, 2];
  return BLOCKS.has(name) ? [1, 1] : undefined;
}

class Walker {
  private pre = 0;

  constructor(private readonly b: TextBuilder) {}

  children(node: DomNode, depth: number): void {
    const { childNodes } = node;
    for (let i = 0; i < childNodes.length; i++) this.node(childNodes[i], depth);
  }

  node(node: DomNode, depth: number): void {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      if (this.pre > 0) this.b.preformatted(node.data ?? '');
      else this.b.text(node.data ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return; // comments, processing instructions, doctypes
    if (depth > MAX_DEPTH) {
      flatText(node, this.b);
      return;
    }
    const name = nameOf(node);
    if (SKIPPED.has(name)) return;
    switch (name) {
      case 'br':
        this.b.lineBreak();
        return;
      case 'ul':
      case 'ol':
        this.list(node, name === 'ol', depth);
        return;
      case 'table':
        this.table(node, depth);
        return;
      case 'pre':
        this.b.openBlock(2);
        this.pre++;
        this.children(node, depth + 1);
        this.pre--;
        this.b.closeBlock(2);
        return;
    }
    const lines = blockLines(name);
    if (lines) this.b.openBlock(lines[0]);
    this.children(node, depth + 1);
    if (lines) this.b.closeBlock(lines[1]);
  }

  /** Items one a line with ` * ` or ` 1. ` (nested lists: indented under their item, `* `). */
  private list(node: DomNode, ordered: boolean, depth: number): void {
    const nested = this.b.listDepth > 0;
    const type = attribute(node, 'type');
    let n = Number.parseInt(attribute(node, 'start') ?? '1', 10);
    if (!Number.isFinite(n)) n = 1;
    const children = Array.from(node.childNodes);
    const markers = children.map((child) => {
      if (child.nodeType !== ELEMENT_NODE || nameOf(child) !== 'li') return undefined;
      const marker = ordered ? ` ${itemNumber(n++, type)}. ` : ' * ';
      return nested ? marker.trimStart() : marker;
    });
    const width = Math.max(0, ...markers.map((m) => m?.length ?? 0));
    this.b.openBlock(nested ? 1 : 2);
    let textItem = false; // an item made of text outside <li>, still open for adjacent text nodes
    children.forEach((child, i) => {
      const marker = markers[i];
      const isText = child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE;
      if (isText && textItem) {
        this.node(child, depth + 1);
        return;
      }
      if (textItem) this.b.closeItem();
      textItem = false;
      if (isText && (child.data ?? '').replace(WHITESPACE, '') === '') return;
      // What a list holds besides <li> is an item too, without a marker (as html-to-text has it).
      this.b.openItem((marker ?? '').padEnd(width));
      if (marker !== undefined) this.children(child, depth + 1);
      else this.node(child, depth + 1);
      if (isText) textItem = true;
      else this.b.closeItem();
    });
    if (textItem) this.b.closeItem();
    this.b.closeBlock(nested ? 1 : 2, true);
  }

  /**
   * The caption, then each row on a line of its own, cells separated by ` | `. A row with a cell
   * that holds blocks (a layout table around an article) is read as its cells' blocks instead.
   */
  private table(node: DomNode, depth: number): void {
    type Row = { cells: DomNode[]; texts: string[] };
    const rows: Row[] = [];
    const textOf = (cell: DomNode): string => {
      const b = new TextBuilder();
      new Walker(b).children(cell, depth + 2);
      return b.toString().trim();
    };
    const collect = (parent: DomNode): void => {
      const { childNodes } = parent;
      for (let i = 0; i < childNodes.length; i++) {
        const child = childNodes[i];
        const name = child.nodeType === ELEMENT_NODE ? nameOf(child) : '';
        if (name === 'thead' || name === 'tbody' || name === 'tfoot') collect(child);
        else if (name === 'tr') {
          const cells: DomNode[] = [];
          for (let j = 0; j < child.childNodes.length; j++) {
            const cell = child.childNodes[j];
            if (cell.nodeType === ELEMENT_NODE && (nameOf(cell) === 'td' || nameOf(cell) === 'th')) cells.push(cell);
          }
          rows.push({ cells, texts: cells.map(textOf) });
        } else if (
          name !== 'colgroup' &&
          name !== 'col' &&
          !SKIPPED.has(name) &&
          (name || child.nodeType === TEXT_NODE)
        ) {
          // The caption, or what a malformed table holds outside its rows: a line of its own.
          rows.push({
            cells: [child],
            texts: [name ? textOf(child) : (child.data ?? '').replace(WHITESPACE, ' ').trim()],
          });
        }
      }
    };
    collect(node);
    const lines: string[] = [];
    const flush = () => {
      if (lines.length === 0) return;
      this.b.openBlock(2);
      this.b.preformatted(lines.join('\n'));
      this.b.closeBlock(2);
      lines.length = 0;
    };
    for (const { cells, texts } of rows) {
      if (texts.some((t) => t.includes('\n'))) {
        flush();
        for (const cell of cells) {
          this.b.openBlock(2);
          this.node(cell, depth + 1);
          this.b.closeBlock(2);
        }
        continue;
      }
      while (texts.length && texts[texts.length - 1] === '') texts.pop();
      if (texts.length) lines.push(texts.join(' | '));
    }
    flush();
  }
}

/**
 * Plain text of a DOM subtree (the node's children): blocks separated by line breaks, at most one
 * blank line in a row, no trailing spaces, trimmed.
 */
export function domToText(node: DomNode): string {
  const b = new TextBuilder();
  new Walker(b).children(node, 0);
  return b
    .toString()
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
