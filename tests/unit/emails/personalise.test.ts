import { describe, expect, it } from 'vitest';
import { personalise, prepareEdition, renderEdition, TokenError, type RenderedEdition } from '#emails/index';
import { edition, TOKENS, ukraineDecree } from './fixtures.ts';
import { hrefs, parse } from './dom.ts';

const LEFTOVER = /%%TW_[A-Z_]+%%/;

describe('personalise', () => {
  it('fills every placeholder in subject, HTML and text, leaving none behind', async () => {
    for (const kind of ['instant', 'daily', 'weekly', 'confirmation'] as const) {
      const rendered = await renderEdition(edition(kind, kind === 'confirmation' ? [] : [ukraineDecree()]));
      expect(rendered.html).toMatch(LEFTOVER); // placeholders survive rendering …
      expect(rendered.text).toMatch(LEFTOVER); // … into both parts
      const out = personalise(rendered, TOKENS);
      expect(out.html).not.toMatch(LEFTOVER);
      expect(out.text).not.toMatch(LEFTOVER);
      expect(out.subject).toBe(rendered.subject);
      expect(hrefs(out.html)).toContain(TOKENS.unsubscribeUrl);
      expect(out.text).toContain(`<${TOKENS.unsubscribeUrl}>`);
      expect(out.text).toContain(`<${TOKENS.preferencesUrl}>`);
      expect(out.text).toContain(TOKENS.reason);
    }
  });

  it('attribute-escapes values in the HTML and keeps them raw in the text', async () => {
    const rendered = await renderEdition(edition('instant', [ukraineDecree()]));
    const tokens = {
      ...TOKENS,
      unsubscribeUrl: 'https://tw.example.net/u?a=1&b="><script>x</script>',
      reason: 'You follow: <b>Ukraine</b> & "friends"',
    };
    const out = personalise(rendered, tokens);
    expect(out.html).toContain('href="https://tw.example.net/u?a=1&amp;b=&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(out.html).toContain('You follow: &lt;b&gt;Ukraine&lt;/b&gt; &amp; &quot;friends&quot;');
    expect(parse(out.html).querySelectorAll('script, b').length).toBe(0);
    expect(out.text).toContain('<https://tw.example.net/u?a=1&b="><script>x</script>>');
    expect(out.text).toContain('You follow: <b>Ukraine</b> & "friends"');
  });

  it('removes CR/LF from token values in both parts', async () => {
    const rendered = await renderEdition(edition('instant', [ukraineDecree()]));
    const out = personalise(rendered, {
      ...TOKENS,
      unsubscribeUrl: 'https://tw.example.net/u?t=1\r\nBcc: x@example.com',
      reason: 'You follow:\r\nUkraine',
    });
    expect(out.text).toContain('<https://tw.example.net/u?t=1Bcc: x@example.com>');
    expect(out.text).toContain('You follow: Ukraine');
    expect(out.html).toContain('You follow: Ukraine');
    expect(out.html).not.toMatch(/u\?t=1[\r\n]/);
  });

  it('substitutes in one pass: a token value that looks like a placeholder is not expanded again', async () => {
    const rendered = await renderEdition(edition('instant', [ukraineDecree()]));
    const out = personalise(rendered, { ...TOKENS, reason: 'You follow: %%TW_UNSUBSCRIBE_URL%%' });
    expect(out.text).toContain('Why you got this: You follow: %%TW_UNSUBSCRIBE_URL%%');
    expect(out.text.split(TOKENS.unsubscribeUrl).length - 1).toBe(1);
  });

  it('refuses a confirmation without a confirm URL, and URL tokens that are not http(s)', async () => {
    const confirmation = await renderEdition(edition('confirmation'));
    expect(() => personalise(confirmation, { ...TOKENS, confirmUrl: undefined })).toThrow(TokenError);
    const alert = await renderEdition(edition('instant', [ukraineDecree()]));
    expect(() => personalise(alert, { ...TOKENS, unsubscribeUrl: 'javascript:alert(1)' })).toThrow(
      /not an http\(s\) URL/,
    );
    // An alert does not need a confirm URL.
    expect(() => personalise(alert, { ...TOKENS, confirmUrl: undefined })).not.toThrow();
  });

  it('works on an edition that went through JSON (e.g. queued for the send function)', async () => {
    const rendered = await renderEdition(edition('daily', [ukraineDecree()]));
    const copy = JSON.parse(JSON.stringify(rendered)) as RenderedEdition;
    expect(personalise(copy, TOKENS)).toEqual(personalise(rendered, TOKENS));
  });

  it('renders once and personalises 1000 times into 1000 distinct unsubscribe links', async () => {
    const rendered = await renderEdition(edition('instant', [ukraineDecree()]));
    const prepared = prepareEdition(rendered);
    const seen = new Set<string>();
    const started = performance.now();
    for (let n = 0; n < 1000; n++) {
      const url = `https://tw.example.net/u?t=subscriber-${n}`;
      const out = prepared.personalise({ ...TOKENS, unsubscribeUrl: url });
      const unsubscribe = hrefs(out.html).filter((h) => h.startsWith('https://tw.example.net/u?'));
      expect(unsubscribe).toEqual([url]);
      expect(out.text).toContain(`<${url}>`);
      seen.add(unsubscribe[0]);
    }
    expect(seen.size).toBe(1000);
    // Generous bound (parsing each result above dominates); a real regression would be a re-render.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
