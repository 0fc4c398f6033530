// Round 8, precision: a headline whose organisation frames another instrument ("joins OPEC+ Charter of Cooperation",
// "ratifies two conventions") does not make the organisation the object. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';

describe('a headline naming an organisation that frames another instrument', () => {
  it('"Brazil joins OPEC+ Charter of Cooperation" is no accession to the OPEC Statute', () => {
    const r = extract('The council approved the decision on Tuesday.', PUB, 'Chile joins OPEC+ Charter of Cooperation');
    expect(triples(r.claims).filter((t) => t.includes('opec-statute'))).toEqual([]);
  });
});

describe('a headline about instruments in the plural', () => {
  it('"ratifies two conventions": the organisation in the lead is not what was ratified', () => {
    const r = extract(
      'The International Labour Organization welcomed the decision on Monday.',
      PUB,
      'Chile ratifies two conventions against child labour',
    );
    expect(triples(r.claims).filter((t) => t.includes('ilo-constitution'))).toEqual([]);
  });
});
