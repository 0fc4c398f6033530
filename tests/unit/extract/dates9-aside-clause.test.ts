import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-9 date kind (issue 11); sentences are invented. A non-restrictive relative clause set off by commas between a
// subject and its verb ("The cabinet, which took office on 4 May, decided to leave ...") dates that clause's event,
// not the act of the main verb after it.
describe('a date inside a relative clause before the main verb', () => {
  it('does not date the act after the clause', () => {
    const out = brief(
      extract(
        'The Peruvian government, which took office on May 4, decided to leave the Ottawa Convention. ' +
          'The decision was posted on 20 June 2024.',
        undefined,
        'Peru to leave the Ottawa Convention',
      ).claims,
    );
    expect(out.filter((c) => c.startsWith('PER ottawa-convention withdrawal_proposed'))).toEqual([
      'PER ottawa-convention withdrawal_proposed null primary',
    ]);
  });
  it('does not date the act with a page date either', () => {
    const out = brief(
      extract(
        'The new cabinet of Chile, which was sworn in on 11 March 2024, announced that it would withdraw from the ' +
          'Ottawa Convention.',
        '2024-06-20',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('CHL ottawa-convention withdrawal_proposed 2024-03-11'))).toBe(false);
  });
  it("keeps the clause's own act dated (the act inside the clause)", () => {
    const out = brief(
      extract(
        'Chile, which ratified the Ottawa Convention on 10 September 2001, has not left it since then.',
        '2024-06-20',
      ).claims,
    );
    expect(out).toContain('CHL ottawa-convention joined 2001-09-10 background');
  });
  it('keeps a date written after the main verb', () => {
    const out = brief(
      extract(
        'The Peruvian government, which took office on May 4, announced on June 2 that it would withdraw from the ' +
          'Ottawa Convention.',
        '2024-06-20',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('PER ottawa-convention withdrawal_proposed 2024-06-02'))).toBe(true);
  });
});
