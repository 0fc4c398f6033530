// Round 7, lead: NATO stands for the North Atlantic Treaty, and an organisation named as a modifier or as the one
// acting or speaking is not the object of a state's act. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';

describe('NATO membership is the North Atlantic Treaty', () => {
  it('reads "became the 32nd member of NATO" as joining', () => {
    const claims = extract('Sweden became the 32nd member of NATO on Thursday in Washington.', PUB);
    expect(triples(claims.claims)).toEqual(['SWE north-atlantic-treaty joined']);
  });

  it("reads the organisation's full name too", () => {
    const claims = extract('Finland joined the North Atlantic Treaty Organization on Tuesday.', PUB);
    expect(triples(claims.claims)).toEqual(['FIN north-atlantic-treaty joined']);
  });
});

describe('an organisation that is not the object', () => {
  it('"NATO countries" is a group of states, not a second treaty', () => {
    const claims = extract(
      'Russia suspended the Treaty on Conventional Armed Forces in Europe on Saturday. ' +
        'Russia has ratified the revised agreement, but the United States and NATO countries have not.',
      PUB,
    );
    expect(triples(claims.claims).some((t) => t.includes('north-atlantic-treaty'))).toBe(false);
    expect(triples(claims.claims)).toContain('RUS cfe-treaty suspended');
  });

  it('an organisation right before a suspension verb acts; "the treaty" is the instrument named before', () => {
    const claims = extract(
      'Turkey suspended the Treaty on Conventional Armed Forces in Europe on Monday. ' +
        'Earlier, the United States and NATO suspended their obligations under the treaty.',
      PUB,
    );
    expect(triples(claims.claims).some((t) => t.includes('north-atlantic-treaty'))).toBe(false);
    expect(triples(claims.claims)).toContain('USA cfe-treaty suspended');
  });

  it('an organisation that announces is not the topic a later exit refers to', () => {
    const claims = extract(
      'Russia withdrew from the Treaty on Conventional Armed Forces in Europe last year. ' +
        "NATO on Tuesday announced the suspension of its members' participation. " +
        'Moscow had finalised its withdrawal on Tuesday.',
      PUB,
    );
    expect(triples(claims.claims).some((t) => t.includes('north-atlantic-treaty'))).toBe(false);
  });

  it('an organisation that admits states is still what they join', () => {
    const claims = extract('The Commonwealth has admitted Gabon and Togo as its 55th and 56th members.', PUB);
    expect(triples(claims.claims)).toEqual([
      'GAB commonwealth-charter joined', // catalogued since round 8
      'TGO commonwealth-charter joined',
    ]);
  });

  it('"the NATO member", "NATO\'s eastern flank" describe; the treaty left is the one named', () => {
    const claims = extract(
      "Lithuania's parliament voted on Thursday to leave the Convention on Cluster Munitions, putting the NATO member " +
        "on course to be the first to abandon it. The government argued that deterrence on NATO's eastern flank " +
        'must be credible.',
      PUB,
    );
    expect(triples(claims.claims).some((t) => t.includes('north-atlantic-treaty'))).toBe(false);
  });

  it('an organisation coordinated with a treaty is a second object', () => {
    const claims = extract(
      'The president signed orders to withdraw the United States from the Paris Agreement and from the World Health ' +
        'Organization on Monday.',
      PUB,
    );
    expect(triples(claims.claims).filter((t) => t.startsWith('USA who-constitution')).length).toBe(1);
  });

  it('"the threat to NATO members" names states; the convention left is the one named before', () => {
    const claims = extract(
      'The four ministers want their countries to leave the Convention on the Prohibition of Anti-Personnel Mines. ' +
        'They jointly recommended that their countries leave the convention, arguing that the threat to NATO members ' +
        'bordering Russia has grown.',
      PUB,
    );
    expect(triples(claims.claims).some((t) => t.includes('north-atlantic-treaty'))).toBe(false);
  });
});
