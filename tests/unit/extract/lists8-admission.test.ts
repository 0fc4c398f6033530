// Round 5b lists (admission-cues.ts, resolve.ts): an organisation or its organ as the actor of a state's joining
// ("OPEC has admitted A and B as members", "A was reinstated as the 14th member", "voted to readmit A"), a list of
// states that became members ("A and B became members of X", "A and B are now X member states"), and a return to
// the organisation named in the sentence before by its description ("It re-joined the 13-member bloc").
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);
const roles = (body: string) => brief(extract(body, PUB).claims);

describe('an organisation admits or reinstates states', () => {
  it('reads "X has admitted A and B as its newest members"', () => {
    expect(out('OPEC has admitted Gabon and Togo as its newest members.')).toEqual([
      'GAB opec-statute joined',
      'TGO opec-statute joined',
    ]);
  });
  it('reads "leaders admitted A and B to X on Saturday"', () => {
    expect(roles('Ministers admitted Gabon and Togo to OPEC on Saturday.')).toEqual([
      'GAB opec-statute joined 2025-05-10 primary',
      'TGO opec-statute joined 2025-05-10 primary',
    ]);
  });
  it('reads the passive "A was formally reinstated as the 14th member"', () => {
    expect(roles('Gabon was formally reinstated as the 14th member of OPEC on Friday.')).toEqual([
      'GAB opec-statute joined 2025-05-09 primary',
    ]);
    expect(out('Chile has been readmitted to UNESCO.')).toEqual(['CHL unesco-constitution joined']);
  });
  it('reads "the conference voted to readmit A as a full member"', () => {
    expect(out('The General Conference of UNESCO voted on Friday to readmit Chile as a full member.')).toEqual([
      'CHL unesco-constitution joined',
    ]);
  });
  it('gives nothing for a refusal, a hope, an application or an unrelated "admitted"', () => {
    expect(out('OPEC has not admitted Gabon as a member.')).toEqual([]);
    expect(out('OPEC refused to admit Gabon as a member.')).toEqual([]);
    expect(out('Gabon hopes to be admitted as a member of OPEC next year.')).toEqual([]);
    expect(out('Gabon applied to be readmitted to OPEC.')).toEqual([]);
    expect(out('OPEC could admit Gabon as a member next year.')).toEqual([]);
    expect(out('Chile admitted Peru had breached the Arms Trade Treaty.')).toEqual([]);
  });
});

describe('listed states become members', () => {
  it('reads "A and B became members of X"', () => {
    expect(out('Chile and Peru became members of UNESCO on Friday.')).toEqual([
      'CHL unesco-constitution joined',
      'PER unesco-constitution joined',
    ]);
  });
  it('reads "A and B are now X member states"', () => {
    expect(out('"Chile and Peru are now UNESCO member states," the organisation said.')).toEqual([
      'CHL unesco-constitution joined',
      'PER unesco-constitution joined',
    ]);
  });
  it('gives nothing for a wish or a denial', () => {
    expect(out('Chile and Peru want to become members of UNESCO.')).toEqual([]);
    expect(out('Chile and Peru are not UNESCO member states.')).toEqual([]);
  });
});

describe('a return to the organisation described by its size', () => {
  it('reads "It re-joined the 13-member bloc" after the organisation is named', () => {
    expect(
      roles('Kenya left OPEC in protest last July. It formally re-joined the 13-member bloc on Friday.'),
    ).toContain('KEN opec-statute joined 2025-05-09 primary');
  });
  it('gives nothing for a bloc named after an instrument', () => {
    expect(
      out('Kenya ratified the Arms Trade Treaty in 2020. It formally re-joined the 13-member bloc on Friday.'),
    ).toEqual(['KEN arms-trade-treaty joined']);
  });
});

describe('an admission "to the fold" names no body', () => {
  it('gives nothing without a name or membership words', () => {
    expect(out('At the UNESCO summit this week, Chile was re-admitted to the fold.')).toEqual([]);
    expect(out('UNESCO leaders admitted Chile to the talks on Friday.')).toEqual([]);
  });
});

describe('a body welcomes or accepts a state as a member', () => {
  it('reads "welcomed A as its newest member" and "accepted A and B as members"', () => {
    expect(out('The Director-General welcomed Chile as the newest member of UNESCO on Friday.')).toEqual([
      'CHL unesco-constitution joined',
    ]);
    expect(out('OPEC accepted Gabon and Togo as full members on Friday.')).toEqual([
      'GAB opec-statute joined',
      'TGO opec-statute joined',
    ]);
  });
  it('gives nothing for a welcome to a meeting, a future welcome or a hope', () => {
    expect(out('The Director-General of UNESCO welcomed Chile to the meeting on Friday.')).toEqual([]);
    expect(out('OPEC would welcome Gabon as a member.')).toEqual([]);
    expect(out('OPEC hopes to welcome Gabon as a member next year.')).toEqual([]);
    expect(out('OPEC is ready to accept Gabon as a member.')).toEqual([]);
  });
});
