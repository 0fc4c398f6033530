import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-10 date kinds: the day of an undated act written in another sentence that restates it. Sentences are invented.
const primary = (body: string, published?: string, title?: string) =>
  brief(extract(body, published, title).claims).filter((c) => !c.includes(' background'));

describe('an acceptance restates a joining', () => {
  it('dates the headline act by "accepted the treaty on ..." in the body', () => {
    const body =
      'Norway has become the latest country to ratify the Aarhus Convention.\n' +
      'Under the procedures the treaty allows, Norway accepted the treaty on 14 March 2005.';
    expect(primary(body, undefined, 'Norway joins the Aarhus Convention')).toEqual([
      'NOR aarhus-convention joined 2005-03-14 primary',
    ]);
  });
});

describe('the instrument as the subject of a sentence that names no state', () => {
  it('gives the one acting state the day its instrument was deposited', () => {
    const body =
      'Oslo, 10 June - Fiji submitted its ratification of the Ottawa Convention to the United Nations Secretary-General.\n' +
      'The deposit of the instrument of ratification, deposited on 9 June 2025, lets the treaty enter into force for it on 1 December 2025.';
    expect(primary(body, '2025-06-10', 'Fiji becomes a State Party to the Ottawa Convention')).toEqual([
      'FJI ottawa-convention joined 2025-06-09 primary',
    ]);
  });
  it('leaves it to the lead when two states act on the treaty (whose instrument it is, is not said)', () => {
    const body =
      'Oslo, 10 June - Fiji and Tonga sent their ratifications of the Ottawa Convention to the United Nations.\n' +
      'The instrument of ratification, deposited on 2 June 2025, was the first of the two.';
    const got = primary(body, '2025-06-10', 'Fiji and Tonga join the Ottawa Convention');
    expect(got).not.toContain('FJI ottawa-convention joined 2025-06-02 primary');
    expect(got).not.toContain('TON ottawa-convention joined 2025-06-02 primary');
  });
});
