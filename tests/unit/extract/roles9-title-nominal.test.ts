// Role kind: a headline that names the act as a noun ("Chile's ratification brings the treaty into force",
// "Ratifications in 2024") or as a membership the state takes up ("Peru becomes the pact's 40th party") marks the
// lead's act of that state as the news, though it is dated some weeks before publication. Invented sentences.
import { describe, expect, it } from 'vitest';
import { titleActions } from '../../../functions/core/extract/title-acts';
import { brief, extract } from './helpers';

describe('a nominal act in the headline', () => {
  it('a ratification in the headline, deposited four weeks before publication, is the news', () => {
    const out = brief(
      extract(
        'Chile deposited its instrument of ratification of the Minamata Convention on 3 April 2024.',
        '2024-05-02',
        "Chile's ratification brings Minamata Convention into force",
      ).claims,
    );
    expect(out).toContain('CHL minamata-convention joined 2024-04-03 primary');
  });
  it('an old ratification restated under such a headline stays background', () => {
    const out = brief(
      extract(
        'Chile deposited its instrument of ratification of the Minamata Convention on 3 April 2019.',
        '2024-05-02',
        "Chile's ratification: five years on",
      ).claims,
    );
    expect(out).toContain('CHL minamata-convention joined 2019-04-03 background');
  });
  it('a headline on a ratification debate does not make another state primary', () => {
    const out = brief(
      extract(
        'Peru deposited its instrument of ratification of the Minamata Convention on 3 April 2024.',
        '2024-05-02',
        'Chile debates ratification of Minamata Convention',
      ).claims,
    );
    expect(out).toContain('PER minamata-convention joined 2024-04-03 background');
  });
});

describe('a membership taken up, in the headline', () => {
  it("'becomes the alliance's 30th member nation' names the joining as the news", () => {
    const out = brief(
      extract(
        'Delegates from many countries gathered in the capital for a week of talks on mercury pollution. ' +
          'The talks ended without agreement on new limits for small mines, officials said. ' +
          'The host government thanked the delegates for their work over many years of negotiation. ' +
          'At a ceremony later, Peru acceded to the Minamata Convention.',
        '2024-05-02',
        "Peru officially becomes the convention's 30th party nation",
      ).claims,
    );
    expect(out).toContain('PER minamata-convention joined null primary');
  });
  it('reads the forms a headline gives a new membership', () => {
    for (const t of [
      "Montenegro becomes NATO's 29th member",
      'Peru becomes the 40th party to the convention',
      'Kiribati becomes newest full member of the forum',
      "Chile's ratification brings treaty into force",
    ])
      expect(titleActions(t).has('joined')).toBe(true);
    expect(titleActions('Chile becomes a leader on mercury').has('joined')).toBe(false);
  });
});
