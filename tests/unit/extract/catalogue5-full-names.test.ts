// Round 4b, catalogue kind (issue 12): an instrument outside the catalogue named in full once and short elsewhere in
// the same article ("the X Protocol on ..." / "the X Protocol") is one instrument, under its full name. Invented text.
import { describe, expect, it } from 'vitest';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { extract } from './helpers';

const PUB = '2024-05-16T09:00:00Z';
const FULL = 'Lima Protocol on Access to Coastal Fisheries and the Sharing of Their Benefits';

describe('short and full name of one instrument outside the catalogue', () => {
  it('gives the short name the full name id when the article writes both', () => {
    const body = [
      `The ${FULL} was adopted in 2019 after years of talks.`,
      'Chile ratified the Lima Protocol on Monday, the foreign ministry said.',
    ].join(' ');
    const c = extract(body, PUB).claims.find((x) => x.state === 'CHL');
    expect(c?.treaty).toBe(provisionalTreatyId(FULL));
    expect(c?.treatyName).toBe(FULL);
  });
  it('keeps the short name when the article never writes the full name', () => {
    const c = extract('Chile ratified the Lima Protocol on Monday, the foreign ministry said.', PUB).claims.find(
      (x) => x.state === 'CHL',
    );
    expect(c?.treaty).toBe(provisionalTreatyId('Lima Protocol'));
  });
  it('does not choose between two longer names that both begin with the short one', () => {
    const body = [
      'The Lima Protocol on Coastal Fisheries was adopted in 2019.',
      'The Lima Protocol on Inland Waterways followed a year later.',
      'Chile ratified the Lima Protocol on Monday, the foreign ministry said.',
    ].join(' ');
    const c = extract(body, PUB).claims.find((x) => x.state === 'CHL');
    expect(c?.treaty ?? provisionalTreatyId('Lima Protocol')).toBe(provisionalTreatyId('Lima Protocol'));
  });
});
