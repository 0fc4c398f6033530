// Role kind: when the article's news is a later step of a withdrawal (the vote, the notice), the proposal or
// announcement that started it is restated background, even told beside the news. Invented sentences.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

describe('a proposal beside a later primary step of the same withdrawal', () => {
  it('reads the bill submitted before the vote as background', () => {
    const body =
      "Peru's Congress on Wednesday voted to withdraw from the Minamata Convention. " +
      'The environment minister, who submitted the bill to Congress, welcomed the vote.';
    const out = brief(extract(body, '2024-05-09').claims);
    expect(out).toContain('PER minamata-convention withdrawal_approved 2024-05-08 primary');
    expect(out.filter((c) => c.includes('withdrawal_proposed')).every((c) => c.endsWith('background'))).toBe(true);
  });
  it('reads the announcement beside the notice as background', () => {
    const body =
      'Peru has notified the United Nations that it is withdrawing from the Minamata Convention, a UN spokesman said ' +
      'on Wednesday. Peru has announced its withdrawal from the Minamata Convention, accusing it of bias.';
    const out = brief(extract(body, '2024-05-09').claims);
    expect(out.some((c) => c.startsWith('PER minamata-convention withdrawal_notified') && c.endsWith('primary'))).toBe(
      true,
    );
    expect(out.filter((c) => c.includes('withdrawal_proposed')).every((c) => c.endsWith('background'))).toBe(true);
  });
  it('keeps the proposal primary when the only later step is an undated exit (the headline word for it)', () => {
    const body = 'Peru has withdrawn from the Minamata Convention. The government decided to quit the convention.';
    const out = brief(extract(body, '2024-05-09').claims);
    expect(out.some((c) => c.includes('withdrawal_proposed') && c.endsWith('primary'))).toBe(true);
  });
});

describe('a proposal beside a decree', () => {
  it('stays primary: the decree carries out the decision', () => {
    const body =
      'President Boluarte has signed a decree withdrawing Peru from the Minamata Convention. ' +
      "Thus she enacted the cabinet's decision to withdraw from the Minamata Convention.";
    const out = brief(extract(body, '2024-05-09').claims);
    expect(out.some((c) => c.includes('withdrawal_decreed') && c.endsWith('primary'))).toBe(true);
    expect(out.some((c) => c.includes('withdrawal_proposed') && c.endsWith('primary'))).toBe(true);
  });
});
