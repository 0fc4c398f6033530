// Round 9, precision: signing the instrument of accession or ratification (a document) is no signature of the
// treaty ("the Instrument of Accession, which is signed by the minister", "signed the statute's instrument of
// accession"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';
const claimsOf = (text: string) => triples(extract(text, PUB).claims);

describe('a signed instrument of accession is no signature of the treaty', () => {
  it('"..., to receive the Instrument of Accession, which is signed by the minister"', () => {
    expect(
      claimsOf(
        'Peru acceded to the Minamata Convention on Monday. A ceremony was held in New York to receive the ' +
          'Instrument of Accession, which is signed by the foreign minister of Peru.',
      ).filter((t) => t.endsWith('signed')),
    ).toEqual([]);
  });

  it('"The foreign minister had signed the convention\'s instrument of ratification on 4 March"', () => {
    expect(
      claimsOf(
        "Chile joined the Minamata Convention in March. Its foreign minister had signed the convention's " +
          'Instrument of Ratification on 4 March, and it was deposited that day.',
      ).filter((t) => t.endsWith('signed')),
    ).toEqual([]);
  });

  it('keeps a signature of the treaty itself', () => {
    expect(claimsOf('The foreign minister of Peru signed the Minamata Convention on 4 March.')).toEqual([
      'PER minamata-convention signed',
    ]);
  });
});
