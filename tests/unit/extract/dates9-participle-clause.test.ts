import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-9 date kind (issue 11); sentences are invented. A participle clause after the act ("..., renewing it in
// 2008"; "... after having approved it last week") tells of another step: its date is not the act's.
describe('a date inside a participle clause after the act', () => {
  it('does not date the act before ", <verb>ing ..."', () => {
    const out = brief(
      extract(
        'Peru joined the Open Skies Treaty in 2002, in 2019 the country suspended its participation in the treaty, ' +
          'resuming it in 2023.',
        '2024-06-20',
      ).claims,
    );
    expect(out).toContain('PER open-skies-treaty suspended 2019 background');
  });
  it('does not date the act before "after having <verb>ed ..."', () => {
    const out = brief(
      extract(
        'The process ended when Santiago notified the United Nations of its ratification of the Ottawa Convention ' +
          'after having approved it last week.',
        '2024-06-19',
        'Chile ratifies the Ottawa Convention',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('CHL ottawa-convention joined 2024-06 '))).toBe(false);
  });
  it('keeps the date of an act named inside the clause', () => {
    const out = brief(extract('Peru signed the Ottawa Convention in 1997, ratifying it in 1998.', '2024-06-20').claims);
    expect(out).toContain('PER ottawa-convention signed 1997 background');
  });
  it('keeps the date of a participle that restates the act ("after depositing its instrument last week")', () => {
    const out = brief(
      extract(
        'Chile became a party to the Ottawa Convention after depositing its instrument of ratification last week.',
        '2024-06-19',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('CHL ottawa-convention joined 2024-06'))).toBe(true);
  });
});
