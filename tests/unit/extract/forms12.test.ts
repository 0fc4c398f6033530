// Round 12 joining and signing forms: persons of several states coordinated as one subject ("French President A and
// German Chancellor B signed"), a photo caption in the present ("A and B sign the Treaty ... on 8 April 2010"), a place
// after an unlisted name ("the X Accords on the South Lawn"), a dashed list naming a count's states, and "UAE".
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const acts = (body: string, title?: string) =>
  brief(extract(body, PUB, title).claims).map((c) => c.replace(/ (primary|background)$/, ''));

describe('joining and signing forms (round 12)', () => {
  it('gives each coordinated person of a state the act', () => {
    expect(
      acts('Chilean President Ana Soto and Peruvian Foreign Minister Luis Vega on 6 May signed the Arms Trade Treaty.'),
    ).toEqual(['CHL arms-trade-treaty signed 2025-05-06', 'PER arms-trade-treaty signed 2025-05-06']);
    expect(
      acts(
        'The Minister of Foreign Affairs of Ghana Kofi Mensah, Kenyan President Jane Wambui and the Foreign Minister of Togo signed the Arms Trade Treaty on 6 May.',
      ),
    ).toEqual([
      'GHA arms-trade-treaty signed 2025-05-06',
      'KEN arms-trade-treaty signed 2025-05-06',
      'TGO arms-trade-treaty signed 2025-05-06',
    ]);
    expect(
      acts('Chilean and Peruvian presidents Ana Soto and Luis Vega signed the Arms Trade Treaty on 6 May.'),
    ).toEqual(['CHL arms-trade-treaty signed 2025-05-06', 'PER arms-trade-treaty signed 2025-05-06']);
  });
  it('does not join a state named in another role to the subject', () => {
    expect(
      acts('Talks with Chile ended, and Peruvian President Luis Vega signed the Arms Trade Treaty on 6 May.'),
    ).toEqual(['PER arms-trade-treaty signed 2025-05-06']);
  });
  it('reads a photo caption in the present with a full date', () => {
    expect(acts('Kenyan President Jane Wambui signs the Arms Trade Treaty in Nairobi on May 6, 2025.')).toEqual([
      'KEN arms-trade-treaty signed 2025-05-06',
    ]);
    expect(acts('Kenya will sign the Arms Trade Treaty at a ceremony in 2026.')).toEqual([]);
    expect(acts('Every state that signs the Arms Trade Treaty in 2026 must report.')).toEqual([]);
  });
  it('ends an unlisted name before the place of the act', () => {
    expect(acts('Chile and Peru signed the Cedar Accords on the North Lawn of the palace on 6 May.')).toEqual([
      'CHL provisional-accord-cedar signed 2025-05-06',
      'PER provisional-accord-cedar signed 2025-05-06',
    ]);
  });
  it('reads the states a dashed apposition names for a count acting in the sentence before', () => {
    expect(
      acts(
        'Four member states deposited their instruments of ratification of the Arms Trade Treaty on 6 May. The countries in question—Chile, Peru, Ghana and Kenya—now join Spain.',
      ),
    ).toEqual([
      'CHL arms-trade-treaty joined 2025-05-06',
      'GHA arms-trade-treaty joined 2025-05-06',
      'KEN arms-trade-treaty joined 2025-05-06',
      'PER arms-trade-treaty joined 2025-05-06',
    ]);
  });
  it('reads a declaration of ratification submitted or transmitted as a deposit', () => {
    expect(acts('Nauru submitted its declaration of ratification of the Arms Trade Treaty on 6 May.')).toEqual([
      'NRU arms-trade-treaty joined 2025-05-06',
    ]);
    expect(acts('Nauru transmitted its instrument of accession to the Arms Trade Treaty on 6 May.')).toEqual([
      'NRU arms-trade-treaty joined 2025-05-06',
    ]);
  });
  it('reads "the UAE" as the United Arab Emirates', () => {
    expect(acts('The UAE signed the Arms Trade Treaty on 6 May.')).toEqual(['ARE arms-trade-treaty signed 2025-05-06']);
  });
});
