import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { brief, extract, gz } from './helpers';

// Catalogue names as real reporting shortens them; sentences invented.
describe('a short form defined from a catalogued name', () => {
  it('reads "the American Convention" after the full name as that treaty, not an instrument outside the catalogue', () => {
    const s =
      'Peru gave notice of its denunciation of the American Convention on Human Rights ("the American Convention").';
    expect(findTreaties(s, gz).map((m) => m.treaty)).toEqual([
      'american-convention-human-rights',
      'american-convention-human-rights',
    ]);
    expect(extract(s, '2012-09-10').claims.map((c) => c.treaty)).toEqual(['american-convention-human-rights']);
  });
  it('keeps an unlisted name whose words are not all in the listed one', () => {
    const s = 'Peru ratified the American Convention on Human Rights and the Inter-American Convention on Extradition.';
    expect(findTreaties(s, gz).some((m) => m.name && /Extradition/.test(m.name))).toBe(true);
  });
});

describe('catalogue names as the news writes them', () => {
  const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);
  it('reads a pronounceable acronym written as a word ("Opec", "Unesco") but not one that is a word', () => {
    expect(ids("Gabon says it is leaving the producers' group, Opec, over quotas.")).toEqual(['opec-statute']);
    expect(ids('Belize has left Unesco.')).toEqual(['unesco-constitution']);
    expect(ids('The report cites figures from the ministry.')).toEqual([]);
  });
  it('reads "the Non-Proliferation of Nuclear Weapons Treaty" as the NPT, not the ban treaty', () => {
    expect(ids('Ruritania decided to withdraw from the Non-Proliferation of Nuclear Weapons Treaty.')).toEqual(['npt']);
  });
  it('reads "the Convention on Conventional Weapons" as the CCW', () => {
    expect(ids('Ruritania joined the Convention on Conventional Weapons in 1995.')).toEqual(['ccw']);
  });
  it('gives each numeral of "Protocols III, IV and V of the CCW" its own protocol', () => {
    const s =
      'Ruritania deposited its instruments for Protocols III, IV and V of the Convention on Conventional Weapons.';
    expect(ids(s)).toEqual([
      'provisional-protocol-iii-conventional-weapon',
      'ccw-protocol-iv',
      'ccw-protocol-v',
      'ccw',
    ]);
  });
  it('tells two optional protocols apart by a whole word of the sentence, not a word inside another', () => {
    expect(
      ids(
        'Ruritania withdrew from the optional protocol and dispute resolution to the Vienna Convention on Diplomatic Relations, its national security adviser said.',
      ),
    ).toEqual(['vcdr-optional-protocol-disputes']);
  });
  it('leaves an optional protocol unnamed when the convention has two and the sentence does not say which', () => {
    expect(
      ids(
        'Ruritania has pulled out of the "optional protocol" under the 1961 Vienna Convention of Diplomatic Relations.',
      ),
    ).toEqual([null]);
  });
});

describe('a protocol to a catalogued convention', () => {
  it('is the protocol, outside the catalogue when it is not listed, not the convention it belongs to', () => {
    const r = extract(
      'Peru acceded to the First Additional Protocol to the Convention on Cybercrime, concerning racist acts online.',
      '2024-06-21',
    );
    expect(brief(r.claims)).toEqual(['PER provisional-protocol-first-additional-cybercrime joined null primary']);
  });
  it('reads a convention "against" something inside the protocol\'s name ("to the Convention against Torture")', () => {
    expect(
      findTreaties('Peru signed the Optional Protocol to the Convention against Torture.', gz).map((m) => m.treaty),
    ).toEqual(['opcat']); // catalogued in round 7; still not UNCAT, the convention inside its name
    expect(findTreaties('Peru ratified the Convention against Torture in 1988.', gz).map((m) => m.treaty)).toEqual([
      'uncat',
    ]);
  });
  it('is the listed protocol when the catalogue has it', () => {
    expect(
      findTreaties(
        'Peru ratified the Kyoto Protocol to the United Nations Framework Convention on Climate Change.',
        gz,
      ).map((m) => m.treaty),
    ).toEqual(['kyoto-protocol']);
    expect(
      findTreaties(
        'Peru withdrew from the Optional Protocol to the Vienna Convention on Diplomatic Relations concerning the Compulsory Settlement of Disputes.',
        gz,
      ).map((m) => m.treaty),
    ).toEqual(['vcdr-optional-protocol-disputes']);
  });
});
