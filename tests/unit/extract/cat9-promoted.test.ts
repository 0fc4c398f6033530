// Round 6, catalogue (issue 12): instruments promoted into the catalogue because states' acts on them recur in the
// news (RCEP, the original TPP, the Nagoya Protocol, UNASUR, the CIS, the EAC, SADC, IGAD, the EAEU, UNIDO, the
// Caspian convention, the Indus Waters Treaty, the Pacific Islands Forum, the ABM Treaty, the 1961 statelessness
// convention), and an evaluation that follows the catalogue's growth. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { catalogueIdOfName, resolveLabelTreaty } from '../../../local/extract-score';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';

describe('promoted instruments are read by their names, short names and acronyms', () => {
  it.each([
    ['Peru ratified the Regional Comprehensive Economic Partnership on Monday.', 'rcep'],
    ['Peru ratified RCEP on Monday.', 'rcep'],
    ['Peru signed the Trans-Pacific Partnership on Monday.', 'tpp'],
    ['Peru ratified the Nagoya Protocol on Monday.', 'nagoya-protocol'],
    ['Peru formally left the Union of South American Nations on Monday.', 'unasur-treaty'],
    ['Peru formally left UNASUR on Monday.', 'unasur-treaty'],
    ['Georgia formally left the Commonwealth of Independent States on Monday.', 'cis-charter'],
    ['Somalia formally joined the East African Community on Monday.', 'eac-treaty'],
    ['Seychelles formally left the Southern African Development Community on Monday.', 'sadc-treaty'],
    ['Eritrea formally left the Intergovernmental Authority on Development on Monday.', 'igad-agreement'],
    ['Armenia formally joined the Eurasian Economic Union on Monday.', 'eaeu-treaty'],
    ['Peru formally left the UN Industrial Development Organization on Monday.', 'unido-constitution'],
    ['Kiribati formally left the Pacific Islands Forum on Monday.', 'pacific-islands-forum-agreement'],
    ['Peru ratified the 1961 Convention on the Reduction of Statelessness on Monday.', 'statelessness-convention-1961'],
  ])('%s', (sentence, id) => {
    expect(triples(extract(sentence, PUB).claims).map((t) => t.split(' ')[1])).toContain(id);
  });

  it('keeps the original TPP apart from the CPTPP that succeeded it', () => {
    expect(triples(extract('Peru ratified the CPTPP on Monday.', PUB).claims)).toEqual(['PER cptpp joined']);
    expect(
      triples(
        extract('Peru ratified the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.', PUB).claims,
      ),
    ).toEqual(['PER cptpp joined']);
  });

  it('reads "CIS" as the Commonwealth only where the news is about its region', () => {
    expect(triples(extract('Moldova formally left the CIS on Monday, the Kremlin said.', PUB).claims)).toEqual([
      'MDA cis-charter withdrawal_effective',
    ]);
    expect(
      triples(extract('Peru left the CIS on Monday after a data breach at its hospitals.', PUB).claims).join(),
    ).not.toContain('cis-charter');
  });
});

describe('an uncatalogued label whose name the catalogue now holds', () => {
  const label = (treatyName: string) => ({
    state: 'PER',
    treaty: 'uncatalogued',
    action: 'joined',
    date: null,
    role: 'primary',
    treatyName,
  });

  it("matches the catalogued record, read by the extractor's own name finder", () => {
    expect(resolveLabelTreaty(label('Regional Comprehensive Economic Partnership'), gz).treaty).toBe('rcep');
    expect(resolveLabelTreaty(label('Regional Comprehensive Economic Partnership agreement'), gz).treaty).toBe('rcep');
    expect(resolveLabelTreaty(label('the 1972 Anti-Ballistic Missile Treaty'), gz).treaty).toBe('abm-treaty');
    expect(resolveLabelTreaty(label('UNASUR'), gz).treaty).toBe('unasur-treaty');
  });

  it('keeps the provisional id for another instrument that only names a catalogued one', () => {
    for (const name of [
      'amendment to article 8 of the Rome Statute',
      'Treaty of Accession by the Democratic Republic of Congo to the EAC',
      'First Additional Protocol to the Convention on Cybercrime',
      'Convention on the Inter-Parliamentary Assembly of the Commonwealth of Independent States',
      'Andean Islands Forum',
    ])
      expect(resolveLabelTreaty(label(name), gz).treaty).toBe(provisionalTreatyId(name));
    expect(catalogueIdOfName('treaty of accession to the Eurasian Economic Union', gz)).toBeNull();
  });

  it('without a gazetteer, and for a catalogued label, changes nothing', () => {
    expect(resolveLabelTreaty(label('Regional Comprehensive Economic Partnership')).treaty).toBe(
      provisionalTreatyId('Regional Comprehensive Economic Partnership'),
    );
    expect(resolveLabelTreaty({ ...label('x'), treaty: 'cptpp' }, gz).treaty).toBe('cptpp');
  });
});

describe("an organisation named inside another instrument's name is part of that name", () => {
  it('reads the instrument, not the organisation', () => {
    const name = 'Convention on the Legal Aid Council of the Commonwealth of Independent States';
    expect(triples(extract(`Peru's parliament voted to denounce the ${name} on Monday.`, PUB).claims)).toEqual([
      `PER ${provisionalTreatyId(name)} withdrawal_approved`,
    ]);
    expect(
      triples(
        extract('Peru signed the treaty of accession to the Eurasian Economic Union (EEU) on Monday.', PUB).claims,
      ),
    ).toEqual([`PER ${provisionalTreatyId('treaty of accession to the Eurasian Economic Union')} signed`]);
  });

  it("but the organisation's own founding treaty is its record", () => {
    expect(triples(extract('Peru ratified the Treaty of the Eurasian Economic Union on Monday.', PUB).claims)).toEqual([
      'PER eaeu-treaty joined',
    ]);
  });
});
