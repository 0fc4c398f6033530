// Recognition at catalogue scale (issue 12 item 2): names, short names, acronyms and aliases that
// collide, resolved in context. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { extract, gz, triples } from './helpers';

const PUB = '2025-06-12T09:00:00Z';
const ids = (text: string) => findTreaties(text, gz).map((m) => m.treaty);

describe('names that are also places, clubs and other things', () => {
  it('reads "Ottawa" as Canada when it acts, and the Ottawa Convention as the treaty', () => {
    expect(
      triples(
        extract(
          'Ottawa on Tuesday urged Lithuania to reconsider. Vilnius formally withdrew from the Ottawa Convention on Wednesday.',
          PUB,
        ).claims,
      ),
    ).toEqual(['LTU ottawa-convention withdrawal_effective']);
    expect(triples(extract('Ottawa signed the Chemical Weapons Convention in 1993.', PUB).claims)).toEqual([
      'CAN cwc signed',
    ]);
  });
  it('keeps the Paris Club (creditors) apart from the Paris accord (climate)', () => {
    expect(ids('Zambia reached a deal with the Paris Club of official creditors.')).toEqual([]);
    expect(
      extract('Argentina reached a deal with the Paris Club on Tuesday and signed a restructuring agreement.', PUB)
        .claims,
    ).toEqual([]);
    expect(triples(extract('The United States formally left the Paris accord on Monday.', PUB).claims)).toEqual([
      'USA paris-agreement withdrawal_effective',
    ]);
  });
  it('does not take "Article 50" of another text for the Treaty on European Union', () => {
    expect(ids('Britain triggered Article 50 of the Treaty on European Union.')).toEqual(['treaty-on-european-union']);
    expect(ids('The court relied on Article 50 of the Constitution.')).toEqual([]);
    expect(
      triples(
        extract('Britain deposited its notice of withdrawal under Article 50 on Wednesday.', '2017-03-30T09:00:00Z')
          .claims,
      ),
    ).toEqual(['GBR treaty-on-european-union withdrawal_notified']);
  });
});

describe('acronyms and organisations that stand for their instruments', () => {
  it('reads an organisation as its constitution when a state joins or leaves it', () => {
    expect(
      triples(
        extract('Argentina formally notified the UN Secretary-General of its withdrawal from the WHO on Monday.', PUB)
          .claims,
      ),
    ).toEqual(['ARG who-constitution withdrawal_notified']);
    expect(triples(extract('Qatar left OPEC on Tuesday after 57 years.', PUB).claims)).toEqual([
      'QAT opec-statute withdrawal_effective',
    ]);
    expect(triples(extract('Nicaragua announced on Friday that it was withdrawing from the ILO.', PUB).claims)).toEqual(
      ['NIC ilo-constitution withdrawal_proposed'],
    );
    expect(triples(extract('Mali, Burkina Faso and Niger formally left ECOWAS on Wednesday.', PUB).claims)).toEqual([
      'BFA ecowas-treaty withdrawal_effective',
      'MLI ecowas-treaty withdrawal_effective',
      'NER ecowas-treaty withdrawal_effective',
    ]);
    expect(triples(extract('Comoros formally joined the WTO on Wednesday.', PUB).claims)).toEqual([
      'COM wto-agreement joined',
    ]);
  });
  it('reads the whaling commission as the whaling convention', () => {
    expect(triples(extract('Japan formally left the International Whaling Commission on Sunday.', PUB).claims)).toEqual(
      ['JPN icrw withdrawal_effective'],
    );
    expect(triples(extract('Japan formally left the IWC on Sunday.', PUB).claims)).toEqual([
      'JPN icrw withdrawal_effective',
    ]);
  });
  it('does not read "WHO" in a capitalised headline-style phrase, nor an organisation as a sponsor of another text', () => {
    expect(ids('WHO SAID IT: THE WEEK IN QUOTES')).toEqual([]);
    expect(
      extract('Slovakia signed the WHO pandemic agreement on Tuesday.', PUB).claims.filter(
        (c) => c.treaty === 'who-constitution',
      ),
    ).toEqual([]);
    expect(
      extract('Norway ratified the ILO convention on violence and harassment on Monday.', PUB).claims.filter(
        (c) => c.treaty === 'ilo-constitution',
      ),
    ).toEqual([]);
  });
  it('reads ECT and CPT only where the context is the treaty', () => {
    expect(triples(extract('Italy formally left the ECT on Tuesday, citing investor claims.', PUB).claims)).toEqual([
      'ITA energy-charter-treaty withdrawal_effective',
    ]);
    expect(ids('Patients given ECT improved within weeks.')).toEqual([]);
    expect(ids('The CPT visited prisons in Hungary.')).toEqual(['european-cpt']);
    expect(ids('Kick-off is at 15:00 CPT.')).toEqual([]);
  });
});

