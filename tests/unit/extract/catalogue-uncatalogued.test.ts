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

describe('an organisation outside the catalogue stands for its founding instrument', () => {
  const org = (s: string) =>
    findTreaties(s, gz)
      .filter((m) => m.org && m.name)
      .map((m) => m.treaty);
  it('reads the organisation a state leaves or joins, under a provisional id from its name', () => {
    expect(
      triples(
        extract('Georgia’s parliament voted on Thursday to pull out of the Commonwealth of Free Ports.', PUB).claims,
      ),
    ).toEqual([`GEO ${provisionalTreatyId('Commonwealth of Free Ports')} withdrawal_approved`]);
    expect(
      triples(
        extract('Mali announced on Tuesday its withdrawal from the International Organisation of Fisheries.', PUB)
          .claims,
      ),
    ).toEqual([`MLI ${provisionalTreatyId('International Organisation of Fisheries')} withdrawal_proposed`]);
    expect(org('Nicaragua said it would leave the International Organization for Weather and Tides.')).toEqual([
      provisionalTreatyId('International Organization for Weather and Tides'),
    ]);
    expect(org('Chad rejoined the Sahara Development Union after 30 years.')).toEqual([
      provisionalTreatyId('Sahara Development Union'),
    ]);
  });
  it('gives the name and its acronym in brackets one mention', () => {
    expect(org('Peru quit the Union of Andean Ports (UNAP) on Monday.')).toEqual([
      provisionalTreatyId('Union of Andean Ports'),
    ]);
    expect(findTreaties('Peru quit the Union of Andean Ports (UNAP) on Monday.', gz)).toHaveLength(1);
  });
  it('reads "the Commonwealth" on its own as the organisation (catalogued since round 8)', () => {
    expect(
      triples(extract('The Gambia rejoined the Commonwealth on 8 February 2018.', '2018-02-09T09:00:00Z').claims),
    ).toEqual(['GMB commonwealth-charter joined']);
  });
  it('does not take a party, a state, an organ of a body or a catalogued organisation for it', () => {
    expect(org('The Christian Democratic Union left the coalition on Monday.')).toEqual([]);
    expect(org('The Soviet Union signed the treaty in 1968.')).toEqual([]);
    expect(org('Chad wrote to the African Union Commission on Monday.')).toEqual([]);
    expect(org('Argentina left the World Health Organization.')).toEqual([]);
    expect(org('Britain left the European Union in 2020.')).toEqual([]);
  });
});

describe('where an unlisted organisation is not what a state joins or leaves', () => {
  const org = (s: string) =>
    findTreaties(s, gz)
      .filter((m) => m.org && m.name)
      .map((m) => m.treaty);
  it('skips the depositary and the body an envoy is sent to', () => {
    expect(org('Chad deposited its instrument of ratification with the Sahara Development Union on Friday.')).toEqual(
      [],
    );
    expect(org('The head of the Chadian Mission to the Sahara Development Union handed it over.')).toEqual([]);
  });
  it('leaves a longer instrument name that contains the organisation whole', () => {
    const s = 'Moldova denounced the Convention on the Assembly of the Commonwealth of Free Ports.';
    expect(findTreaties(s, gz).map((m) => m.treaty)).toEqual([
      provisionalTreatyId('Convention on the Assembly of the Commonwealth of Free Ports'),
    ]);
  });
  it('reads a catalogued organisation spelt another way as its record, also after a comma list', () => {
    expect(
      findTreaties('Qatar left the Organisation of Petroleum Exporting Countries.', gz).map((m) => m.treaty),
    ).toEqual(['opec-statute']);
    expect(
      findTreaties('Nicaragua left the UN Educational, Scientific and Cultural Organization.', gz).map((m) => m.treaty),
    ).toEqual(['unesco-constitution']);
  });
  it('does not read "Most European Union States" as an organisation', () => {
    expect(org('Most European Union States have ratified the treaty.')).toEqual([]);
  });
});

describe('an accession treaty and an acronym the sentence defines', () => {
  it('names the accession treaty by its phrase, not the organisation it leads into', () => {
    const s = 'Chad has signed the treaty of accession to the Sahara Development Union (SDU).';
    expect(findTreaties(s, gz).map((m) => m.treaty)).toEqual([
      provisionalTreatyId('treaty of accession to the Sahara Development Union'),
    ]);
    expect(
      findTreaties('The Duma ratified the treaty on Chad’s joining the Sahara Development Union.', gz).map(
        (m) => m.treaty,
      ),
    ).toEqual([provisionalTreatyId("treaty on Chad's joining the Sahara Development Union")]);
  });
  it('reads the defined acronym elsewhere in its sentence as the same organisation', () => {
    const s = 'Peru on Monday notified UNAP that it is leaving the Union of Andean Ports (UNAP).';
    expect(findTreaties(s, gz).map((m) => m.treaty)).toEqual([
      provisionalTreatyId('Union of Andean Ports'),
      provisionalTreatyId('Union of Andean Ports'),
    ]);
  });
});

