// Round 9 (lead): "the Commonwealth" beside the CIS is the CIS, not the Commonwealth of Nations. Invented sentences.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { gz } from './helpers';

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
