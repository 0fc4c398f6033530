// Round 8, the name reader: names of instruments outside the catalogue that run past where the reader stopped —
// an "of" phrase before the head noun, a lower-case phrase that leads to more of the name, a Charter or an
// Amendment as the head. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);
const pid = provisionalTreatyId;

describe('an "of" phrase before the head noun is part of the name', () => {
  it('reads "the Abolition of Child Servitude Convention" whole', () => {
    expect(ids('Ruritania ratified the Abolition of Child Servitude Convention, 1961, on Friday.')).toContain(
      pid('Abolition of Child Servitude Convention'),
    );
  });
  it('reads "the Organisation of Andean States Convention on Migrants" whole', () => {
    expect(ids('Borduria became a party to the 1972 Organisation of Andean States Convention on Migrants.')).toContain(
      pid('Organisation of Andean States Convention on Migrants'),
    );
  });
  it('leaves out an act noun written before the name', () => {
    expect(ids('The Ratification of Child Servitude Convention bill passed.')).not.toContain(
      pid('Ratification of Child Servitude Convention'),
    );
  });
  it('keeps a shorter name written beside it as an instrument of its own', () => {
    const x = extract(
      "Chile's Congress approved the ratification of the Andean Labour Organization's (ALO) 1950 Child Servitude " +
        'Convention, and the 1961 Abolition of Child Servitude Convention, officials said.',
      PUB,
    );
    expect(triples(x.claims).sort()).toEqual([
      `CHL ${pid('Abolition of Child Servitude Convention')} joined`,
      `CHL ${pid('Child Servitude Convention')} joined`,
    ]);
  });
  it('extracts the ratification', () => {
    const x = extract('Chile ratified the Abolition of Child Servitude Convention on Friday.', PUB);
    expect(triples(x.claims)).toEqual([`CHL ${pid('Abolition of Child Servitude Convention')} joined`]);
  });
});

describe('a lower-case phrase that leads on to more capitalised name is part of the name', () => {
  it('reads "the Agreement on the establishment of the Nordic Grain Bank" whole', () => {
    expect(
      ids('Chile denounced the Intergovernmental Agreement on the establishment of the Nordic Grain Bank.'),
    ).toEqual([pid('Intergovernmental Agreement on the establishment of the Nordic Grain Bank')]);
  });
  it('reads "the Protocol on the Andean Charter for the creation of the Tribunal" whole', () => {
    expect(
      ids('Chile ratified the Protocol on the Andean Charter for the creation of the Tribunal in 1998.'),
    ).toContain(pid('Protocol on the Andean Charter for the creation of the Tribunal'));
  });
  it('reads "the Agreement relating to the implementation of Part IV of the Convention" whole', () => {
    expect(ids('Chile joined the Agreement relating to the implementation of Part IV of the Convention.')).toContain(
      pid('Agreement relating to the implementation of Part IV of the Convention'),
    );
  });
  it('does not run on into a date, a place or a clause', () => {
    expect(ids('Chile signed the Agreement on Fisheries on the day of the Summit.')).toEqual([
      pid('Agreement on Fisheries'),
    ]);
    expect(ids('Chile signed the Agreement on Fisheries in the city of Lima.')).toEqual([
      pid('Agreement on Fisheries'),
    ]);
  });
});

describe('a Charter or an Amendment heads a name as a Convention does', () => {
  it('reads "the Sahel-Nile Charter" and "the Charter of Andean Cooperation"', () => {
    expect(ids('In 2021 Chile and Peru signed the Sahel-Nile Charter in Lima.')).toEqual([pid('Sahel-Nile Charter')]);
    expect(ids('Chile joined the Charter of Andean Cooperation on Monday.')).toEqual([
      pid('Charter of Andean Cooperation'),
    ]);
  });
  it("reads a sponsor's short name written as the first word of a full name", () => {
    // Invented names: the OPEC+ Charter of Cooperation itself is catalogued since round 10 (cat12-promoted).
    expect(ids('Chile joined the OPEC+ Charter of Partnership on Monday.')).toEqual([
      pid('OPEC+ Charter of Partnership'),
    ]);
    expect(ids('Chile will join the OPEC Charter on Partnership next year.')).toEqual([
      pid('OPEC Charter on Partnership'),
    ]);
    expect(triples(extract('Chile joined the OPEC+ Charter of Partnership on Monday.', PUB).claims)).toEqual([
      `CHL ${pid('OPEC Charter of Partnership')} joined`,
    ]);
  });
  it('reads "the Lima Ban Amendment"', () => {
    expect(ids('Chile ratified the Lima Ban Amendment on Monday.')).toContain(pid('Lima Ban Amendment'));
  });
  it('is no name for a bare or generic Charter', () => {
    expect(ids('The Charter was adopted in 1945.')).toEqual([]);
    expect(ids('Chile signed a New Charter with Peru.')).toEqual([]);
  });
});
