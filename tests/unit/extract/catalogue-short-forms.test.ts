import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { extract, gz } from './helpers';

// Catalogue names as real reporting shortens them; sentences invented.
describe('a short form defined from a catalogued name', () => {
  it('reads "the American Convention" after the full name as that treaty, not an instrument outside the catalogue', () => {
    const s = 'Peru gave notice of its denunciation of the American Convention on Human Rights ("the American Convention").';
    expect(findTreaties(s, gz).map((m) => m.treaty)).toEqual(['american-convention-human-rights', 'american-convention-human-rights']);
    expect(extract(s, '2012-09-10').claims.map((c) => c.treaty)).toEqual(['american-convention-human-rights']);
  });
  it('keeps an unlisted name whose words are not all in the listed one', () => {
    const s = 'Peru ratified the American Convention on Human Rights and the Inter-American Convention on Extradition.';
    expect(findTreaties(s, gz).some((m) => m.name && /Extradition/.test(m.name))).toBe(true);
  });
});
