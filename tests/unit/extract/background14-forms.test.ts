// Round-14 background kinds: older acts an article restates, read by their grammar. Invented sentences of the same
// structure as the reporting that showed each kind.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2024-06-10T10:00:00Z';
const read = (body: string) => brief(extract(body, PUB, 'Treaty news').claims);

describe('a list with a bracketed other name of a state ("Eswatini (former Swaziland)")', () => {
  const NEWS = 'Zambia ratified the African Continental Free Trade Area agreement on Monday. ';
  it('reads the states after the aside as part of the list', () => {
    const got = read(
      `${NEWS}The countries that have ratified the agreement so far are Ghana, eSwatini (formerly Swaziland), Mali and Chad.`,
    );
    for (const iso of ['GHA', 'SWZ', 'MLI', 'TCD'])
      expect(got).toContain(`${iso} afcfta-agreement joined null background`);
  });
  it('reads "Congo Republic" as a listed state', () => {
    expect(
      read(`${NEWS}The countries that have ratified the agreement so far are Niger, Congo Republic and Togo.`),
    ).toContain('TGO afcfta-agreement joined null background');
  });
});

describe('"instruments of <name> ratification": the treaty named inside the instrument', () => {
  it('reads the deposit as joining', () => {
    expect(
      read(
        'Zambia ratified the African Continental Free Trade Area agreement on Monday. The states that have deposited their instruments of AfCFTA ratification so far are Kenya and Rwanda.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'KEN afcfta-agreement joined null background',
        'RWA afcfta-agreement joined null background',
      ]),
    );
  });
});

describe('"A signed it, as did B": an elliptic clause shares the act', () => {
  const NEWS = 'Armenia ratified the Rome Statute on Monday. ';
  it('reads the states after "as did"', () => {
    expect(read(`${NEWS}Sweden signed the statute in 1998, as did Norway and Denmark.`)).toEqual(
      expect.arrayContaining([
        'SWE rome-statute signed 1998 background',
        'NOR rome-statute signed 1998 background',
        'DNK rome-statute signed 1998 background',
      ]),
    );
  });
  it('reads "— as have B —" set off by dashes, past an initial\'s full stop', () => {
    expect(read(`${NEWS}Kenya has ratified the statute — as has the U.K. — despite objections.`)).toContain(
      'GBR rome-statute joined null background',
    );
  });
  it('does not read "as had been agreed with B" as B acting', () => {
    expect(read(`${NEWS}Sweden signed the statute in 1998, as had been agreed with Norway.`)).not.toContain(
      'NOR rome-statute signed 1998 background',
    );
  });
});

describe('a passive signature whose agents are persons named by their state', () => {
  const NEWS = 'Russia suspended the Open Skies Treaty on Monday. ';
  it('reads "signed by Russian President A and then U.S. Secretary of State B" as both states signing', () => {
    expect(
      read(
        `${NEWS}The treaty, signed by Russian Foreign Minister Andrei Kozyrev and then U.S. Secretary of State James Baker, was hailed.`,
      ),
    ).toEqual(
      expect.arrayContaining([
        'RUS open-skies-treaty signed null background',
        'USA open-skies-treaty signed null background',
      ]),
    );
  });
  it('reads "by the then Ukrainian President A and his Russian counterpart B"', () => {
    expect(
      read(
        `${NEWS}The treaty was signed by the then Ukrainian President Leonid Kravchuk and his Russian counterpart Boris Yeltsin in 1992.`,
      ),
    ).toEqual(
      expect.arrayContaining([
        'UKR open-skies-treaty signed 1992 background',
        'RUS open-skies-treaty signed 1992 background',
      ]),
    );
  });
  it('still reads a law signed by a president as no signature of the treaty', () => {
    expect(read(`${NEWS}The law was signed by Russian President Vladimir Putin on Friday.`)).not.toContain(
      'RUS open-skies-treaty signed 2024-06-07 background',
    );
  });
  it('does not read a denunciation "by French President A" (a criticism) as France acting', () => {
    expect(read(`${NEWS}The move was denounced by French President Emmanuel Macron.`).join(' ')).not.toContain('FRA');
  });
});
