// General reporting forms the last wave found unread: "signed on Friday" (a date after "on", not the phrasal
// "signed on"), "The decision of the X government to withdraw" opening a sentence, companions between a subject
// and its verb ("A, along with B and C, ratified"), and "the Government of A and the Government of B signed".
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2021-01-13T10:00:00Z';

describe('"signed on <date>" is a signature, "signed on to" is not read as one', () => {
  it('reads "signed on Friday" as signing', () => {
    const body = 'Peru signed on Friday the Arms Trade Treaty at a ceremony in the capital.';
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).toEqual(['PER arms-trade-treaty signed']);
  });
  it('reads "signed on 12 May" and "signed on March 3" as signing', () => {
    const a = 'Chile signed on 12 May the Minamata Convention, the ministry said.';
    expect(triples(extract(a, PUB, 'Mercury news').claims)).toEqual(['CHL minamata-convention signed']);
    const b = 'Ghana signed on March 3 the Minamata Convention, officials said.';
    expect(triples(extract(b, PUB, 'Mercury news').claims)).toEqual(['GHA minamata-convention signed']);
  });
  it('still reads "joined on 1 January this year" as joining (a date, then no object)', () => {
    const body =
      'Many states have ratified the Minamata Convention, and Peru joined on 1 January this year, officials said.';
    expect(triples(extract(body, PUB, 'Mercury news').claims)).toContain('PER minamata-convention joined');
  });
  it('does not read "signed on 2 May a decree about the treaty" as signing the treaty', () => {
    const body = 'The minister said the president signed on 2 May a decree on the Minamata Convention in Peru.';
    expect(triples(extract(body, PUB, 'Mercury news').claims)).not.toContain('PER minamata-convention signed');
  });
  it('still does not read "signed on to a statement" as signing the treaty', () => {
    const body = 'Peru signed on to a statement praising the Arms Trade Treaty last week.';
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).toEqual([]);
  });
});

describe('"The decision of the X government to withdraw" opening a sentence', () => {
  it('gives the proposal to the state of the government', () => {
    const body =
      'The decision of the Peruvian government to withdraw from the Arms Trade Treaty drew criticism from ' +
      'rights groups on Tuesday.';
    expect(triples(extract(body, PUB, 'Peru and the arms treaty').claims)).toEqual([
      'PER arms-trade-treaty withdrawal_proposed',
    ]);
  });
  it('reads "The decision of the government of Chile to leave" too', () => {
    const body = 'The decision of the government of Chile to leave the Minamata Convention was announced on Monday.';
    expect(triples(extract(body, PUB, 'Chile and mercury').claims)).toEqual([
      'CHL minamata-convention withdrawal_proposed',
    ]);
  });
});

describe('"A, along with B and C, ratified": the companions act too', () => {
  it('gives the ratification to every state of the companion phrase', () => {
    const body = 'Peru, along with Chile and Ghana, ratified the Minamata Convention on Tuesday.';
    expect(triples(extract(body, PUB, 'Mercury news').claims).sort()).toEqual([
      'CHL minamata-convention joined',
      'GHA minamata-convention joined',
      'PER minamata-convention joined',
    ]);
  });
  it('reads "together with" and a deposit alike', () => {
    const body =
      'Ghana, together with Peru, deposited its instrument of ratification of the Minamata Convention on Monday.';
    const t = triples(extract(body, PUB, 'Mercury news').claims).sort();
    expect(t).toContain('GHA minamata-convention joined');
    expect(t).toContain('PER minamata-convention joined');
  });
});

describe('"the Government of A and the Government of B signed": both states', () => {
  it('gives the signature to both governments', () => {
    const body =
      'The Government of Peru and the Government of Chile signed the Minamata Convention at a ceremony on Monday.';
    expect(triples(extract(body, PUB, 'Mercury news').claims).sort()).toEqual([
      'CHL minamata-convention signed',
      'PER minamata-convention signed',
    ]);
  });
});

describe('"deposited their ratification documents"', () => {
  it('reads the documents of ratification as the instruments', () => {
    const body = 'Peru deposited its ratification documents for the Minamata Convention with the UN on Tuesday.';
    expect(triples(extract(body, PUB, 'Mercury news').claims)).toEqual(['PER minamata-convention joined']);
  });
});
