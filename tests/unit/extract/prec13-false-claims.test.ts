// Round 13 false claims, on small texts of our own: a reaction to another's decision, "agreed that my decision",
// a progressive restating a notice, a document signed "by" someone, a state inside a fronted phrase, a person's
// origin ("Israeli-born"), a country after a city ("in Entebbe, Uganda"), and a bilateral treaty's other party.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { extract, gz, triples } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const acts = (body: string, title?: string) => triples(extract(body, PUB, title).claims);

describe('a decision that is not the subject state’s', () => {
  it('a reaction to a possessor of several words is not the reacting state’s decision', () => {
    expect(
      acts(
        'Chile left the Organization of American States on Friday. The United States condemned President Daniel Ortega’s decision to withdraw, citing abuses.',
      ),
    ).toEqual(['CHL oas-charter withdrawal_effective']);
    expect(
      acts(
        'Chile left the Organization of American States on Friday. Peru criticised Ortega and Vice President Ana Ruiz’s decision to leave the bloc.',
      ),
    ).toEqual(['CHL oas-charter withdrawal_effective']);
  });
  it('keeps the possessor’s own decision', () => {
    expect(acts('Canada’s decision to withdraw from the Kyoto Protocol was announced on Monday.')).toEqual([
      'CAN kyoto-protocol withdrawal_proposed',
    ]);
  });
  it('"agreed that my decision to withdraw" is what was agreed, not an act of the one agreeing', () => {
    expect(
      acts(
        '"President Lula and I have agreed that my decision to withdraw from the Anti-Ballistic Missile Treaty will not harm our ties," the president said.',
      ),
    ).toEqual([]);
    expect(acts('Brazil agreed on Monday to withdraw from the Anti-Ballistic Missile Treaty.')).toEqual([
      'BRA abm-treaty withdrawal_proposed',
    ]);
  });
});

describe('a progressive restating the notice', () => {
  it('is no decision of its own when the article reports the notice', () => {
    expect(
      acts(
        'Chile notified the Organization of American States of its withdrawal on Friday. "We are leaving the Organization of American States, but not the Americas," the president said.',
      ),
    ).toEqual(['CHL oas-charter withdrawal_notified']);
    expect(
      acts(
        'Peru has given notice of its intention to withdraw from the Rome Statute. A press release said that Peru is withdrawing from the Rome Statute, with effect next year.',
      ),
    ).toEqual(['PER rome-statute withdrawal_notified']);
  });
  it('stays a decision without a notice', () => {
    expect(acts('The ministry said on Wednesday that Chile is leaving the Energy Charter Treaty.')).toEqual([
      'CHL energy-charter-treaty withdrawal_proposed',
    ]);
  });
});

describe('a document signed by someone', () => {
  it('is not the treaty signed', () => {
    expect(
      acts(
        'Chile joined the Association of Southeast Asian Nations on Sunday. The Declaration was signed by the bloc’s leaders together with the Prime Minister of Chile, under the ASEAN Charter.',
      ).filter((x) => x.endsWith('signed')),
    ).toEqual([]);
    expect(
      acts(
        'Chile sent Peru a notice of termination of the Paris Agreement on Tuesday. The palace confirmed that the notice has been signed by the foreign minister and sent to Lima.',
      ).filter((x) => x.endsWith('signed')),
    ).toEqual([]);
  });
  it('keeps the treaty itself signed by a state', () => {
    expect(acts('The Paris Agreement was signed by Chile on Tuesday.')).toEqual(['CHL paris-agreement signed']);
  });
});

describe('states that are not the actor', () => {
  it('a state inside a phrase opening the sentence is not the subject after its comma', () => {
    expect(
      acts(
        'The United States is reviewing its treaties. Citing a new relationship with Russia and the need for defences, President Bush withdrew from the Anti-Ballistic Missile Treaty on Thursday.',
      ),
    ).toEqual(['USA abm-treaty withdrawal_effective']);
  });
  it('an origin ("Israeli-born", "Paris-based") is no actor', () => {
    expect(
      acts(
        'Peru said on Monday it would leave the Rome Statute. Analysts believe Fujimori decided to withdraw from the Rome Statute because of the case of an Israeli-born businessman.',
      ),
    ).not.toContain('ISR rome-statute withdrawal_proposed');
  });
  it('a country after a city is where the act took place', () => {
    expect(
      acts(
        'Kenya ratified the treaty on Monday. The member countries drafted and signed the Nile Basin Cooperative Framework Agreement in Entebbe, Uganda, by the riparian countries.',
      ),
    ).not.toContain('UGA nile-basin-cfa signed');
  });
});

describe('a bilateral treaty named with its partner', () => {
  const ids = (s: string) => findTreaties(s, gz).map((m) => m.treaty);
  it('is the catalogued pair’s only when the state named before it is the other party', () => {
    expect(ids('Ukraine ended the Treaty of Friendship, Cooperation and Partnership with Russia.')).toEqual([
      'ukraine-russia-friendship-treaty',
    ]);
    expect(ids('The Treaty of Friendship, Cooperation and Partnership with Russia expired.')).toEqual([
      'ukraine-russia-friendship-treaty',
    ]);
    expect(ids('Georgia ended the Treaty of Friendship, Cooperation and Partnership with Russia.')).not.toContain(
      'ukraine-russia-friendship-treaty',
    );
    expect(ids('Moldova ended its Treaty of Friendship and Cooperation with Russia.')).not.toContain(
      'ukraine-russia-friendship-treaty',
    );
  });
});

describe('a place before a counted group', () => {
  it('keeps "issued in Bamako, the three countries" as the group acting', () => {
    expect(
      acts(
        'Mali, Niger and Burkina Faso left the Rome Statute on Monday. In a joint statement issued in Bamako, the three countries said they had ratified the Rome Statute between 2000 and 2004.',
      ).filter((x) => x.endsWith('joined')),
    ).toEqual(['BFA rome-statute joined', 'MLI rome-statute joined', 'NER rome-statute joined']);
  });
});
