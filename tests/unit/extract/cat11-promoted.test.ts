// Round 9, catalogue (issue 12): instruments promoted into the catalogue because states' acts on them recur in the
// development set or make news whenever they happen (the Central Asian nuclear-weapon-free zone, Escazú, ILO
// Convention 190, the inter-Korean military agreement, the Azov-Kerch treaty, the International Solar Alliance, the
// G5 Sahel, the plutonium disposition agreement, the Simla Agreement, the Universal Postal Union, the Ukraine-Russia
// friendship treaty). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { catalogueIdOfName } from '../../../local/extract-score';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const treatiesOf = (sentence: string) => triples(extract(sentence, PUB).claims).map((t) => t.split(' ')[1]);

describe('round-9 promoted instruments are read by their names, short names and acronyms', () => {
  it.each([
    ['Turkmenistan ratified the Treaty on a Nuclear-Weapon-Free Zone in Central Asia on Monday.', 'canwfz-treaty'],
    ['Turkmenistan ratified the Semipalatinsk Treaty on Monday.', 'canwfz-treaty'],
    ['Fiji ratified the Escazú Agreement on Monday.', 'escazu-agreement'],
    ['Fiji signed the Escazu Agreement on Monday.', 'escazu-agreement'],
    ['Fiji ratified ILO Convention 190 on Monday.', 'ilo-violence-harassment-convention'],
    ['Fiji ratified the Violence and Harassment Convention on Monday.', 'ilo-violence-harassment-convention'],
    ['South Korea suspended the Comprehensive Military Agreement on Tuesday.', 'inter-korean-military-agreement'],
    ['South Korea fully suspended the inter-Korean military pact on Tuesday.', 'inter-korean-military-agreement'],
    [
      'Russia denounced the Treaty on Cooperation in the Use of the Sea of Azov and the Kerch Strait on Monday.',
      'azov-kerch-treaty',
    ],
    ['Fiji signed the Framework Agreement of the International Solar Alliance on Monday.', 'isa-framework-agreement'],
    ['Chad announced its withdrawal from the G5 Sahel on Monday.', 'g5-sahel-convention'],
    [
      'Russia suspended the Plutonium Management and Disposition Agreement on Monday.',
      'plutonium-disposition-agreement',
    ],
    ['Pakistan suspended the Simla Agreement on Monday.', 'simla-agreement'],
    ['Fiji notified its withdrawal from the Universal Postal Union on Monday.', 'upu-constitution'],
    [
      'Ukraine formally withdrew from the Treaty on Friendship, Cooperation and Partnership on Monday.',
      'ukraine-russia-friendship-treaty',
    ],
  ])('%s', (sentence, id) => {
    expect(treatiesOf(sentence)).toContain(id);
  });

  it('does not read other bodies or other zones that share a word with a promoted name', () => {
    expect(treatiesOf('Fiji joined the Alliance of Sahel States on Monday.')).not.toContain('g5-sahel-convention');
    expect(
      treatiesOf('Fiji ratified a treaty on a nuclear-weapon-free zone in the Middle East on Monday.'),
    ).not.toContain('canwfz-treaty');
    expect(treatiesOf('Fiji joined the International Seabed Authority (ISA) on Monday.')).not.toContain(
      'isa-framework-agreement',
    );
  });

  it('scores labels written with the names reporting uses under the promoted records', () => {
    expect(catalogueIdOfName('2018 inter-Korean military accord', gz)).toBe('inter-korean-military-agreement');
    expect(catalogueIdOfName('Comprehensive Military Agreement', gz)).toBe('inter-korean-military-agreement');
    expect(catalogueIdOfName('Treaty on Co-operation in the Use of the Sea of Azov and the Kerch Strait', gz)).toBe(
      'azov-kerch-treaty',
    );
    expect(catalogueIdOfName('Escazu Agreement', gz)).toBe('escazu-agreement');
    expect(
      catalogueIdOfName(
        'Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean',
        gz,
      ),
    ).toBe('escazu-agreement');
    expect(catalogueIdOfName('ILO Convention 190 on violence and harassment in the world of work', gz)).toBe(
      'ilo-violence-harassment-convention',
    );
    expect(catalogueIdOfName('framework agreement of the International Solar Alliance', gz)).toBe(
      'isa-framework-agreement',
    );
    expect(catalogueIdOfName('G5 Sahel', gz)).toBe('g5-sahel-convention');
    expect(catalogueIdOfName('Simla Agreement', gz)).toBe('simla-agreement');
    expect(catalogueIdOfName('Universal Postal Union', gz)).toBe('upu-constitution');
    expect(catalogueIdOfName('Russia-US Plutonium Disposition Agreement', gz)).toBe('plutonium-disposition-agreement');
    expect(catalogueIdOfName('Treaty on Friendship, Cooperation and Partnership', gz)).toBe(
      'ukraine-russia-friendship-treaty',
    );
    expect(
      catalogueIdOfName(
        'Treaty of Friendship, Cooperation and Partnership between Ukraine and the Russian Federation',
        gz,
      ),
    ).toBe('ukraine-russia-friendship-treaty');
  });
});
