// Round 8: an organisation named before instruments made under it ("eight CIS agreements") is not the organisation's
// own charter. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';

describe('an instrument made with or under an organisation', () => {
  it('does not read "CIS agreements" in the plural as leaving the CIS', () => {
    const x = extract("Moldova's parliament has denounced eight CIS agreements since January.", PUB);
    expect(triples(x.claims).filter((t) => t.includes('cis-charter'))).toEqual([]);
  });
  it('still reads leaving the organisation itself', () => {
    const x = extract('Moldova formally left the CIS on Monday.', PUB);
    expect(triples(x.claims)).toContain('MDA cis-charter withdrawal_effective');
  });
});
