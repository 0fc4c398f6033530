// Round-7b kind: a derogation (Article 15 ECHR, Article 4 ICCPR) suspends a state's obligations under the treaty
// (corpus rule: a notified derogation is `suspended`). Invented sentences of the same structure as the reporting.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2020-03-25T10:00:00Z';
const got = (body: string, title = 'Treaty news') => triples(extract(body, PUB, title).claims);

describe('a derogation notice suspends obligations under the treaty', () => {
  it('reads "notified the CoE of their intention to derogate from T" as a suspension by each state', () => {
    expect(
      got(
        'Norway, Iceland and Ireland have notified the Council of Europe (CoE) of their intention to derogate from ' +
          'the European Convention on Human Rights under Article 15.',
      ).sort(),
    ).toEqual(['IRL echr suspended', 'ISL echr suspended', 'NOR echr suspended']);
  });
  it('reads "informed the Secretary General of its derogation from T" as a suspension', () => {
    expect(
      got('Portugal informed the Secretary General of its derogation from the European Convention on Human Rights.'),
    ).toEqual(['PRT echr suspended']);
  });
  it('reads "has derogated from T" as a suspension', () => {
    expect(got('Spain has derogated from the European Convention on Human Rights, the ministry said.')).toEqual([
      'ESP echr suspended',
    ]);
  });
  it('reads "activated Article 15 of T" and "invoked the derogation clause of T" as a suspension', () => {
    expect(got('Chile activated Article 15 of the European Convention on Human Rights on Monday.')).toEqual([
      'CHL echr suspended',
    ]);
    expect(
      got('Peru invoked the article of the European Convention on Human Rights that allows for derogations.'),
    ).toEqual(['PER echr suspended']);
  });
  it('does not read a derogation not made, or only planned, as a suspension', () => {
    expect(got('Spain has not derogated from the European Convention on Human Rights.')).toEqual([]);
    expect(got('Spain plans to derogate from the European Convention on Human Rights.')).toEqual([]);
    expect(
      got('Spain will notify the Council of Europe of its derogation from the European Convention on Human Rights.'),
    ).toEqual([]);
  });
});

describe('an Article 15 of another treaty is its own clause', () => {
  it('does not read "invokes Article 15 of the treaty" (a withdrawal clause) as a derogation', () => {
    expect(
      got('The note from Chile invokes Article 15 of the Arms Trade Treaty to give six months of notice.'),
    ).not.toContain('CHL arms-trade-treaty suspended');
  });
});
