// Round 11 false claims, on small texts of our own: a bilateral name said with a third state, a headline's second
// object, the state an instrument is named for, and a parent or a meeting as the referent of a bare act.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string, title?: string) => brief(extract(body, PUB, title).claims);
const acts = (body: string, title?: string) => triples(extract(body, PUB, title).claims);

describe('a catalogued bilateral name with a third state', () => {
  it('reads "the Treaty of Friendship ... with <state>" as that pair\'s own treaty, not another pair\'s', () => {
    expect(one('Georgia withdrew from the Treaty of Friendship and Cooperation with Armenia on Monday.')).toEqual([
      'GEO provisional-treaty-friendship-cooperation withdrawal_effective 2025-03-10 primary',
    ]);
    expect(one('Moldova left the Treaty of Friendship, Cooperation and Partnership with Romania on Monday.')).toEqual([
      'MDA provisional-treaty-friendship-cooperation-partnership withdrawal_effective 2025-03-10 primary',
    ]);
  });
  it('keeps the catalogued record when the partner is its own party', () => {
    expect(one('Ukraine left the Treaty of Friendship, Cooperation and Partnership with Russia on Monday.')).toEqual([
      'UKR ukraine-russia-friendship-treaty withdrawal_effective 2025-03-10 primary',
    ]);
  });
});

describe("a headline's second treaty", () => {
  it('does not take a source organisation in brackets after the instrument as a second object', () => {
    const got = one(
      'The decision was announced by the foreign ministry.',
      "Belize's withdrawal from the American Convention on Human Rights takes effect (OAS statement)",
    );
    expect(got.filter((c) => c.includes('oas-charter'))).toEqual([]);
  });
});

describe('the state an instrument is named for', () => {
  it('does not make a minister with no state the party the convention is named for', () => {
    expect(
      one(
        'Minister Novak signed the Convention Establishing an International Claims Commission for Ukraine. Ukraine welcomed the step. Ukraine thanked its partners.',
      ).filter((c) => c.startsWith('UKR')),
    ).toEqual([]);
  });
});

describe('the referent of a bare act', () => {
  it('is the amendment, not the parent treaty it is made under', () => {
    expect(
      one(
        'Chile has become the 71st country to ratify the Kigali Amendment under the Montreal Protocol. The news follows ratification by Peru at the end of last month.',
      ),
    ).toContain('PER kigali-amendment joined 2025-02 background');
  });
  it('is not a treaty named only as the title of a meeting', () => {
    const got = acts(
      'Several states ratified the Kigali Amendment last year. Perhaps prompted by the Montreal Protocol meeting, twelve countries acted. This month’s ratification by Peru is only the second this year.',
    );
    expect(got.filter((c) => c.startsWith('PER'))).toEqual(['PER kigali-amendment joined']);
  });
});

describe("a headline's short name", () => {
  it('is the longer catalogued name the lead gives it in full', () => {
    const body =
      'Peruvian lawmakers approve Trans-Pacific Partnership. LIMA - The Congress of Peru on Wednesday ratified the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).';
    const got = acts(body, 'Peruvian lawmakers approve Trans-Pacific Partnership');
    expect(got).toContain('PER cptpp joined');
    expect(got.filter((c) => c.includes(' tpp '))).toEqual([]);
  });
});