describe('a listed short name at the start of another name', () => {
  const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);
  it('does not read "the European Convention on <something else>" as the ECHR', () => {
    expect(ids('Russia left the European Convention on the Suppression of Piracy in 2023.')).toEqual([
      provisionalTreatyId('European Convention on the Suppression of Piracy'),
    ]);
    expect(ids('Russia left the European Convention in 2022.')).toEqual(['echr']);
    expect(ids('Russia left the European Convention on Human Rights in 2022.')).toEqual(['echr']);
  });
  it('does not read "the Second Optional Protocol to the ICCPR" as the first', () => {
    expect(
      ids('Chad ratified the Second Optional Protocol to the International Covenant on Civil and Political Rights.'),
    ).toEqual(['iccpr-optional-protocol-2']);
    expect(
      ids('Chad ratified the Optional Protocol to the International Covenant on Civil and Political Rights.'),
    ).toEqual(['iccpr-optional-protocol-1']);
  });
});

describe('catalogue names as the news shortens or misspells them', () => {
  const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);
  it('reads the CFE Treaty without "Armed", the European anti-torture convention and "Africa Continental"', () => {
    expect(ids('Chad suspended the Treaty on Conventional Forces in Europe.')).toEqual(['cfe-treaty']);
    expect(ids('Chad left the European Convention against Torture on Monday.')).toEqual(['european-cpt']);
    expect(ids('Chad ratified the Africa Continental Free Trade Agreement.')).toEqual(['afcfta-agreement']);
    expect(ids('Chad joined the UN Convention against Torture.')).toEqual(['uncat']);
  });
});

describe('Article 50 as the news cites it', () => {
  it('reads "Article 50 of the Treaty of Lisbon" as the Treaty on European Union', () => {
    expect(
      findTreaties('Britain gave notice under Article 50 of the Treaty of Lisbon.', gz).map((m) => m.treaty),
    ).toEqual(['treaty-on-european-union']);
  });
});

describe('more catalogue names as reporting writes them', () => {
  const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);
  it('reads long official names cut of their parties or framework, and "Cyber Crime" in two words', () => {
    expect(
      ids(
        'Chad suspended the US-Russian Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms.',
      ),
    ).toEqual(['new-start']);
    expect(
      ids(
        'Chad ratified the Agreement on the Conservation and Sustainable Use of Marine Biological Diversity of Areas Beyond National Jurisdiction.',
      ),
    ).toEqual(['bbnj-agreement']);
    expect(ids('The Senate approved the Convention on Cyber Crime.')).toEqual(['budapest-convention']);
    expect(ids('Chad left the U.N. Educational, Scientific and Cultural Organization.')).toEqual([
      'unesco-constitution',
    ]);
  });
  it('reads "the Protocol of Accession" as no name of its own (the organisation in context is joined)', () => {
    expect(ids('Chad signed the Protocol of Accession on Monday.')).toEqual([]);
    expect(ids('Chad deposited its Protocol of Accession to the World Trade Organization.')).toEqual(['wto-agreement']);
  });
  it('takes no NGO, terrorist group, plural heading or "twenty-seven European Union" for an organisation', () => {
    const org = (s: string) => findTreaties(s, gz).filter((m) => m.org && m.name);
    expect(org('The Union of Concerned Scientists criticised the move.')).toEqual([]);
    expect(org('Ankara blames the Gulenist Terror Organization.')).toEqual([]);
    expect(org('Topics: Cultural Organizations, Government Policy.')).toEqual([]);
    expect(org('The Twenty-seven European Union leaders met.')).toEqual([]);
  });
});

describe('a headline-cased line inside the body', () => {
  const named = (s: string) =>
    findTreaties(s, gz)
      .filter((m) => m.name)
      .map((m) => m.name);
  it('does not read the subject and verb of a headline as part of an instrument name', () => {
    expect(named('Chad Ratifies Key Regional Treaty on Fisheries')).toEqual(['Key Regional Treaty on Fisheries']);
    expect(named('Sahel States Sign Treaty')).toEqual([]);
    expect(named('Chad Withdraws From Environmental Convention')).toEqual([]);
    expect(named('Farm Lobby Targets Regional Grain Treaty')).toEqual(['Regional Grain Treaty']);
  });
  it('keeps a name that only looks like a verb phrase', () => {
    expect(named('Chad joined the Convention on Signs and Signals in 1970.')).toEqual([
      'Convention on Signs and Signals',
    ]);
  });
});
