// Round 4, catalogue kind (issue 12): a region's adjective built on a state's name ("Central American", "Latin
// American", "Inter-American", "Pan-African") names no state. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findStates, findTreaties } from '../../../functions/core/extract/gazetteer';
import { extract, gz, triples } from './helpers';

const states = (s: string) => findStates(s, gz, findTreaties(s, gz)).flatMap((m) => m.states);

describe('regional adjectives are not the United States (or any state)', () => {
  it('reads no state in "Central/South/Latin/North American" or "Inter-American"', () => {
    expect(states('The Central American nation left the bloc.')).toEqual([]);
    expect(states('Latin American and South American leaders met in Lima.')).toEqual(['PER']);
    expect(states('It left the Inter-American system on Monday.')).toEqual([]);
    expect(states('Trade across North America fell.')).toEqual([]);
  });
  it('still reads the state itself and other demonyms', () => {
    expect(states('The American envoy met South African officials.')).toEqual(['USA', 'ZAF']);
    expect(states('America left the pact.')).toEqual(['USA']);
  });
  it('gives the act to the state the article names, not to the United States', () => {
    const x = extract(
      'Honduras on Monday withdrew from the Paris Agreement, the Central American government said.',
      '2024-05-15T09:00:00Z',
    );
    expect(triples(x.claims)).toEqual(['HND paris-agreement withdrawal_effective']);
  });
});

describe('the Union acts through its institutions', () => {
  it('reads the European Parliament, MEPs, the Commission and the Council as the European Union', () => {
    expect(states('The European Parliament voted on Wednesday.')).toEqual(['EUU']);
    expect(states('MEPs backed the plan.')).toEqual(['EUU']);
    expect(states('The European Commission proposed it in July.')).toEqual(['EUU']);
    expect(states('The Council of the EU adopted the decision.')).toEqual(['EUU']);
  });
  it('is not the Council of Europe', () => {
    expect(states('The Council of Europe said so.')).toEqual([]);
  });
  it("gives the Parliament's vote to the Union", () => {
    const x = extract(
      'The European Parliament on Wednesday voted to withdraw from the Energy Charter Treaty, by 560 votes to 43.',
      '2024-04-25T09:00:00Z',
    );
    expect(triples(x.claims)).toEqual(['EUU energy-charter-treaty withdrawal_approved']);
  });
});