describe('generic names resolved to the instrument last named', () => {
  it('"the Charter" is the charter named before it (Energy, OAS), not any charter', () => {
    expect(
      triples(
        extract(
          'Venezuela announced its withdrawal from the OAS Charter in 2017. On Saturday it formally left the Charter.',
          PUB,
        ).claims,
      ),
    ).toEqual(['VEN oas-charter withdrawal_effective', 'VEN oas-charter withdrawal_proposed']);
    expect(
      triples(
        extract('Germany left the Energy Charter Treaty last year. Poland formally left the Charter on Friday.', PUB)
          .claims,
      ).filter((t) => t.startsWith('POL')),
    ).toEqual(['POL energy-charter-treaty withdrawal_effective']);
  });
  it('"the Charter" skips a treaty of another kind named since, and "the UN Charter" is no catalogued charter', () => {
    expect(
      triples(
        extract(
          'Italy left the Energy Charter Treaty in 2016. It remains in the Paris Agreement. Slovenia formally left the Charter on Friday.',
          PUB,
        ).claims,
      ).filter((t) => t.startsWith('SVN')),
    ).toEqual(['SVN energy-charter-treaty withdrawal_effective']);
    expect(ids('Venezuela invoked the UN Charter.')).toEqual([]);
  });
  it('"the Convention" is the convention last named, past a treaty or an organisation named since', () => {
    const r = extract(
      'Russia was expelled from the Council of Europe in March. It ceased to be a party to the European Convention on Human Rights in September, ' +
        'six months later. Under the Treaty on European Union nothing changed. The Convention no longer applied to Russia from 16 September.',
      PUB,
    );
    expect(triples(r.claims)).toContain('RUS echr withdrawal_effective');
    expect(triples(r.claims)).not.toContain('RUS treaty-on-european-union withdrawal_effective');
  });
  it('finds the treaty named in the previous sentence or only in the title', () => {
    expect(
      triples(
        extract(
          'The regional pact on wetlands has 172 parties. The Ramsar Convention was the first. Gabon formally withdrew from the convention on Monday.',
          PUB,
        ).claims,
      ),
    ).toEqual(['GAB ramsar-convention withdrawal_effective']);
    expect(
      triples(
        extract(
          'Malawi formally left the pact on Monday, officials said.',
          PUB,
          'Malawi quits the CITES wildlife trade convention',
        ).claims,
      ),
    ).toEqual(['MWI cites withdrawal_effective']);
  });
});

describe('instruments outside the catalogue', () => {
  it('extracts a state action on a named instrument under its provisional id, with its name', () => {
    const [c] = extract(
      'Chile formally withdrew from the Convention on the Conservation of Migratory Species of Wild Animals on Monday.',
      PUB,
    ).claims;
    expect(c).toMatchObject({
      state: 'CHL',
      treaty: 'provisional-convention-conservation-migratory-species-wild-animal',
      action: 'withdrawal_effective',
      catalogued: false,
      treatyName: 'Convention on the Conservation of Migratory Species of Wild Animals',
    });
    // (The Treaty of Semipalatinsk, this test's first example, entered the catalogue in round 9.)
    expect(
      extract('Kazakhstan formally left the Treaty of Rarotonga on Tuesday.', PUB).claims.map((x) => x.treaty),
    ).toEqual(['provisional-treaty-rarotonga']);
  });
  it('keeps no background mention of such an instrument, and no kind of instrument as a name', () => {
    expect(extract('Belgium, France and Italy signed the Treaty of Rome in 1957.', PUB).claims).toEqual([]);
    expect(
      extract(
        'The order told agencies to review International Environmental Agreements. Mexico formally left the agreements on Friday.',
        PUB,
      ).claims.filter((c) => c.treaty.startsWith('provisional-')),
    ).toEqual([]);
  });
  it('finds the record for a catalogued name spelt differently', () => {
    expect(
      ids(
        'the Convention on the Prohibition of the Use, Stockpiling, Production, and Transfer of Anti-Personnel Mines',
      ),
    ).toEqual(['ottawa-convention']);
  });
});
