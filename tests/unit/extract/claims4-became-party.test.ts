// "X became/becomes/has become the Nth ratifier / State Party / member" is joining, in any tense of "become" and with
// or without an article; "its Nth State Party" refers to the treaty named just before.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T10:00:00Z';

describe('"became the Nth ratifier / party / member"', () => {
  it('reads "became the 30th ratifier of" as joining', () => {
    const body = 'Norway became the 30th ratifier of the Minamata Convention on Monday, officials said.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual(['NOR minamata-convention joined']);
  });
  it('reads present-tense "becomes its 45th State Party" with the treaty of the sentence before', () => {
    const body =
      'The Arms Trade Treaty gained a new supporter this week at a ceremony in New York. ' +
      'Peru becomes its 45th State Party, the secretariat said on Tuesday.';
    expect(triples(extract(body, PUB, 'Treaty news').claims)).toEqual(['PER arms-trade-treaty joined']);
  });
  it('reads "has become the 12th party to" as joining', () => {
    const body = 'Ghana has become the 12th party to the Arms Trade Treaty, the United Nations said on Wednesday.';
    expect(triples(extract(body, PUB, 'Treaty news').claims)).toEqual(['GHA arms-trade-treaty joined']);
  });
  it('reads "became 80th member of" without an article', () => {
    const body = 'Chile became 80th member of the Minamata Convention on Thursday after years of talks.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual(['CHL minamata-convention joined']);
  });
  it('does not read "could become the 30th ratifier" as an act', () => {
    const body = 'Norway could become the 30th ratifier of the Minamata Convention next year, officials said.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual([]);
  });
});

describe('what "became ... member" is not', () => {
  it('leaves "the Nth member State of <organisation> to ratify <treaty>" to the ratification', () => {
    const body =
      'The Arms Trade Treaty was promulgated in Chisinau on Friday. Moldova becomes the 20th member State ' +
      'of the Council of Europe to ratify this document.';
    expect(triples(extract(body, PUB, 'Treaty news').claims)).not.toContain('MDA council-of-europe-statute joined');
  });
  it('does not give the act to a state in a "-led" adjective before the subject', () => {
    const body = 'Chile, a partner of the Brazil-led trade bloc, became the 80th member of the Minamata Convention.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual(['CHL minamata-convention joined']);
  });
});
