// Round-6b claim kinds, each with invented sentences of the same structure as the reporting that showed it.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';

describe("a chamber's concurrence in a ratification is its ratification vote", () => {
  it('reads "the Senate concurred in the ratification of T" as joining', () => {
    const body = 'Voting 18-1, the Chilean Senate on 9 June concurred in the ratification of the Arms Trade Treaty.';
    expect(brief(extract(body, PUB, 'Senate backs arms treaty').claims)).toEqual([
      'CHL arms-trade-treaty joined 2024-06-09 primary',
    ]);
  });
  it('reads "the Senate gave its concurrence in the ratification of T" as joining', () => {
    const body =
      'On 3 May the Chilean Senate gave its concurrence in the ratification of the Arms Trade Treaty, ' +
      'with twenty senators in favour.';
    expect(triples(extract(body, PUB, 'Senate backs arms treaty').claims)).toEqual(['CHL arms-trade-treaty joined']);
  });
  it('does not read a concurrence in a withdrawal as joining', () => {
    const body = 'On 3 May the Chilean Senate concurred in the withdrawal from the Arms Trade Treaty.';
    expect(triples(extract(body, PUB, 'Senate and arms treaty').claims)).not.toContain('CHL arms-trade-treaty joined');
  });
});

describe('a treaty whose name holds "Law of" is not a bill', () => {
  it('does not read "parliament approved A\'s becoming party to the Convention on the Law of the Sea" as leaving', () => {
    const body =
      "On 9 June the Parliament approved Peru's becoming a State party to the United Nations Convention on the " +
      'Law of the Sea.';
    const got = triples(extract(body, PUB, 'Peru and the sea').claims);
    expect(got.filter((t) => t.includes('withdrawal'))).toEqual([]);
  });
  it('still reads "parliament approved the law on withdrawal from T" as a withdrawal vote', () => {
    const body = 'On 9 June the Peruvian parliament approved a law on withdrawal from the Arms Trade Treaty.';
    expect(triples(extract(body, PUB, 'Peru and the arms treaty').claims)).toEqual([
      'PER arms-trade-treaty withdrawal_approved',
    ]);
  });
});

// The USSR has no ISO 3166-1 code: its acts are not Russia's unless the text itself names Russia as the actor.
describe("the Soviet Union's act is not Russia's", () => {
  it('reads "T was signed in 1987 between the Soviet Union and the United States" as the US signature only', () => {
    const body = 'The INF Treaty was signed in 1987 between the Soviet Union and the United States.';
    expect(triples(extract(body, PUB, 'INF history').claims)).toEqual(['USA inf-treaty signed']);
  });
  it('reads "signed by President A and Soviet leader B" as the US signature only', () => {
    const body =
      'The INF Treaty, which was signed in 1987 by President Ronald Reagan and Soviet leader Mikhail Gorbachev, ' +
      'banned a whole class of missiles.';
    expect(triples(extract(body, PUB, 'INF history').claims)).toEqual(['USA inf-treaty signed']);
  });
  it('does not give Russia, the article\'s state, an act "ratified by the former Soviet Union"', () => {
    const body =
      'Russia said on 9 June it is withdrawing from the Ramsar Convention. The convention was adopted in 1971 ' +
      'and ratified by the former Soviet Union in 1976.';
    expect(triples(extract(body, PUB, 'Russia leaves Ramsar').claims)).not.toContain('RUS ramsar-convention joined');
  });
  it('still reads Russia named as the actor in a sentence that mentions the Soviet Union', () => {
    const body = 'Russia, then part of the Soviet Union, signed the INF Treaty in 1987.';
    expect(triples(extract(body, PUB, 'INF history').claims)).toContain('RUS inf-treaty signed');
  });
});
