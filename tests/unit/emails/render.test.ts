import { describe, expect, it } from 'vitest';
import { renderEdition, personalise, PLACEHOLDERS } from '#emails/index';
import { disputedDate, edition, lithuaniaApproval, TOKENS, ukraineDecree } from './fixtures.ts';
import { dangerousBits, hrefs, parse, tagged } from './dom.ts';

describe('instant alert', () => {
  it('renders a valid English HTML document showing the headline, evidence, stage, date and sources', async () => {
    const out = await renderEdition(edition('instant', [ukraineDecree()]));
    expect(out.html.startsWith('<!doctype html>')).toBe(true);
    const doc = parse(out.html);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('title')?.textContent).toBe(out.subject);
    expect(doc.querySelector('h2')?.textContent).toBe('Ukraine decreed withdrawal from the Ottawa Convention');
    const body = doc.body.textContent ?? '';
    expect(body).toContain('President Zelensky signed a decree on Sunday');
    expect(body).toContain('withdrawal proposed → withdrawal decreed');
    expect(body).toContain('29 June 2025');
    expect(body).toContain('Earliest effect under Art. 20');
    expect(body).toContain('NEW');
    expect(hrefs(out.html)).toContain('https://news.example.org/2025/06/29/decree?ref=a&b=c');
    expect(out.html).toContain('max-width:600px');
    expect(dangerousBits(out.html)).toEqual([]);
  });

  it('has a preheader with the headline, hidden from the text part', async () => {
    const out = await renderEdition(edition('instant', [ukraineDecree(), lithuaniaApproval()]));
    expect(out.html).toMatch(/display:none[^>]*>Ukraine decreed withdrawal from the Ottawa Convention — and 1 more</);
    expect(out.text).not.toContain('and 1 more');
  });

  it('names the subject after the state, the furthest stage, the treaty and the date', async () => {
    const out = await renderEdition(edition('instant', [ukraineDecree()]));
    expect(out.subject).toBe('Ukraine: withdrawal decreed from the Ottawa Convention (29 Jun 2025)');
  });

  it('shows a CONFLICT development as disputed in a corrections section, with both versions', async () => {
    const out = await renderEdition(edition('instant', [ukraineDecree()], [disputedDate()]));
    const body = parse(out.html).body.textContent ?? '';
    expect(body).toContain('Corrections and disputed facts');
    expect(body).toContain('DISPUTED');
    expect(body).toMatch(/this report says “30 June 2025”; our record says “29 June 2025”/);
  });

  it(
    'has a footer with the reason, preferences and unsubscribe links, the sources note and the sender ' + 'line',
    async () => {
      const out = personalise(await renderEdition(edition('instant', [ukraineDecree()])), TOKENS);
      const doc = parse(out.html);
      const links = Array.from(doc.querySelectorAll('a')) as unknown as {
        textContent: string;
        getAttribute(n: string): string;
      }[];
      expect(links.find((a) => a.textContent === 'Unsubscribe')?.getAttribute('href')).toBe(TOKENS.unsubscribeUrl);
      expect(links.find((a) => a.textContent === 'Change your preferences')?.getAttribute('href')).toBe(
        TOKENS.preferencesUrl,
      );
      const body = doc.body.textContent ?? '';
      expect(body).toContain('Why you got this: You follow: Ottawa Convention; Ukraine');
      expect(body).toContain('Every item links to the reports it is based on');
      expect(out.text.trimEnd().endsWith('Treaty Watch')).toBe(true);
    },
  );
});

describe('digests', () => {
  it('groups a daily digest by treaty, in order of first appearance', async () => {
    const poland = ukraineDecree({
      stateCode: 'POL',
      stateName: 'Poland',
      headline: 'Poland enacts withdrawal from the Ottawa Convention',
      actions: ['withdrawal_enacted'],
    });
    const out = await renderEdition(edition('daily', [ukraineDecree(), lithuaniaApproval(), poland]));
    const doc = parse(out.html);
    expect(tagged(out.html, 'h2, h3')).toEqual([
      'H2:Ottawa Convention',
      'H3:Ukraine decreed withdrawal from the Ottawa Convention',
      'H3:Poland enacts withdrawal from the Ottawa Convention',
      'H2:Convention on Cluster Munitions',
      'H3:Lithuanian parliament approves leaving the cluster munitions treaty',
    ]);
    expect(out.subject).toMatch(/^Daily digest — 3 treaty developments: Ukraine \(Ottawa Convention\), Lithuania/);
    expect(doc.body.textContent).toContain('3 developments in 2 treaties in the last day');
    expect(doc.body.textContent).toContain('July 2024');
    expect(doc.body.textContent).toContain('withdrawal approved by parliament');
  });

  it('says so when a weekly digest has nothing new, and still has a footer', async () => {
    const out = await renderEdition(edition('weekly', []));
    expect(out.subject).toBe('Weekly digest — No new treaty developments');
    expect(out.text).toContain('No new treaty developments this week.');
    expect(out.html).toContain(PLACEHOLDERS.unsubscribeUrl);
  });
});

