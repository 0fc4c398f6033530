// "X denounced the <treaty>" (a state's denunciation, the notice under the treaty's withdrawal clause) and
// "X notified its withdrawal from <treaty>" are the notice (withdrawal_notified). "denounced the treaty as unfair"
// is criticism, not a denunciation.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2019-06-05T10:00:00Z';

describe('a denunciation and a notified withdrawal', () => {
  it('reads "On <date>, X denounced the <treaty>" as the notice', () => {
    const body =
      'On May 28, Peru denounced the Arms Trade Treaty, as part of a wider retreat from its international ' +
      'commitments.';
    expect(triples(extract(body, PUB, 'Arms pact news').claims)).toEqual(['PER arms-trade-treaty withdrawal_notified']);
  });
  it('reads "became the first country to denounce the <treaty>" as the notice', () => {
    const body = 'Chile became the first country to denounce the Arms Trade Treaty, officials said on Tuesday.';
    expect(triples(extract(body, PUB, 'Chile and the arms pact').claims)).toEqual([
      'CHL arms-trade-treaty withdrawal_notified',
    ]);
  });
  it('reads "formally notified its withdrawal from <treaty>" as the notice', () => {
    const body = 'Ghana formally notified its withdrawal from the Arms Trade Treaty on Monday, the ministry said.';
    expect(triples(extract(body, PUB, 'Ghana quits arms pact').claims)).toEqual([
      'GHA arms-trade-treaty withdrawal_notified',
    ]);
  });
  it('does not read criticism ("denounced the treaty as unfair") as a denunciation', () => {
    const body = 'Peru denounced the Arms Trade Treaty as unfair to small producers during the debate on Monday.';
    expect(triples(extract(body, PUB, 'Arms pact debate').claims)).toEqual([]);
  });
});

describe('what a denunciation cue leaves alone', () => {
  it('does not read a decree "that denounced" the treaty as a notice', () => {
    const body = 'On 2 May the president signed a decree that "denounced" the Arms Trade Treaty, Peru said.';
    expect(triples(extract(body, PUB, 'Arms pact news').claims)).not.toContain(
      'PER arms-trade-treaty withdrawal_notified',
    );
  });
  it('does not read a present-tense "Denounces the <treaty>" heading line as a notice', () => {
    const body = 'Read the statement: Peru Denounces the Arms Trade Treaty\n\nThe minister spoke on Monday.';
    expect(triples(extract(body, PUB, 'Arms pact news').claims)).toEqual([]);
  });
});
