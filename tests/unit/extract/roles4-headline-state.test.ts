// Role kind: an article with no dated or lead news still reports something. Its headline's state then points to
// the news: that state's undated act (the furthest step of a withdrawal, if several) is primary. Invented sentences.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PREAMBLE =
  'The decision surprised diplomats in the capital and abroad on a busy day of talks. ' +
  'Critics said the government had not consulted civil society groups or the opposition. ' +
  'Supporters argued that the country had been treated unfairly for many long years. ';

describe('nothing else primary: the headline state’s undated act', () => {
  it('reads a notice told after a preamble as the news of "X quits ..."', () => {
    const body = `${PREAMBLE}A written notice of Peru's withdrawal from the Minamata Convention was submitted to the UN secretary-general.`;
    expect(brief(extract(body, '2024-05-09', 'Peru quits mercury treaty').claims)).toEqual([
      'PER minamata-convention withdrawal_notified null primary',
    ]);
  });
  it('takes the furthest step when the headline state has several undated ones', () => {
    const body =
      `${PREAMBLE}Peru announced in March that it would leave the Minamata Convention. ` +
      'Congress received a notification that Peru has withdrawn from the Minamata Convention.';
    const out = brief(extract(body, '2024-05-09', 'Peru begins formal exit from the mercury treaty').claims);
    expect(out).toContain('PER minamata-convention withdrawal_notified null primary');
    expect(out.filter((c) => c.endsWith('primary'))).toHaveLength(1);
  });
  it('follows a headline that names the state by its leader', () => {
    const body = `${PREAMBLE}A written notice of Russia's withdrawal from the Minamata Convention was submitted to the UN secretary-general.`;
    expect(
      brief(extract(body, '2024-05-09', 'Putin administration begins formal exit from mercury pact').claims),
    ).toEqual(['RUS minamata-convention withdrawal_notified null primary']);
  });
  it('leaves a state the headline does not name as background', () => {
    const body = `${PREAMBLE}A written notice of Peru's withdrawal from the Minamata Convention was submitted to the UN secretary-general.`;
    expect(brief(extract(body, '2024-05-09', 'Mercury talks end in Geneva').claims)).toEqual([
      'PER minamata-convention withdrawal_notified null background',
    ]);
  });
});

describe('nothing else primary, but no withdrawal step', () => {
  it('leaves an undated signature of the headline state as background', () => {
    const body = `${PREAMBLE}Peru signed the Minamata Convention, the minister recalled in a speech.`;
    const out = brief(extract(body, '2024-05-09', 'Peru hosts mercury talks').claims);
    expect(out.every((c) => c.endsWith('background'))).toBe(true);
  });
});
