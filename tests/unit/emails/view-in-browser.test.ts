// "View in browser": alerts and digests link to their public web view; the confirmation (rendered
// at build time, the same for everyone) has none, so its prerendered copy does not change.
import { describe, expect, it } from 'vitest';
import { renderEdition } from '#emails/index';
import { edition, ukraineDecree } from './fixtures';

describe('view in browser', () => {
  it('links alerts and digests to the URL compose gives, in HTML and text', async () => {
    for (const kind of ['instant', 'daily'] as const) {
      const out = await renderEdition({
        ...edition(kind, [ukraineDecree()]),
        webUrl: 'https://tw.example/archive/instant-x',
      });
      expect(out.html).toMatch(/<a href="https:\/\/tw\.example\/archive\/instant-x"[^>]*>View in browser<\/a>/);
      expect(out.text).toContain('https://tw.example/archive/instant-x');
    }
  });

  it('shows no link without a URL or with one that is not http(s)', async () => {
    expect((await renderEdition(edition('instant', [ukraineDecree()]))).html).not.toContain('View in browser');
    expect(
      (await renderEdition({ ...edition('instant', [ukraineDecree()]), webUrl: 'javascript:alert(1)' })).html,
    ).not.toContain('View in browser');
    expect((await renderEdition(edition('confirmation'))).html).not.toContain('View in browser');
  });
});
