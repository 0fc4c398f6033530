// Round 10, catalogue (issue 12): instruments promoted into the catalogue because states' acts on them recur in the
// development set or make news whenever they happen (the Treaty of Amity and Cooperation in Southeast Asia, the
// Ballast Water Management Convention, the Bucharest Agreement under the Espoo Convention, the Liptako-Gourma
// Charter of the Alliance of Sahel States, the OPEC+ Charter of Cooperation, IRENA, the Second
// Additional Protocol on cybercrime, UNCAC, the Nile Basin CFA, the International Coffee Agreement, the Black Sea
// Grain Initiative, the ILO Forced Labour Protocol). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { expectLabelIds, extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const treatiesOf = (sentence: string) => triples(extract(sentence, PUB).claims).map((t) => t.split(' ')[1]);

describe('round-10 promoted instruments are read by their names, short names and acronyms', () => {
  it.each([
    ['Fiji acceded to the Treaty of Amity and Cooperation in Southeast Asia on Monday.', 'southeast-asia-amity-treaty'],
    ['Fiji acceded to the Ballast Water Management Convention on Monday.', 'ballast-water-convention'],
    ["Fiji acceded to the IMO's Ballast Water Management Convention on Monday.", 'ballast-water-convention'],
    ['Fiji ratified the BWM Convention on Monday.', 'ballast-water-convention'],
    ['Serbia signed the Bucharest Agreement on Monday.', 'bucharest-espoo-agreement'],
    ['Chad joined the Alliance of Sahel States on Monday.', 'liptako-gourma-charter'],
    ['Chad signed the Liptako-Gourma Charter on Monday.', 'liptako-gourma-charter'],
    ['Fiji joined the OPEC+ Charter of Cooperation on Monday.', 'opec-plus-charter'],
    ['Fiji joined the International Renewable Energy Agency on Monday.', 'irena-statute'],
    [
      'Fiji signed the Second Additional Protocol to the Convention on Cybercrime on Monday.',
      'cybercrime-second-protocol',
    ],
    ['Fiji ratified the United Nations Convention against Corruption on Monday.', 'uncac'],
    ['Fiji ratified UNCAC on Monday.', 'uncac'],
    ['Fiji ratified the Nile Basin Cooperative Framework Agreement on Monday.', 'nile-basin-cfa'],
    ['Fiji withdrew from the International Coffee Agreement on Monday.', 'international-coffee-agreement'],
    ['Russia suspended its participation in the Black Sea Grain Initiative on Monday.', 'black-sea-grain-initiative'],
    ['Fiji ratified the ILO Protocol on Forced Labour on Monday.', 'ilo-forced-labour-protocol'],
  ])('%s', (sentence, id) => {
    expect(treatiesOf(sentence)).toContain(id);
  });

  it('keeps the older records and other bodies that share words with a promoted name', () => {
    expect(treatiesOf('Fiji ratified the Forced Labour Convention on Monday.')).toEqual([
      'ilo-forced-labour-convention',
    ]);
    expect(treatiesOf('Fiji ratified the Convention on Cybercrime on Monday.')).toEqual(['budapest-convention']);
    expect(treatiesOf('Fiji ratified the Espoo Convention on Monday.')).toEqual(['espoo-convention']);
    expect(treatiesOf('Fiji left OPEC on Monday.')).toEqual(['opec-statute']);
    expect(treatiesOf('Fiji joined the International Energy Agency on Monday.')).not.toContain('irena-statute');
    expect(treatiesOf('Fiji ratified the Inter-American Convention against Corruption on Monday.')).not.toContain(
      'uncac',
    );
    expect(
      treatiesOf('Fiji signed the First Additional Protocol to the Convention on Cybercrime on Monday.'),
    ).not.toContain('cybercrime-second-protocol');
  });

  it('scores labels written with the names reporting uses under the promoted records', () => {
    expectLabelIds([
      ['Treaty of Amity and Cooperation in Southeast Asia', 'southeast-asia-amity-treaty'],
      ["IMO's Ballast Water Management Convention", 'ballast-water-convention'],
      ['Ballast Water Management Convention', 'ballast-water-convention'],
      ['Bucharest Agreement', 'bucharest-espoo-agreement'],
      ['Liptako-Gourma Charter', 'liptako-gourma-charter'],
      ['OPEC+ Charter of Cooperation', 'opec-plus-charter'],
      ['OPEC Charter on Cooperation', 'opec-plus-charter'],
      ['International Renewable Energy Agency', 'irena-statute'],
      [
        'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence',
        'cybercrime-second-protocol',
      ],
      ['United Nations Convention against Corruption', 'uncac'],
      ['Nile Basin Cooperative Framework Agreement', 'nile-basin-cfa'],
      ['International Coffee Agreement 2007', 'international-coffee-agreement'],
      ['ILO Protocol on Forced Labour', 'ilo-forced-labour-protocol'],
      // Accession protocols and descriptions stay provisional.
      ['Protocol for Accession of Bolivia', null],
      ['UN-brokered grain export deal', null],
    ]);
  });
});
