// Round 8, catalogue (issue 12): instruments and organisations promoted into the catalogue because states' acts on
// them recur in the development set or make news whenever they happen (the Commonwealth, CELAC, the FAO, the African
// Union's Constitutive Act, ASEAN, the IAEA Statute, the two forced-labour conventions, the WTO fisheries subsidies agreement, the Council of
// Europe's Criminal Law Convention on Corruption, the UN Tourism statutes, the Ljubljana-The Hague
// convention). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { catalogueIdOfName } from '../../../local/extract-score';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const treatiesOf = (sentence: string) => triples(extract(sentence, PUB).claims).map((t) => t.split(' ')[1]);

describe('promoted instruments are read by their names, short names and acronyms', () => {
  it.each([
    ['Fiji rejoined the Commonwealth on Monday.', 'commonwealth-charter'],
    ['Fiji formally left the Commonwealth of Nations on Monday.', 'commonwealth-charter'],
    ['Fiji suspended its participation in CELAC on Monday.', 'celac'],
    ['Fiji rejoined the Community of Latin American and Caribbean States on Monday.', 'celac'],
    ['Fiji announced its withdrawal from the Food and Agriculture Organization on Monday.', 'fao-constitution'],
    ['Fiji said on Monday it would leave the FAO.', 'fao-constitution'],
    ['Fiji ratified the Constitutive Act of the African Union on Monday.', 'african-union-constitutive-act'],
    ['Fiji formally joined ASEAN on Monday as its eleventh member.', 'asean-charter'],
    ['Fiji ratified the Forced Labour Convention on Monday.', 'ilo-forced-labour-convention'],
    ['Fiji ratified the Abolition of Forced Labour Convention on Monday.', 'ilo-abolition-forced-labour-convention'],
    ['Fiji ratified the WTO Agreement on Fisheries Subsidies on Monday.', 'wto-fisheries-subsidies-agreement'],
    ['Fiji denounced the Criminal Law Convention on Corruption on Monday.', 'criminal-law-convention-corruption'],
    ['Fiji announced on Monday that it would withdraw from the World Tourism Organization.', 'unwto-statutes'],
    ['Fiji signed the Ljubljana-The Hague Convention on Monday.', 'ljubljana-hague-convention'],
  ])('%s', (sentence, id) => {
    expect(treatiesOf(sentence)).toContain(id);
  });

  it('keeps the longer names that hold a promoted one', () => {
    expect(treatiesOf('Fiji formally left the Commonwealth of Independent States on Monday.')).toContain('cis-charter');
    expect(treatiesOf('Fiji formally left the Commonwealth of Independent States on Monday.')).not.toContain(
      'commonwealth-charter',
    );
    expect(treatiesOf('Fiji ratified the Abolition of Forced Labour Convention on Monday.')).not.toContain(
      'ilo-forced-labour-convention',
    );
  });

  it('does not read the African Union or the IAEA named as depositary or inspector as their founding instruments', () => {
    expect(treatiesOf('Fiji deposited its instrument of ratification with the African Union on Monday.')).not.toContain(
      'african-union-constitutive-act',
    );
    expect(treatiesOf('Fiji ratified the NPT in 1970 and agreed to IAEA inspections.')).not.toContain('iaea-statute');
  });

  it('scores labels written with the names reporting uses under the promoted records', () => {
    expect(catalogueIdOfName('Commonwealth', gz)).toBe('commonwealth-charter');
    expect(catalogueIdOfName('United Nations Food and Agriculture Organization', gz)).toBe('fao-constitution');
    expect(catalogueIdOfName('1957 Abolition of Forced Labor Convention', gz)).toBe(
      'ilo-abolition-forced-labour-convention',
    );
    expect(catalogueIdOfName('Forced Labour Convention, 1930', gz)).toBe('ilo-forced-labour-convention');
    expect(catalogueIdOfName('European convention on fighting corruption', gz)).toBe(
      'criminal-law-convention-corruption',
    );
  });
});
