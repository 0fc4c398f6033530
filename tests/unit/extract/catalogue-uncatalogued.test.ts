// Instruments outside the catalogue (issue 12 item 3) as real reporting names them; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const names = (s: string) => findTreaties(s, gz).map((m) => (m.name ? `${m.treaty}` : m.treaty));

describe('the whole name of an unlisted instrument, and no more', () => {
  it('keeps a comma list that ends in "and" inside the name', () => {
    expect(names('Ruritania ended the Treaty on Amity, Trade and Navigation with Borduria on Monday.')).toEqual([
      provisionalTreatyId('Treaty on Amity, Trade and Navigation'),
    ]);
    expect(
      names('Ruritania signed the Convention on the Pursuit of Piracy, Slave Trading and Other Maritime Crimes.'),
    ).toEqual([provisionalTreatyId('Convention on the Pursuit of Piracy, Slave Trading and Other Maritime Crimes')]);
  });
  it('stops a name at a comma that starts a list of states or a new clause', () => {
    expect(names('The Treaty of Valdor, Spain and Portugal said, was a mistake.')).toEqual([
      provisionalTreatyId('Treaty of Valdor'),
    ]);
    expect(names('Ruritania left the Treaty of Valdor, a pact of 1962.')).toEqual([
      provisionalTreatyId('Treaty of Valdor'),
    ]);
  });
  it('reads "from" inside a name ("Protection of All Persons from ...")', () => {
    expect(names('Ruritania joined the Convention for the Protection of Fishermen from Forced Labour.')).toEqual([
      provisionalTreatyId('Convention for the Protection of Fishermen from Forced Labour'),
    ]);
  });
  it('ends the name before "to" and the parliament or office it is sent to', () => {
    expect(names('The president sent a bill denouncing the Civil Convention on Smuggling to the State Duma.')).toEqual([
      provisionalTreatyId('Civil Convention on Smuggling'),
    ]);
    expect(names('Chad deposited the Maritime Agreement on Salvage to AU Chairperson Jane Doe on Friday.')).toEqual([
      provisionalTreatyId('Maritime Agreement on Salvage'),
    ]);
    // A protocol "to" a convention, and "Access to Information", keep their words.
    expect(names('Chad signed the Additional Protocol to the Convention on Smuggling.')).toEqual([
      provisionalTreatyId('Additional Protocol to the Convention on Smuggling'),
    ]);
    expect(names('Chad joined the Convention on Access to Archives and Records.')).toEqual([
      provisionalTreatyId('Convention on Access to Archives and Records'),
    ]);
  });
  it('gives one id to the same instrument whatever the article adds after "to"', () => {
    const a = extract(
      'The Russian president on Monday submitted a bill denouncing the Civil Convention on Smuggling to the State Duma.',
      PUB,
    );
    expect(a.claims.map((c) => c.treaty)).toEqual([provisionalTreatyId('Civil Convention on Smuggling')]);
  });
});
