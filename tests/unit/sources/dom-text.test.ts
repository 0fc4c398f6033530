// Block-aware text from the DOM linkedom built (functions/core/sources/dom-text.ts), through
// htmlToText: the line breaks html-to-text gave (which it replaced), lists, tables, what is skipped.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '#core/sources/html';

describe('text from the DOM', () => {
  it('paragraphs and headings are blocks with a blank line between; inline elements run on', () => {
    expect(
      htmlToText(
        '<h2>Heading</h2><p>Hello <b>bold</b> and <i>italic</i>.</p><p>Second <span>para</span><span>graph</span>.</p>',
      ),
    ).toBe('Heading\n\nHello bold and italic.\n\nSecond paragraph.');
    expect(htmlToText('<div>one</div><div>two</div><section><div>three</div></section>')).toBe('one\ntwo\nthree');
    expect(htmlToText('<p>Words   with\n  many    spaces\tand tabs</p>')).toBe('Words with many spaces and tabs');
  });

  it('keeps entities decoded and no-break spaces as they are', () => {
    expect(htmlToText('<p>Second&nbsp;para &amp; more &lt;tags&gt;</p>')).toBe('Second\u00a0para & more <tags>');
  });

  it('line breaks: one per <br>', () => {
    expect(htmlToText('<div>line<br>break<br><br>double</div><div>next</div>')).toBe('line\nbreak\n\ndouble\nnext');
  });

  it('links keep their text, without the address', () => {
    expect(
      htmlToText(
        '<p>See <a href="https://x.test/a">the decree</a>, ' +
          '<a href="#n1">note</a> and <a href="mailto:a@b.test">mail</a>.</p>',
      ),
    ).toBe('See the decree, note and mail.');
  });

  it('images, figures and their captions, scripts, styles and media are skipped', () => {
    const html =
      '<figure><img src="a.jpg" alt="alt text"><figcaption>Caption</figcaption></figure>' +
      '<p>Text <img src="b.jpg" alt="inline alt">after.</p><script>var x = 1;</script><style>p { color: red }</style>' +
      '<video><p>Your browser cannot play this</p></video><svg><text>chart</text></svg><noscript>Enable JS</noscript>';
    expect(htmlToText(html)).toBe('Text after.');
  });

  it('lists: one item a line with a marker, numbered from start, nested lists indented under their item', () => {
    expect(
      htmlToText(
        '<p>Before:</p><ul><li>one</li><li>two<ul><li>two a</li><li>two ' +
          'b</li></ul></li><li>three</li></ul><p>after</p>',
      ),
    ).toBe('Before:\n\n * one\n * two\n   * two a\n   * two b\n * three\n\nafter');
    expect(htmlToText('<ol start="9"><li>nine</li><li>ten</li></ol>')).toBe('9.  nine\n 10. ten');
    expect(htmlToText('<ol type="a"><li>x</li><li>y</li></ol><ol type="I"><li>x</li><li>y</li></ol>')).toBe(
      'a. x\n b. y\n\n I.  x\n II. y',
    );
    expect(htmlToText('<ul><li><p>first paragraph</p><p>second paragraph</p></li></ul>')).toBe(
      '* first paragraph\n\n   second paragraph',
    );
  });

  it('tables: the caption, then a row a line, cells separated by " | "', () => {
    const table =
      '<table><caption>Withdrawals</caption><thead><tr><th>Country</th><th>Notified</th></tr></thead>' +
      '<tbody><tr><td>Latvia</td><td>2025</td></tr><tr><td>Lithuania</td><td></td></tr>' +
      '<tr><td></td><td></td></tr></tbody></table><p>after</p>';
    expect(htmlToText(`<p>Before</p>${table}`)).toBe(
      'Before\n\nWithdrawals\nCountry | Notified\nLatvia | 2025\nLithuania\n\nafter',
    );
  });

  it("a layout table around an article keeps the article's paragraphs", () => {
    expect(htmlToText('<table><tr><td><p>Paragraph one.</p><p>Paragraph two.</p></td><td>side</td></tr></table>')).toBe(
      'Paragraph one.\n\nParagraph two.\n\nside',
    );
  });

  it('preformatted text keeps its spacing; block quotes and definition lists are blocks', () => {
    expect(htmlToText('<pre>  code\n    indented</pre><p>x</p>')).toBe('code\n    indented\n\nx');
    expect(htmlToText('<blockquote><p>Quoted.</p></blockquote><p>Body.</p>')).toBe('Quoted.\n\nBody.');
    expect(htmlToText('<dl><dt>Term</dt><dd>Definition</dd></dl>')).toBe('Term\nDefinition');
  });

  it('a whole document: the head left out, text outside <body> kept', () => {
    expect(
      htmlToText(
        '<!doctype html><html><head><title>T</title><style>p{}</style></head><body><p>Body text</p></body></html>',
      ),
    ).toBe('Body text');
    expect(htmlToText('<html><p>no body element</p></html>')).toBe('no body element');
    expect(htmlToText('')).toBe('');
  });

  it('deep nesting does not overflow the stack', () => {
    const deep = `${'<div><span>'.repeat(3000)}deep text${'</span></div>'.repeat(3000)}`;
    expect(htmlToText(deep)).toBe('deep text');
  });
});
