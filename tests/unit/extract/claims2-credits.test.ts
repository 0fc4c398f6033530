// An agency credit at the end of a long paragraph ("... the convention. (AGENCY)") drops the credit, not the news.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';

describe('a credit glued to a paragraph', () => {
  it('keeps the act of a long paragraph that ends with "(REUTERS)"', () => {
    const body =
      'Peruvian lawmakers overwhelmingly voted on Tuesday to withdraw from the Arms Trade Treaty, a step that ' +
      'the government had urged for months and that rights groups condemned as a blow to the arms trade regime ' +
      'in the region. The president is seen here at the palace as he meets the press. (REUTERS)\n\n' +
      'Officials gave no further detail.';
    expect(triples(extract(body, PUB).claims)).toEqual(['PER arms-trade-treaty withdrawal_approved']);
  });
  it('still drops a short caption line with a credit', () => {
    const body =
      'Kenyan soldiers at a border post; Kenya signed the Arms Trade Treaty. REUTERS/Jane Doe\n\n' +
      'The weather was fine in Nairobi on Tuesday.';
    expect(triples(extract(body, PUB).claims)).toEqual([]);
  });
});
