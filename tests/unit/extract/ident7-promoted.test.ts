// Round 7, identity (issue 12): twelve instruments promoted into the catalogue because states' acts on them recur in
// the news or make news whenever they happen (the Disabilities, Enforced Disappearance and 1954 statelessness
// conventions, OPCAT, the European Social Charter, the European Convention on the Suppression of Terrorism, the Rio
// Treaty, the North Atlantic Treaty, Interpol, the Andean Community, the Claims Commission for Ukraine, the Special
// Tribunal for the Crime of Aggression). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { expectLabelIds, extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';

describe('promoted instruments are read by their names, short names and acronyms', () => {
  it.each([
    ['Peru ratified the Convention on the Rights of Persons with Disabilities on Monday.', 'crpd'],
    ['Peru ratified the CRPD on Monday.', 'crpd'],
    ['Peru ratified the disappearances convention on Monday.', 'enforced-disappearance-convention'],
    [
      'Peru ratified the International Convention for the Protection of All Persons from Enforced Disappearance.',
      'enforced-disappearance-convention',
    ],
    ['Peru ratified the Optional Protocol to the Convention against Torture on Monday.', 'opcat'],
    [
      'Peru acceded to the 1954 Convention relating to the Status of Stateless Persons.',
      'statelessness-convention-1954',
    ],
    ['Peru denounced the European Social Charter on Monday.', 'european-social-charter'],
    [
      'Peru denounced the European Convention on the Suppression of Terrorism.',
      'european-convention-suppression-terrorism',
    ],
    ['Peru announced it would withdraw from the Rio Treaty.', 'rio-treaty'],
    ['Peru rejoined the Inter-American Treaty of Reciprocal Assistance (TIAR) on Monday.', 'rio-treaty'],
    ['Peru acceded to the North Atlantic Treaty on Monday.', 'north-atlantic-treaty'],
    ['Peru formally joined Interpol on Monday.', 'interpol-constitution'],
    ['Peru formally left the Andean Community on Monday.', 'andean-community'],
    [
      'Peru signed the convention establishing an International Claims Commission for Ukraine on Tuesday.',
      'ukraine-claims-commission-convention',
    ],
  ])('%s', (sentence, id) => {
    expect(triples(extract(sentence, PUB).claims).map((t) => t.split(' ')[1])).toContain(id);
  });

  it('does not read NATO as its founding treaty: the alliance is reported as an actor', () => {
    expect(
      triples(extract('NATO suspended the CFE Treaty on Monday after Russia quit it.', PUB).claims).join(),
    ).not.toContain('north-atlantic-treaty');
  });

  it('scores labels written with the names reporting uses under the promoted records', () => {
    expectLabelIds([
      ['International Convention on the Rights of Persons with Disabilities', 'crpd'],
      ['Inter-American Reciprocal Defense Treaty', 'rio-treaty'],
      ['Andean Community of Nations', 'andean-community'],
      [
        'agreement on the establishment of a Special Tribunal for the Crime of Aggression against Ukraine',
        'ukraine-special-tribunal-agreement',
      ],
    ]);
  });
});
