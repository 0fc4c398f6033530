// "What happens next", "Also on this treaty" and reminders, in the HTML and the plain-text part.
import { describe, expect, it } from 'vitest';
import { renderEdition } from '#emails/index';
import { edition, ukraineDecree } from './fixtures.ts';
import { hrefs, parse } from './dom.ts';

const TREATY_URL = 'https://tw.example.net/treaties/ottawa-convention';
const withContext = () =>
  ukraineDecree({
    whatNext: {
      step: 'Next legal step under the treaty: notice of withdrawal to the UN Secretary-General.',
      effect:
        'Under art. 20, it would take effect six months after notice reaches the UN Secretary-General — not before ' +
        'the end of an armed conflict the state is engaged in, art. 20(3).',
      condition:
        'Ukraine is engaged in an armed conflict (since 24 February 2022): while it lasts, ' +
        'the withdrawal would not take effect (art. 20(3)).',
    },
    alsoOnTreaty: {
      treatyUrl: TREATY_URL,
      lines: [
        {
          state: 'LTU',
          stateName: 'Lithuania',
          action: 'withdrawal_notified',
          date: '2025-06-27',
          line: 'Lithuania — withdrawal notified to the depositary, 27 June 2025',
        },
        {
          state: 'FIN',
          stateName: 'Finland',
          action: 'withdrawal_approved',
          date: '2025-06-19',
          line: 'Finland — withdrawal approved by parliament, 19 June 2025',
        },
      ],
    },
  });

describe('what happens next and also on this treaty', () => {
  it('the HTML shows both sections, each line linking to the treaty page', async () => {
    const out = await renderEdition(edition('instant', [withContext()]));
    const body = parse(out.html).body.textContent ?? '';
    expect(body).toContain('What happens next');
    expect(body).toContain('not before the end of an armed conflict the state is engaged in, art. 20(3)');
    expect(body).toContain('Lithuania — withdrawal notified to the depositary, 27 June 2025');
    expect(hrefs(out.html).filter((h) => h === TREATY_URL)).toHaveLength(3); // two lines and "where every state stands"
  });

  it('the text part says the same, with the treaty page once after the list', async () => {
    const out = await renderEdition(edition('instant', [withContext()]));
    const text = out.text.replace(/\s+/g, ' ');
    expect(text).toContain(
      'What happens next Next legal step under the treaty: notice of withdrawal to the UN Secretary-General.',
    );
    expect(text).toContain(
      '- Lithuania — withdrawal notified to the depositary, 27 June 2025 - Finland — withdrawal approved by ' +
        'parliament, 19 June 2025',
    );
    expect(text.split(TREATY_URL)).toHaveLength(2);
    expect(text).toContain(`Where every state stands on the Ottawa Convention <${TREATY_URL}>`);
  });

  it('an alert without them has neither section', async () => {
    const out = await renderEdition(edition('instant', [ukraineDecree()]));
    expect(out.text).not.toContain('What happens next');
    expect(out.text).not.toContain('Also on this treaty');
  });

  it(
    'a reminder reads as one: its badge, subject and masthead; a digest lists reminders under "Taking ' + 'effect"',
    async () => {
      const reminder = ukraineDecree({
        kind: 'reminder',
        novelty: 'KNOWN',
        actions: ['withdrawal_effective'],
        date: '2026-01-10',
        stateName: 'Finland',
        headline: "Finland's withdrawal from the Ottawa Convention takes effect on 10 January 2026",
        evidence: '',
      });
      const instant = await renderEdition(edition('instant', [reminder]));
      expect(instant.subject).toBe('Finland: withdrawal from the Ottawa Convention takes effect (10 Jan 2026)');
      expect(instant.text).toContain('Reminder · 30 June 2025');
      expect(instant.text).toContain('TAKES EFFECT');
      const digest = await renderEdition({ ...edition('daily', []), reminders: [reminder] });
      expect(digest.subject).toBe(
        'Daily digest — Finland: withdrawal from the Ottawa Convention takes effect (10 Jan 2026)',
      );
      expect(digest.text).toMatch(/Taking effect\n\nWithdrawals whose effective date has arrived/);
    },
  );
});
