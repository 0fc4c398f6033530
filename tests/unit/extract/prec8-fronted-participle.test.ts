// Round 8, precision: a sentence that opens with a participle clause ("Signed in 1960, the treaty ...") dates the
// instrument; with no "by" agent, no state signed it in that sentence. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';

describe('a fronted participle clause names no signatory', () => {
  it('"Signed in 1960, the treaty shares the rivers between A and B"', () => {
    const text = 'Signed in 1960, the Indus Waters Treaty shares the rivers between India and Pakistan.';
    expect(triples(extract(text, PUB).claims)).toEqual([]);
  });

  it('"Brokered by X and signed in 1960, the treaty ..."', () => {
    const text = 'Brokered by the World Bank and signed in 1960, the Indus Waters Treaty governs the rivers of India.';
    expect(triples(extract(text, PUB).claims)).toEqual([]);
  });

  it('keeps a signing with its agent', () => {
    const text = 'Signed by India and Pakistan in 1960, the Indus Waters Treaty governs six rivers.';
    expect(triples(extract(text, PUB).claims)).toEqual([
      'IND indus-waters-treaty signed',
      'PAK indus-waters-treaty signed',
    ]);
    expect(triples(extract('The Indus Waters Treaty was signed by India and Pakistan in 1960.', PUB).claims)).toEqual([
      'IND indus-waters-treaty signed',
      'PAK indus-waters-treaty signed',
    ]);
  });
});

describe('a fronted participle clause refers back to the treaty in context', () => {
  it('"Signed in 1960, the treaty allocates ..." after the treaty is named', () => {
    const text =
      'India said it would keep the Indus Waters Treaty in abeyance. Signed in 1960, the treaty allocates the ' +
      'rivers of the basin.';
    expect(triples(extract(text, PUB).claims).filter((t) => t.includes('signed'))).toEqual([]);
  });
});
