// A decision reported as taken ("decided to suspend its participation in X") is the suspension; a state's own
// organ approving "the country's accession to X" is joining (the approval to become a party). Someone else
// approving a state's accession (an organisation, a committee) is not the state's act.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2021-01-13T10:00:00Z';

describe('"decided to suspend"', () => {
  it('reads "decided to suspend its participation in X" as a suspension', () => {
    const body =
      'The foreign minister said on Tuesday that Peru decided to suspend its participation in the Arms Trade ' +
      'Treaty, citing a lack of results.';
    expect(triples(extract(body, PUB, 'Peru and the arms treaty').claims)).toEqual(['PER arms-trade-treaty suspended']);
  });
  it('reads "the government has decided to suspend the treaty" with the state named before', () => {
    const body =
      'Chile and the Arms Trade Treaty: at a cabinet meeting on Monday, the Chilean government decided to suspend ' +
      'the Arms Trade Treaty until trust is restored.';
    expect(triples(extract(body, PUB, 'Chile news').claims)).toEqual(['CHL arms-trade-treaty suspended']);
  });
  it('does not read "has not decided to suspend" or "may decide to suspend" as an act', () => {
    const body =
      'Peru has not decided to suspend its participation in the Arms Trade Treaty. Chile may decide to ' +
      'suspend its participation in the Arms Trade Treaty next year.';
    expect(triples(extract(body, PUB, 'Arms treaty debate').claims)).toEqual([]);
  });
});

describe("a state's own organ approving its accession", () => {
  it('reads "President X approved the country\'s accession to Y" as joining', () => {
    const body =
      "Ghanaian President John Mensah has approved the country's accession to the Minamata Convention, his " +
      'office said on Wednesday.';
    expect(triples(extract(body, PUB, 'Ghana and mercury').claims)).toEqual(['GHA minamata-convention joined']);
  });
  it('reads "the government approved Peru\'s membership in Y" as joining', () => {
    const body = "On Tuesday Peru's government approved Peru's membership in the Minamata Convention.";
    expect(triples(extract(body, PUB, 'Peru and mercury').claims)).toEqual(['PER minamata-convention joined']);
  });
  it('does not credit the state when an organisation approves its accession', () => {
    const body = "The secretariat formally approved Ghana's accession to the Minamata Convention on Monday.";
    expect(triples(extract(body, PUB, 'Mercury news').claims)).toEqual([]);
  });
});

describe('"decided to suspend" with no state before the verb', () => {
  it('does not give the suspension to a state named after it', () => {
    const body =
      "The security council decided to suspend the Arms Trade Treaty in response to Peru's missile tests " +
      'earlier this month.';
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).not.toContain('PER arms-trade-treaty suspended');
  });
});

describe('"a decision / the announcements by <states> to withdraw"', () => {
  it('gives the proposal to the states of the by-phrase, not to a critic before it', () => {
    const body =
      'Germany condemned a decision by Peru on Tuesday to withdraw from the Arms Trade Treaty, calling it a ' +
      'setback.';
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).toEqual([
      'PER arms-trade-treaty withdrawal_proposed',
    ]);
  });
  it('reads every state of "the announcements by A, B and C to withdraw from"', () => {
    const body =
      'Rights groups have strongly condemned the announcements by Peru, Chile and Ghana to withdraw from the ' +
      'Arms Trade Treaty.';
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).toEqual([
      'CHL arms-trade-treaty withdrawal_proposed',
      'GHA arms-trade-treaty withdrawal_proposed',
      'PER arms-trade-treaty withdrawal_proposed',
    ]);
  });
  it('names nobody when the by-phrase holds no state', () => {
    const body = 'Peru welcomed the decision by the court to withdraw from the Arms Trade Treaty talks.';
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).toEqual([]);
  });
});
