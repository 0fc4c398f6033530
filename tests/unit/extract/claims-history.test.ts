// Restated history (background facts): exits stated without an object, with a date, and in relative clauses.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-18T10:00:00Z';
const acts = (body: string) => brief(extract(body, PUB).claims).map((c) => c.split(' ').slice(0, 4).join(' '));

describe('an exit without an object, dated', () => {
  it('reads "X withdrew in 1988 but rejoined in 1990" about the treaty in context', () => {
    expect(acts('Chile joined the Arms Trade Treaty in 2014. Peru withdrew in 2018 but rejoined in 2020.')).toEqual([
      'CHL arms-trade-treaty joined 2014',
      'PER arms-trade-treaty joined 2020',
      'PER arms-trade-treaty withdrawal_effective 2018',
    ]);
  });
  it('gives "after X, which left in 2017" to X, not to the main clause\'s subject', () => {
    expect(
      acts(
        'Chile officially withdrew from the Arms Trade Treaty on Sunday, the second country to do so after Peru, which left in 2017.',
      ),
    ).toEqual([
      'CHL arms-trade-treaty withdrawal_effective 2025-03-16',
      'PER arms-trade-treaty withdrawal_effective 2017',
    ]);
  });
  it('keeps the treaty in context when an organisation is named later in the sentence', () => {
    expect(
      acts(
        'The Arms Trade Treaty came into force in 2014. Peru withdrew in 2021, a move criticised by the Council of Europe.',
      ),
    ).toEqual(['PER arms-trade-treaty withdrawal_effective 2021']);
  });
  it('reads "have previously exited UNESCO" as exits', () => {
    expect(
      acts('Countries like Chile and Peru have previously exited UNESCO, citing concerns over its budget.'),
    ).toEqual([
      'CHL unesco-constitution withdrawal_effective null',
      'PER unesco-constitution withdrawal_effective null',
    ]);
  });
  it('reads no exit from a person who "left in 2019"', () => {
    expect(acts('The minister, who left in 2019, said the treaty was outdated.')).toEqual([]);
  });
});
