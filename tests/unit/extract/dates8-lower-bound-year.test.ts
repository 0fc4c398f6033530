import { describe, expect, it } from 'vitest';
import { findDates } from '../../../functions/core/extract/dates';
import { brief, extract } from './helpers';

// Round-8 date kind (issue 11): without a publication date, the latest full date the text writes is only a lower
// bound on it (published.ts). A year-less day well before that bound in its year is the next one after it: the
// report's news comes after the history it recalls. Sentences are invented.
const bound = { y: 2018, m: 8, d: 12 };

describe('a year-less day against a lower bound on publication', () => {
  it('is the first such day after the bound', () => {
    const hits = findDates('The senate ratified the convention on 31 January.', {
      pub: null,
      yearBase: bound,
      anchor: null,
    });
    expect(hits.map((h) => h.value)).toEqual(['2019-01-31']);
  });
  it("stays in the bound's year when it falls after it or shortly before it", () => {
    const a = findDates('The senate ratified it on 3 October.', { pub: null, yearBase: bound, anchor: null });
    const b = findDates('The senate ratified it on 2 August.', { pub: null, yearBase: bound, anchor: null });
    expect([a[0].value, b[0].value]).toEqual(['2018-10-03', '2018-08-02']);
  });
  it('keeps a publication month (an upper bound) as before', () => {
    const hits = findDates('The senate ratified it on 31 January.', {
      pub: null,
      yearBase: { y: 2019, m: 3, d: 31 },
      pubMonth: { y: 2019, m: 3, d: 1 },
      anchor: null,
    });
    expect(hits.map((h) => h.value)).toEqual(['2019-01-31']);
  });
  it('dates a lead ratification after the signing the text recalls', () => {
    const body =
      'Astana, 31 January. The Senate of Kazakhstan ratified the Convention on the Legal Status of the Caspian Sea on 31 ' +
      'January.\nThe Convention on the Legal Status of the Caspian Sea was signed in Aktau on 12 August 2018.';
    expect(brief(extract(body).claims).filter((c) => c.includes('joined'))).toEqual([
      'KAZ caspian-convention joined 2019-01-31 primary',
    ]);
  });
});

describe('a lower bound on publication rises to the latest day a claim gives', () => {
  it('reports the ratification day as the earliest publication day', () => {
    const body =
      'Astana, 31 January. The Senate of Kazakhstan ratified the Convention on the Legal Status of the Caspian Sea on 31 ' +
      'January.\nThe Convention on the Legal Status of the Caspian Sea was signed in Aktau on 12 August 2018.';
    const x = extract(body);
    expect([x.published, x.publishedBound]).toEqual(['2019-01-31', 'lower']);
  });
});
