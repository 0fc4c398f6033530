// Round 10, false claims: a wrong treaty, a wrong state or a wrong action read from a true act (invented sentences).
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-18T10:00:00Z';
const triples = (body: string) => brief(extract(body, PUB).claims).map((c) => c.split(' ').slice(0, 3).join(' '));

describe('wrong treaty', () => {
  it('"the nuclear weapon ban treaty" (singular) is the TPNW, not the test-ban treaty named before', () => {
    expect(
      triples(
        'Ministers urged states to ratify the Comprehensive Nuclear-Test-Ban Treaty. Chile ratified the nuclear weapon ban treaty on Monday.',
      ),
    ).toEqual(['CHL tpnw joined']);
  });
  it('"ratified the X after the Y amendment entered into force": the amendment is a circumstance, not an object', () => {
    expect(
      triples(
        'Since then Grenada and Tunisia have ratified the Rome Statute after the Kampala amendment on aggression entered into force.',
      ),
    ).toEqual(['GRD rome-statute joined', 'TUN rome-statute joined']);
  });
  it('"ratify the Kigali Amendment ... under the Montreal Protocol": the parent named through "under" is not acted on', () => {
    expect(
      triples(
        'Chile has become the 30th country to ratify the Kigali Amendment to phase down HFCs under the Montreal Protocol.',
      ),
    ).toEqual(['CHL kigali-amendment joined']);
  });
  it('two names coordinated by "and" are still two objects', () => {
    expect(triples('Chile ratified the Kigali Amendment and the Paris Agreement on Monday.')).toEqual([
      'CHL kigali-amendment joined',
      'CHL paris-agreement joined',
    ]);
  });
});

describe('wrong action', () => {
  it('"deposited the instrument on behalf of his country" after an accession is the deposit, not a notice of withdrawal', () => {
    expect(
      triples(
        'Peru acceded to the Arms Trade Treaty on Monday. Ambassador Pedro Ruiz deposited the instrument on behalf of his country at a ceremony.',
      ),
    ).toEqual(['PER arms-trade-treaty joined']);
  });
});

describe('wrong state', () => {
  it('"Amid the rift with Russia, Armenia froze ...": the state closing a fronted phrase is not a co-subject', () => {
    expect(triples('Amid the widening rift with Russia, Armenia left the Paris Agreement last week.')).toEqual([
      'ARM paris-agreement withdrawal_effective',
    ]);
  });
  it('an unpunctuated headline list still acts together', () => {
    expect(triples('Mali, Burkina Faso, Niger quit ECOWAS')).toEqual([
      'BFA ecowas-treaty withdrawal_effective',
      'MLI ecowas-treaty withdrawal_effective',
      'NER ecowas-treaty withdrawal_effective',
    ]);
  });
});

describe('an organisation is no object here', () => {
  it('"became the 18th member of the Council of Europe to ratify the Convention": the members\' organisation', () => {
    expect(
      triples(
        'Poland ratified it in April 2015 and became the 18th member of the Council of Europe to ratify the Istanbul Convention.',
      ),
    ).toEqual(['POL istanbul-convention joined']);
  });
  it('"became the 47th member of the Council of Europe" still joins it', () => {
    expect(triples('Montenegro became the 47th member of the Council of Europe on Monday.')).toEqual([
      'MNE council-of-europe-statute joined',
    ]);
  });
  it('"adopted by the Council of Europe ..., and Moldova signed it": the instrument is signed, not the organisation', () => {
    expect(
      triples(
        'Moldova has ratified the Istanbul Convention. The Convention was adopted by the Council of Europe in 2011, and Moldova signed it in February 2017.',
      ),
    ).toEqual(['MDA istanbul-convention joined', 'MDA istanbul-convention signed']);
  });
  it('"signed the agreement ... in the Council of Europe": a venue, not a signature of its statute', () => {
    expect(
      triples('Ukraine signed the Istanbul Convention on the sidelines of a session in the Council of Europe.'),
    ).toEqual(['UKR istanbul-convention signed']);
  });
});
