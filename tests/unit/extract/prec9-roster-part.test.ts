// Round 9, precision: a roster whose act is said of an unnamed part of it ("A, B and C, most of which have left")
// or not of an excepted member ("all EU states with the exception of A have ratified") names no actor among its
// states. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';
const claimsOf = (text: string) => triples(extract(text, PUB).claims);

describe('an unnamed part of a roster acts: no claim for each member', () => {
  it('"The bloc includes A, B, C and D, most of which have already left the bloc"', () => {
    expect(
      claimsOf(
        'Uruguay left UNASUR on Monday. The bloc includes Peru, Chile, Bolivia and Guyana, most of which have ' +
          'already left the bloc by now.',
      ),
    ).toEqual(['URY unasur-treaty withdrawal_effective']);
  });

  it('"..., several of them have since quit the court"', () => {
    expect(
      claimsOf(
        'Burundi left the Rome Statute in 2017. Its members include Kenya, Uganda and Gambia, several of them have ' +
          'since quit the court.',
      ),
    ).toEqual(['BDI rome-statute withdrawal_effective']);
  });

  it('keeps "all of which have ratified" and a part that is named', () => {
    expect(claimsOf('Kenya, Uganda and Tanzania, all of which have ratified the Rome Statute, met on Monday.')).toEqual(
      ['KEN rome-statute joined', 'TZA rome-statute joined', 'UGA rome-statute joined'],
    );
  });
});

describe('an excepted member does not act', () => {
  it('"all EU member states with the exception of Poland have ratified the Convention"', () => {
    expect(
      claimsOf(
        'All member states of the European Union with the exception of Poland have ratified the Ottawa Convention.',
      ),
    ).toEqual([]);
  });

  it('"every Baltic state except Latvia has signed the treaty"', () => {
    expect(claimsOf('Every Nordic country except Iceland has signed the Convention on Cluster Munitions.')).toEqual([]);
  });
});
