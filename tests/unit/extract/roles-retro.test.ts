// Role kinds: an act the sentence itself places before the news ("Previously, ...", "had previously said", "This
// comes after ...") is restated history, never the article's news. Invented sentences of the real shapes.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

describe('a retrospective adverb before the act', () => {
  it('reads "Hitherto/Previously, X and Y deposited" as background in an undated article', () => {
    const body =
      'Chile has become the 60th party to the Minamata Convention on Mercury. ' +
      'Hitherto, the governments of Peru and Ghana deposited their instruments of ratification, becoming the 58th ' +
      'and 59th parties to the mercury treaty.';
    const out = brief(extract(body, undefined, 'Chile becomes 60th party to mercury treaty').claims);
    expect(out).toContain('PER minamata-convention joined null background');
    expect(out).toContain('GHA minamata-convention joined null background');
  });
  it('reads "had previously announced" as an earlier announcement, even with nothing else in the article', () => {
    const body = 'Bolivia had previously announced its withdrawal from the Minamata Convention.';
    expect(brief(extract(body).claims)).toEqual(['BOL minamata-convention withdrawal_proposed null background']);
  });
  it('keeps the news clause after the earlier one', () => {
    const body =
      'Peru had previously announced its exit from the Rome Statute, and on Monday it formally withdrew from the ' +
      'Rome Statute.';
    const out = brief(extract(body, '2025-03-05').claims);
    expect(out).toEqual([
      'PER rome-statute withdrawal_effective 2025-03-03 primary',
      'PER rome-statute withdrawal_proposed null background',
    ]);
  });
  it('does not read "the previously announced exit" as history', () => {
    const body = 'The previously announced withdrawal of Peru from the Rome Statute took effect on Monday.';
    const out = brief(extract(body, '2025-03-05').claims);
    expect(out.some((c) => c.startsWith('PER rome-statute withdrawal_effective') && c.endsWith('primary'))).toBe(true);
  });
});

describe('"comes after" / "came after" a clause', () => {
  it('makes the clause after it an earlier act', () => {
    const body = 'This comes after Peru decided to withdraw from the Minamata Convention in February 2024.';
    expect(brief(extract(body).claims)).toEqual(['PER minamata-convention withdrawal_proposed 2024-02 background']);
  });
  it('reads "The development came after both chambers approved" as background of the news', () => {
    const body =
      'The alliance suspended the CFE Treaty on Tuesday. ' +
      'The development came after both houses of the Russian parliament approved a bill denouncing the CFE Treaty.';
    const out = brief(extract(body, '2023-11-08').claims);
    expect(out.filter((c) => c.includes('withdrawal_approved'))).toEqual([
      expect.stringMatching(/^RUS cfe-treaty withdrawal_approved \S+ background$/),
    ]);
  });
});

describe('"last week" / "last month" with a publication day', () => {
  it('places the act before the news the day reports', () => {
    const body =
      "Chile's government last week approved a resolution proposing that Chile withdraw from the Minamata Convention.";
    expect(brief(extract(body, '2024-07-11').claims)).toEqual([
      'CHL minamata-convention withdrawal_proposed 2024-07 background',
    ]);
  });
  it('reads "Last month, the president signed a law suspending" as background', () => {
    const body = "Last month, Peru's president signed into law a bill suspending participation in the Rome Statute.";
    expect(brief(extract(body, '2019-08-02').claims)).toEqual(['PER rome-statute suspended 2019-07 background']);
  });
  it('keeps "this week" as the news', () => {
    const body = "Peru's president signed into law this week a bill suspending participation in the Rome Statute.";
    expect(brief(extract(body, '2019-08-02').claims)).toEqual(['PER rome-statute suspended 2019-08 primary']);
  });
});

describe('"late last week" in a Monday article', () => {
  it('is still the news the article reports', () => {
    const body = 'Peru notified the United Nations of its withdrawal from the Rome Statute late last week.';
    expect(brief(extract(body, '2025-06-30').claims)).toEqual(['PER rome-statute withdrawal_notified 2025-06 primary']);
    const monday = 'Peru notified the United Nations of its withdrawal from the Rome Statute last week.';
    expect(brief(extract(monday, '2025-06-30').claims)).toEqual([
      'PER rome-statute withdrawal_notified 2025-06 primary',
    ]);
  });
});
