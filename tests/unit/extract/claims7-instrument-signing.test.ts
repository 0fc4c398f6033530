// Signing the instrument of accession or ratification is the act of joining, not a signature of the treaty (rule 14:
// a headline's "signs" over such a body is that accession, not a separate event).
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';

describe('signing the instrument of accession or ratification', () => {
  it('reads "signed the accession instrument" as joining', () => {
    const body =
      'President Ana Ruiz of Peru signed the accession instrument for the Minamata Convention on Mercury on 4 March.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "signed the instrument of ratification of T" as joining', () => {
    const body = 'Peru signed the instrument of ratification of the Minamata Convention on Mercury on 4 March.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "an instrument of acceptance of T by A was signed" as joining', () => {
    const body = 'An instrument of acceptance of the Minamata Convention on Mercury by Peru was signed on 4 March.';
    expect(triples(extract(body, PUB, 'Mercury treaty news').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('does not add a signature from a headline "signs" over such a body', () => {
    const body =
      'The president of Peru signed the accession instrument for the Minamata Convention on Mercury on 4 March.';
    expect(triples(extract(body, PUB, 'Peru signs the Minamata Convention').claims)).toEqual([
      'PER minamata-convention joined',
    ]);
  });
  it('still reads a plain signature of the treaty as signing', () => {
    const body = 'Peru signed the Minamata Convention on Mercury on 4 March.';
    expect(triples(extract(body, PUB, 'Peru signs the Minamata Convention').claims)).toEqual([
      'PER minamata-convention signed',
    ]);
  });
});
