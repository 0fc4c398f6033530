import { describe, expect, it } from 'vitest';
import { findDates } from '../../../functions/core/extract/dates';
import { brief, extract } from './helpers';

// Round-8 date kind (issue 11): a year or date that is part of an instrument's name ("the 1961 Convention", "its 1967
// Protocol", "the Paris Agreement of 12 December 2015") dates the instrument, not a state's act in the sentence.
// Sentences are invented.
describe("a year in an instrument's name gives no year to a month and day", () => {
  it('leaves "on March 3" without a year when only the name has one', () => {
    const hits = findDates('Chile acceded to the 1954 Convention on stateless persons on March 3.', {
      pub: null,
      anchor: null,
    });
    expect(hits.map((h) => h.value)).toEqual([null]);
  });
  it('takes the year from the publication day instead', () => {
    const hits = findDates('Chile acceded to the 1954 Convention on stateless persons on March 3.', {
      pub: { y: 2024, m: 3, d: 6 },
      anchor: null,
    });
    expect(hits.map((h) => h.value)).toEqual(['2024-03-03']);
  });
  it('reads "its 1967 Protocol" and "the 1987 arms treaty" as names too', () => {
    const pub = { y: 2018, m: 10, d: 2 };
    const a = findDates('Ghana joined the refugee convention and its 1967 Protocol on September 28.', {
      pub,
      anchor: null,
    });
    const b = findDates("Russia's 1987 arms treaty was suspended on February 2.", { pub, anchor: null });
    expect([a.map((h) => h.value), b.map((h) => h.value)]).toEqual([['2018-09-28'], ['2018-02-02']]);
  });
  it('still lets a year written as a date give the year ("in 2019, on May 4")', () => {
    const hits = findDates('In 2019 the senate voted on May 4.', { pub: { y: 2024, m: 1, d: 1 }, anchor: null });
    expect(hits.map((h) => h.value)).toEqual(['2019', '2019-05-04']);
  });
  it("dates an accession in the publication year, not the name's", () => {
    const body = 'Chile has acceded to the 1961 Convention on the Reduction of Statelessness on October 8.';
    expect(brief(extract(body, '2024-10-10').claims)).toEqual([
      'CHL statelessness-convention-1961 joined 2024-10-08 primary',
    ]);
  });
});

describe('"the Agreement of <date>" is the instrument\'s date', () => {
  it('skips the date after "Agreement of" and keeps the notice\'s own', () => {
    const body =
      'Peru notified the Secretary-General of its withdrawal from the Paris Agreement of 12 December 2015 on 3 August ' +
      '2026.';
    expect(brief(extract(body, '2026-08-05').claims)).toEqual([
      'PER paris-agreement withdrawal_notified 2026-08-03 primary',
    ]);
  });
  it('marks no date at all in "the Convention of 10 October 1980"', () => {
    const hits = findDates('the Convention of 10 October 1980 was ratified', { pub: null, anchor: null });
    expect(hits).toEqual([]);
  });
});
