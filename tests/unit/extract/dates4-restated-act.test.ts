import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-4 date kind (issue 11): a headline's act that the body restates with its own date. Sentences are invented.
const primary = (body: string, published?: string, title?: string) =>
  brief(extract(body, published, title).claims).filter((c) => !c.includes(' background'));

describe('the headline act dated by the body sentence that restates it', () => {
  it('takes the deposit day written beside the deposit, not the dateline day of the lead', () => {
    const body =
      'Bern, 9 May - Greece sent its ratification of the Ottawa Convention to the United Nations this week.\n' +
      'The instrument of ratification, deposited on 8 May 2025, lets the treaty bind Greece from November.';
    expect(primary(body, '2025-05-09', 'Greece becomes a State Party to the Ottawa Convention')).toEqual([
      'GRC ottawa-convention joined 2025-05-08 primary',
    ]);
  });
  it('resolves a weekday beside the act ("delivered the papers on Monday") rather than the reporting day', () => {
    // Published Thursday 15 May 2025: the reporting day is the 15th, "on Monday" is the 12th.
    const body =
      'The United Nations confirmed the step, its spokesman said on Thursday.\n' +
      'Chilean diplomats delivered the accession papers in New York on Monday, joining the Ottawa Convention.';
    expect(primary(body, '2025-05-15', 'Chile joins the Ottawa Convention')).toEqual([
      'CHL ottawa-convention joined 2025-05-12 primary',
    ]);
  });
  it('dates a membership from the day the body says it took effect, with no publication day', () => {
    const body =
      'Peru has become the newest member state of the Ottawa Convention effective from March 3, 2016, officials ' +
      'in Lima confirmed.';
    expect(primary(body, undefined, 'Peru becomes member of the Ottawa Convention')).toEqual([
      'PER ottawa-convention joined 2016-03-03 primary',
    ]);
  });
  it('dates a signature by the official who signed for the state ("On 4 June 2024, the minister signed")', () => {
    const body =
      'On 4 June 2024, Foreign Minister Ana Rojas signed the Ottawa Convention at a ceremony, making Peru one of ' +
      'the latest states to take that step.';
    expect(primary(body, undefined, 'Peru signs the Ottawa Convention')).toEqual([
      'PER ottawa-convention signed 2024-06-04 primary',
    ]);
  });
  it('leaves the act undated when the body restates it with no date of its own', () => {
    const body =
      'Peru has become the newest member of the Ottawa Convention.\n' +
      'The treaty entered into force in 1999 and now counts more than 160 parties.';
    expect(primary(body, undefined, 'Peru joins the Ottawa Convention')).toEqual([
      'PER ottawa-convention joined null primary',
    ]);
  });
});

describe('what is not the headline act', () => {
  it('skips an aim in the infinitive ("applied to join on 1 February 2021") and another group\'s act', () => {
    const body =
      'Peru formally applied to join the Ottawa Convention on 1 February 2021, and the talks ended last year.\n' +
      'In March 2023, several neighbours decided to jointly join the Ottawa Convention, as Peru had hoped.';
    expect(primary(body, undefined, 'Peru officially joins the Ottawa Convention')).toEqual([
      'PER ottawa-convention joined null primary',
    ]);
  });
  it('skips a future membership date ("will become a member on April 1") and a date in a treaty\'s name', () => {
    const body =
      'Peru will become a member of the Ottawa Convention on April 1, the UN said.\n' +
      'The Ottawa Convention of 18 September 1997 now binds Peru as well.';
    expect(primary(body, '2025-01-07', 'Peru joins the Ottawa Convention')).toEqual([
      'PER ottawa-convention joined null primary',
    ]);
  });
});
