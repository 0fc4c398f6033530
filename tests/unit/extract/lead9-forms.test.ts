// Round 9 (lead): "the Commonwealth" beside the CIS is the CIS, not the Commonwealth of Nations; a notice's date
// between its addressee and "of its withdrawal". Invented sentences.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { brief, extract, gz } from './helpers';

const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);

describe('"the Commonwealth" in a sentence that names the CIS', () => {
  it('is the CIS', () => {
    expect(ids('Deputies backed leaving the CIS and the agreement on the creation of the Commonwealth.')).not.toContain(
      'commonwealth-charter',
    );
    expect(
      ids('The Commonwealth of Independent States said the Commonwealth would hold its summit in Minsk.'),
    ).not.toContain('commonwealth-charter');
  });
  it('is still the Commonwealth of Nations elsewhere', () => {
    expect(ids('The island state rejoined the Commonwealth on Friday.')).toContain('commonwealth-charter');
  });
});

describe('a date between the addressee of a notice and "of its withdrawal"', () => {
  it('is the notice and its day', () => {
    const body =
      'Lithuania notified the Secretary-General on Monday, 3 March 2021, of its withdrawal from the Convention on Cluster Munitions.';
    expect(brief(extract(body, '2021-03-10T08:00:00Z').claims)).toEqual([
      'LTU cluster-munitions-convention withdrawal_notified 2021-03-03 primary',
    ]);
    expect(
      brief(
        extract('Canada informed the UPU on 2 May 2018 of its decision to leave the organisation.', '2018-06-01')
          .claims,
      ),
    ).toEqual(['CAN upu-constitution withdrawal_notified 2018-05-02 background']);
  });
});
