import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-5 date kinds (issue 11). Sentences are invented.
const primary = (body: string, published?: string, title?: string) =>
  brief(extract(body, published, title).claims).filter((c) => !c.includes(' background'));

describe("a wire dateline's day dates the undated news of the lead", () => {
  it('reads "CITY, Month D. /AGENCY/." on its own line', () => {
    const body =
      'LIMA, October 8. /WIRE/.\n' +
      'The Congress of Peru denounced the Ottawa Convention at a plenary session, the speaker announced.';
    expect(primary(body, '2025-10-09', 'Peru congress denounces the Ottawa Convention')).toEqual([
      'PER ottawa-convention withdrawal_approved 2025-10-08 primary',
    ]);
  });
  it('reads "CITY, D Month -" before the lead', () => {
    const body =
      'QUITO, 3 June - Ecuador has deposited its instrument of accession to the Ottawa Convention with the ' +
      'United Nations.';
    expect(primary(body, '2025-06-04', 'Ecuador joins the Ottawa Convention')).toEqual([
      'ECU ottawa-convention joined 2025-06-03 primary',
    ]);
  });
  it('does not take a dateline far before publication', () => {
    const body =
      'LIMA, March 8. /WIRE/.\n' +
      'The Congress of Peru denounced the Ottawa Convention at a plenary session, the speaker announced.';
    expect(primary(body, '2025-10-09', 'Peru congress denounces the Ottawa Convention')).toEqual([
      'PER ottawa-convention withdrawal_approved null primary',
    ]);
  });
});

describe("a page's weekday heading is no dateline", () => {
  it('leaves "have ratified" under "Wednesday, 4 June 2025" undated', () => {
    const body =
      'Wednesday, 4 June 2025\n' +
      'Chile and Peru have ratified the Ottawa Convention, bringing the number of parties to a new high.';
    expect(primary(body, '2025-06-04', 'Chile and Peru ratify the Ottawa Convention')).toEqual([
      'CHL ottawa-convention joined null primary',
      'PER ottawa-convention joined null primary',
    ]);
  });
});
