// Round 7 near (described-org.ts): an organisation named in one sentence and then described by a common noun in the
// next ("left the grouping", "rejoined the bloc", "left the alliance") is the object of the join or leave verb there.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);

describe('a described organisation refers back to the organisation named before', () => {
  it('reads "left the grouping" and "rejoined the bloc" after the organisation is named', () => {
    expect(
      out('Officials of OPEC met in Vienna on Monday to discuss output. Qatar left the grouping in 2019.'),
    ).toContain('QAT opec-statute withdrawal_effective');
    expect(
      out('Leaders of the Economic Community of West African States met in Abuja. Mauritania left the bloc in 2000.'),
    ).toContain('MRT ecowas-treaty withdrawal_effective');
    expect(
      out('Officials of OPEC met in Vienna on Monday to discuss output. Gabon rejoined the bloc in 2016.'),
    ).toContain('GAB opec-statute joined');
  });
  it('reads "left the alliance" after a pact is named', () => {
    expect(
      out(
        'The Collective Security Treaty was signed in Tashkent in 1992 by six states. ' +
          'Georgia left the alliance in 1999, officials recalled.',
      ),
    ).toContain('GEO csto-charter withdrawal_effective');
  });
});

describe('a described organisation gives nothing without a compatible referent', () => {
  it('gives nothing for "the group" or "the union" after a convention', () => {
    expect(
      out('The Arms Trade Treaty entered into force in 2014. Chile joined the group of countries calling for talks.'),
    ).toEqual([]);
    expect(out('The Arms Trade Treaty entered into force in 2014. Peru left the union in 2019.')).toEqual([]);
  });
  it('gives nothing for a possessive or a "group of" object', () => {
    expect(
      out('Officials of OPEC met in Vienna on Monday. Gabon joined the group of producers that cut output.'),
    ).toEqual([]);
  });
});
