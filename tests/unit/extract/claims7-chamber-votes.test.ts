// A chamber of parliament that "denounced" a treaty voted for the withdrawal (withdrawal_approved); only a government
// or state denounces by notice. Any chamber may be the subject, with its state before it or after "of".
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T10:00:00Z';

describe('a chamber that "denounced" a treaty approved the withdrawal', () => {
  it('reads "the State Duma denounced the Convention" as the chamber\'s approval', () => {
    const body = 'In a plenary sitting, the State Duma denounced the Minamata Convention on Mercury.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual([
      'RUS minamata-convention withdrawal_approved',
    ]);
  });
  it('reads "Peru\'s Senate, or upper house, denounced the treaty" as the chamber\'s approval', () => {
    const body = "Peru's Senate, the upper house of parliament, denounced the Arms Trade Treaty on Tuesday.";
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).toEqual([
      'PER arms-trade-treaty withdrawal_approved',
    ]);
  });
  it('reads "the National Assembly of Chile has denounced the Convention" as the chamber\'s approval', () => {
    const body = 'The National Assembly of Chile has denounced the Minamata Convention on Mercury, officials said.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual([
      'CHL minamata-convention withdrawal_approved',
    ]);
  });
  it('reads "the Federation Council denounced" with its state named before as the chamber\'s approval', () => {
    const body = "Russia's Federation Council denounced the Minamata Convention on Mercury earlier in the day.";
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual([
      'RUS minamata-convention withdrawal_approved',
    ]);
  });
  it('reads a chamber that "denounced this convention" (named in the sentence before) as its approval', () => {
    const body =
      'The Minamata Convention on Mercury has 150 parties. The Senate of Chile denounced this convention on Tuesday.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual([
      'CHL minamata-convention withdrawal_approved',
    ]);
  });
  it('reads a state that "denounced the convention" named in the sentence before as its notice', () => {
    const body = 'The Minamata Convention on Mercury has 150 parties. Chile denounced the convention on Tuesday.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual([
      'CHL minamata-convention withdrawal_notified',
    ]);
  });
  it('still reads a state or its government that "denounced" the treaty as its notice', () => {
    const a = 'The government of Peru denounced the Arms Trade Treaty on Tuesday.';
    expect(triples(extract(a, PUB, 'Arms treaty news').claims)).toEqual(['PER arms-trade-treaty withdrawal_notified']);
    const b = 'Chile denounced the Minamata Convention on Mercury on Tuesday.';
    expect(triples(extract(b, PUB, 'Mercury treaty news').claims)).toEqual([
      'CHL minamata-convention withdrawal_notified',
    ]);
  });
  it('does not read a chamber that denounced a treaty "as" something as a vote', () => {
    const body = "Peru's Senate denounced the Arms Trade Treaty as an affront to sovereignty.";
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).toEqual([]);
  });
});