describe('confirmation', () => {
  it(
    'asks to confirm, with a button and a spelled-out link to the confirm URL, and says what was subscribed ' + 'to',
    async () => {
      const rendered = await renderEdition(edition('confirmation'));
      expect(rendered.subject).toBe('Confirm your Treaty Watch subscription');
      const out = personalise(rendered, TOKENS);
      const doc = parse(out.html);
      expect(doc.querySelector('h1')?.textContent).toBe('Confirm your subscription');
      const confirmLinks = hrefs(out.html).filter((h) => h === TOKENS.confirmUrl);
      expect(confirmLinks.length).toBe(2);
      expect(doc.body.textContent).toContain('What you asked for');
      expect(doc.body.textContent).toContain('You follow: Ottawa Convention; Ukraine');
      expect(out.text).toContain(`Confirm subscription <${TOKENS.confirmUrl}>`);
      expect(out.text).toContain('Nothing will be sent until you confirm.');
    },
  );

  it('carries no news footer: no note about sources, no "why you got this" beside what was asked for', async () => {
    const out = personalise(await renderEdition(edition('confirmation')), TOKENS);
    for (const part of [parse(out.html).body.textContent ?? '', out.text]) {
      expect(part).not.toMatch(/reports it is based on|check the sources/);
      expect(part).not.toContain('Why you got this');
      expect(part.split(TOKENS.reason).length).toBe(2); // the request, said once
    }
    expect(out.text).toContain('someone asked to subscribe this address');
  });
});

describe('plain-text part', () => {
  it('reads as a briefing: headline, labelled lines, quoted evidence, numbered sources with their URLs', async () => {
    const { text } = personalise(await renderEdition(edition('instant', [ukraineDecree()])), TOKENS);
    expect(text).not.toMatch(/<(?!https?:)[a-z/][^>]*>/i); // no markup (link targets are <https://…>)
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#\d+);/); // no entities
    expect(text).toContain('\nUkraine decreed withdrawal from the Ottawa Convention\n');
    expect(text).toContain('Stage: withdrawal proposed → withdrawal decreed');
    expect(text).toContain('Date: 29 June 2025');
    expect(text).toMatch(/> “President Zelensky signed a decree/);
    expect(text).toMatch(
      new RegExp(
        / 1\. Zelensky signs decree on landmine treaty exit\s+/.source +
          /<https:\/\/news\.example\.org\/2025\/06\/29\/decree\?ref=a&b=c>/.source,
      ),
    );
    expect(text).toContain(`Unsubscribe\n<${TOKENS.unsubscribeUrl}>`);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(90);
  });
});

describe('sources', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      label: `Outlet ${i + 1}`,
      outlet: `Outlet ${i + 1}`,
      title: `Report ${i + 1}`,
      published: `2025-06-${String(10 + i).padStart(2, '0')}`,
      ...(i % 2 === 0 ? { url: `https://news${i + 1}.example/story` } : {}),
    }));

  it(
    'shows every source of a development from five outlets: outlet, date, and a link where there is a URL, in both ' +
      'parts',
    async () => {
      const out = personalise(await renderEdition(edition('instant', [ukraineDecree({ sources: many(5) })])), TOKENS);
      const lis = (Array.from(parse(out.html).querySelectorAll('ol li')) as unknown as { textContent: string }[]).map(
        (li) => li.textContent,
      );
      expect(lis).toEqual([1, 2, 3, 4, 5].map((n) => `Report ${n} — Outlet ${n}, ${9 + n} June 2025`));
      expect(hrefs(out.html).filter((h) => h.includes('.example/story'))).toEqual([
        'https://news1.example/story',
        'https://news3.example/story',
        'https://news5.example/story',
      ]);
      for (const n of [1, 2, 3, 4, 5]) expect(out.text).toContain(`Report ${n}`);
      expect(out.text).toContain('<https://news5.example/story>');
      expect(out.text).not.toMatch(/more source/);
    },
  );

  it('past eight sources shows the first eight and says how many more', async () => {
    const out = personalise(await renderEdition(edition('instant', [ukraineDecree({ sources: many(12) })])), TOKENS);
    expect(parse(out.html).querySelectorAll('ol li').length).toBe(8);
    expect(parse(out.html).body.textContent).toContain('and 4 more sources');
    expect(out.text).toContain('Report 8');
    expect(out.text).not.toContain('Report 9');
    expect(out.text).toContain('and 4 more sources');
    const nine = personalise(await renderEdition(edition('instant', [ukraineDecree({ sources: many(9) })])), TOKENS);
    expect(nine.text).toContain('and 1 more source');
    expect(nine.text).not.toContain('and 1 more sources');
  });

  it('lists each source once: linked title, then label, outlet and date without repeats', async () => {
    const item = ukraineDecree({
      sources: [
        { label: 'Kyiv Daily', outlet: 'Kyiv Daily', url: 'https://kd.example/a' },
        { label: 'Wire', title: 'Decree signed', outlet: 'Wire', published: '2025-06-29' },
      ],
    });
    const doc = parse((await renderEdition(edition('instant', [item]))).html);
    const lis = (Array.from(doc.querySelectorAll('ol li')) as unknown as { textContent: string }[]).map(
      (li) => li.textContent,
    );
    expect(lis).toEqual(['Kyiv Daily', 'Decree signed — Wire, 29 June 2025']);
  });
});
