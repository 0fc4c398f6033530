import { describe, expect, it } from 'vitest';
import { personalise, renderEdition, type AlertItem } from '#emails/index';
import { edition, TOKENS, ukraineDecree } from './fixtures.ts';
import { dangerousBits, hrefs, parse } from './dom.ts';

// One string carrying every trick: script, attribute break-out, MJML tag injection, a forged
// placeholder, header injection, bidi override.
const EVIL =
  `<script>alert(1)</script>"><img src=x onerror=alert(2)>'onmouseover='alert(3)` +
  `</mj-text><mj-raw><b>raw</b></mj-raw><mj-button href="javascript:alert(4)">x</mj-button>` +
  `%%TW_UNSUBSCRIBE_URL%% &amp;lt;\r\nBcc: victim@example.com\u202Eevil`;

type Mutator = (item: AlertItem) => void;
const FIELDS: Record<string, Mutator> = {
  stateCode: (i) => {
    i.stateCode = EVIL;
  },
  stateName: (i) => {
    i.stateName = EVIL;
  },
  treatyId: (i) => {
    i.treatyId = EVIL;
  },
  treatyName: (i) => {
    i.treatyName = EVIL;
  },
  date: (i) => {
    i.date = EVIL;
  },
  headline: (i) => {
    i.headline = EVIL;
  },
  evidence: (i) => {
    i.evidence = EVIL;
  },
  effectiveNote: (i) => {
    i.effectiveNote = EVIL;
  },
  'source title': (i) => {
    i.sources[0].title = EVIL;
  },
  'source outlet': (i) => {
    i.sources[0].outlet = EVIL;
  },
  'source label': (i) => {
    i.sources[0].label = EVIL;
  },
  'source published': (i) => {
    i.sources[0].published = EVIL;
  },
  'source url': (i) => {
    i.sources[0].url = EVIL;
  },
  'source url (javascript:)': (i) => {
    i.sources[0].url = 'javascript:alert(document.cookie)';
  },
  'source url (JaVaScRiPt: with spaces)': (i) => {
    i.sources[0].url = ' \tJaVaScRiPt:alert(1)';
  },
  'source url (data:)': (i) => {
    i.sources[0].url = 'data:text/html,<script>alert(1)</script>';
  },
  'source url (attribute break-out)': (i) => {
    i.sources[0].url = 'https://ok.example/"><img src=x onerror=alert(1)>';
  },
  'what happens next': (i) => {
    i.whatNext = { step: EVIL, effect: EVIL, condition: EVIL };
  },
  'also on this treaty (line and state)': (i) => {
    i.alsoOnTreaty = {
      treatyUrl: 'https://tw.example.net/treaties/x',
      lines: [{ state: EVIL, stateName: EVIL, action: 'signed', date: '2025', line: EVIL }],
    };
  },
  'also on this treaty (javascript: treaty link)': (i) => {
    i.alsoOnTreaty = {
      treatyUrl: 'javascript:alert(1)',
      lines: [{ state: 'FIN', stateName: 'Finland', action: 'signed', date: '2025', line: 'Finland' }],
    };
  },
  'conflict fields': (i) => {
    i.conflicts = [{ what: EVIL, claimed: EVIL, record: EVIL, source: EVIL }];
  },
};

function hostile(field: string): AlertItem {
  const item = ukraineDecree();
  FIELDS[field](item);
  return item;
}

describe('hostile article text cannot reach the HTML as markup', () => {
  for (const kind of ['instant', 'daily'] as const) {
    it.each(Object.keys(FIELDS))(`${kind}: %s`, async (field) => {
      const rendered = await renderEdition(edition(kind, [hostile(field)], [hostile(field)]));
      const out = personalise(rendered, TOKENS);
      expect(dangerousBits(out.html)).toEqual([]);
      expect(out.html).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data):/i);
      expect(out.html).not.toContain('<mj-');
      // Only our links: the source link (when its URL was safe), preferences, unsubscribe.
      for (const h of hrefs(out.html)) expect(h).toMatch(/^https:\/\//);
      // The forged placeholder was not filled with the recipient's link.
      expect(out.html.split(TOKENS.unsubscribeUrl.replace('&', '&amp;')).length - 1).toBe(1);
      expect(out.text.split(TOKENS.unsubscribeUrl).length - 1).toBe(1);
      expect(out.subject).not.toMatch(/[\r\n]/);
    });
  }

  it('shows hostile text as harmless text rather than dropping it', async () => {
    const out = personalise(await renderEdition(edition('instant', [hostile('headline')])), TOKENS);
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(parse(out.html).querySelector('h2')?.textContent).toContain('<script>alert(1)</script>');
    expect(out.text.replace(/\s+/g, ' ')).toContain('<script>alert(1)</script>"><img src=x onerror=alert(2)>');
    // An entity in the article stays the literal text the article had.
    expect(out.text).toContain('&amp;lt;');
  });

  it('drops unsafe source URLs but keeps the source named', async () => {
    const item = hostile('source url (javascript:)');
    const out = await renderEdition(edition('instant', [item]));
    const doc = parse(out.html);
    expect(doc.body.textContent).toContain('Zelensky signs decree on landmine treaty exit');
    expect(hrefs(out.html).some((h) => h.includes('news.example.org'))).toBe(false);
  });

  it('strips CR/LF from the subject, even when a state name carries a header injection', async () => {
    const out = await renderEdition(
      edition('instant', [ukraineDecree({ stateName: 'Ukraine\r\nBcc: victim@example.com\r\n\r\n<b>x</b>' })]),
    );
    expect(out.subject).not.toMatch(/[\r\n\u0000-\u001f]/);
    expect(out.subject).toBe(
      'Ukraine Bcc: victim@example.com <b>x</b>: withdrawal decreed from the Ottawa Convention (29 Jun 2025)',
    );
  });
});
