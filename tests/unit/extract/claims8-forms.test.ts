// Round-6 claim kinds, each with invented sentences of the same structure as the reporting that showed it.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';

describe('a quantified, generic subject is nobody in particular', () => {
  it('reads "over three-quarters of the member states have joined T" as no state\'s act', () => {
    const body =
      'Peru deposited its instrument of accession to the Chemical Weapons Convention on 3 May. Since the ' +
      "Convention entered into force in 1997, over three-quarters of the United Nations' Member States have " +
      'joined it.';
    expect(brief(extract(body, PUB, 'Peru joins chemical weapons ban').claims)).toEqual([
      'PER cwc joined 2024-05-03 primary',
    ]);
  });
  it('reads "Most EU states have signed and ratified T, although A has not" as no claim for A', () => {
    const body = 'Most European Union states have signed and ratified the Istanbul Convention, although Peru has not.';
    expect(triples(extract(body, PUB, 'Istanbul Convention').claims)).toEqual([]);
  });
  it('still reads a listed group ("many of the other countries also signed T, including A and B")', () => {
    const body = 'Many of the other EU countries also signed the Istanbul Convention, including Austria and Belgium.';
    expect(triples(extract(body, PUB, 'Istanbul Convention').claims)).toEqual([
      'AUT istanbul-convention signed',
      'BEL istanbul-convention signed',
    ]);
  });
  it('still reads a named group ("the three Baltic states have signed T")', () => {
    const body = 'The three Baltic states have signed the Istanbul Convention.';
    expect(triples(extract(body, PUB, 'Istanbul Convention').claims)).toHaveLength(3);
  });
});

describe('a notice that names the decision it conveys', () => {
  it('reads "notified <official> of the U.S. decision to withdraw from T" as the US notice', () => {
    const body =
      'On 3 May the Department of State notified Director-General Ana Lopez of the U.S. decision to withdraw ' +
      'from UNESCO, a spokesperson said.';
    expect(brief(extract(body, PUB, 'UNESCO exit').claims)).toContain(
      'USA unesco-constitution withdrawal_notified 2024-05-03 background',
    );
  });
  it('reads "informed <official> of Peru\'s intention to withdraw from T" as Peru\'s notice', () => {
    const body = "The foreign ministry on 3 May informed the Director-General of Peru's intention to leave UNESCO.";
    expect(triples(extract(body, PUB, 'UNESCO exit').claims)).toEqual(['PER unesco-constitution withdrawal_notified']);
  });
  it("does not read a notice about an organisation's decision, or a plan to notify, as one", () => {
    const a = 'Peru was informed of the Council decision to withdraw the funds from UNESCO.';
    expect(triples(extract(a, PUB, 'UNESCO news').claims).filter((x) => x.includes('notified'))).toEqual([]);
    const b = "The ministry will notify the Director-General of Peru's decision to withdraw from UNESCO next week.";
    expect(triples(extract(b, PUB, 'UNESCO news').claims).filter((x) => x.includes('notified'))).toEqual([]);
  });
});

describe("a participle right after the treaty's name dates the treaty, not a state's signature", () => {
  it('reads "A deposits its accession to T1 and to T2 signed in 2015" as no signature by A', () => {
    const body =
      'Peru deposits its instrument of accession to the Minamata Convention on Mercury, and the Paris ' +
      'Agreement signed in 2015, with the United Nations.';
    expect(triples(extract(body, PUB, 'Peru joins').claims)).not.toContain('PER paris-agreement signed');
  });
  it('still reads "the treaty signed in 2015 by A and B" as their signatures', () => {
    const body = 'The Istanbul Convention signed in 2015 by Peru and Chile has not been ratified.';
    expect(triples(extract(body, PUB, 'Istanbul Convention').claims)).toEqual([
      'CHL istanbul-convention signed',
      'PER istanbul-convention signed',
    ]);
  });
});

describe('"followed suit" repeats the main act, not one in an "after X did" clause', () => {
  it('reads "A stopped paying after B joined T. Later C followed suit." as no joining by C', () => {
    const body =
      'In 2011, Peru stopped paying its dues to UNESCO after Palestine joined it as a full member. Later ' +
      'Chile followed suit.';
    expect(triples(extract(body, PUB, 'UNESCO funding').claims)).not.toContain('CHL unesco-constitution joined');
  });
  it('still reads "A filed its notice to leave T. B followed suit."', () => {
    const body = 'Peru filed its notice to withdraw from UNESCO on 3 May. Chile followed suit.';
    expect(triples(extract(body, PUB, 'UNESCO exit').claims)).toContain('CHL unesco-constitution withdrawal_notified');
  });
  it('does not read "Later, C joined them" (the states) as C joining the treaty', () => {
    const body =
      'In March, the defence ministers of Peru and Chile issued a joint statement urging their countries to ' +
      'withdraw from the Ottawa Convention. Later, Bolivia joined them.';
    expect(triples(extract(body, PUB, 'Mine ban').claims)).not.toContain('BOL ottawa-convention joined');
  });
});

describe('a notice given, with its length, its addressee or a that-clause', () => {
  it('reads "gave a one-year notice of its decision to quit T" as the notice', () => {
    const body = 'Peru gave a one-year notice of its decision to quit UNESCO in December last year.';
    expect(triples(extract(body, PUB, 'UNESCO exit').claims)).toEqual(['PER unesco-constitution withdrawal_notified']);
  });
  it('reads "gave formal notice to the depositary of T of its intention to withdraw" as the notice', () => {
    const body =
      'The secretariat confirmed that the Government of Peru gave formal notice to the depositary of the Energy ' +
      'Charter Treaty of its intention to withdraw.';
    expect(triples(extract(body, PUB, 'ECT exit').claims)).toEqual(['PER energy-charter-treaty withdrawal_notified']);
  });
  it('reads "have given formal notice to B, ..., that A is withdrawing from T" as A\'s notice', () => {
    const body =
      'Today I have given formal notice to Chile, in accordance with the treaty, that Peru is withdrawing from ' +
      'the Arms Trade Treaty, the minister said.';
    expect(triples(extract(body, PUB, 'ATT exit').claims)).toEqual(['PER arms-trade-treaty withdrawal_notified']);
  });
  it('does not read a duty or a plan to give notice as one given', () => {
    const a = 'Any party must give written notice of its withdrawal from the Arms Trade Treaty to the depositary.';
    expect(triples(extract(a, PUB, 'ATT rules').claims)).toEqual([]);
    const b = 'Peru will give notice of its withdrawal from the Arms Trade Treaty next month.';
    expect(triples(extract(b, PUB, 'ATT exit').claims).filter((x) => x.includes('notified'))).toEqual([]);
  });
});

describe('an ordinal actor with adjectives, "had become", or "one of the first"', () => {
  it('reads "was the first Southeast Asian country to sign T in 2013" as a signature', () => {
    const body = 'Peru was the first South American country to sign the Arms Trade Treaty in 2013.';
    expect(brief(extract(body, PUB, 'ATT').claims)).toEqual(['PER arms-trade-treaty signed 2013 background']);
  });
  it('reads "had become the first African State to ratify T" and "became one of the first countries to join T"', () => {
    const a = 'The president noted that Peru had become the first Andean State to ratify the Rome Statute.';
    expect(triples(extract(a, PUB, 'ICC').claims)).toEqual(['PER rome-statute joined']);
    const b = 'Peru became one of the first countries to join the Istanbul Convention.';
    expect(triples(extract(b, PUB, 'Istanbul Convention').claims)).toEqual(['PER istanbul-convention joined']);
  });
  it('reads the aside "A, one of the first nations to ratify, ..." as an undated, earlier joining', () => {
    const body =
      'Today Peru, one of the first nations to ratify, will mark the recovery of the ozone layer under the Montreal Protocol.';
    expect(brief(extract(body, PUB, 'Ozone').claims)).toEqual(['PER montreal-protocol joined null background']);
  });
  it('does not read a prospect ("would be the first country to ratify") as an act', () => {
    const body = 'Peru would be the first country to ratify the Istanbul Convention.';
    expect(triples(extract(body, PUB, 'Istanbul Convention').claims)).toEqual([]);
  });
});

describe("a decision reported with a leader's possessive, or explained", () => {
  it('reads "President X has announced his decision to withdraw the country from T" as the proposal', () => {
    const body = 'President Dina Boluarte has announced her decision to withdraw Peru from the Arms Trade Treaty.';
    expect(triples(extract(body, PUB, 'ATT').claims)).toEqual(['PER arms-trade-treaty withdrawal_proposed']);
  });
  it('reads "In a statement, President X explained the decision to leave the treaty" as the proposal', () => {
    const body =
      'Peru has long criticised the Arms Trade Treaty. In a statement, President Dina Boluarte explained the ' +
      'decision to leave the treaty, saying it no longer served the country.';
    expect(triples(extract(body, PUB, 'ATT').claims)).toEqual(['PER arms-trade-treaty withdrawal_proposed']);
  });
  it('does not read criticism of a decision as one taken', () => {
    const body = "Chile's president criticised the decision to leave the Arms Trade Treaty.";
    expect(triples(extract(body, PUB, 'ATT').claims)).toEqual([]);
  });
});

describe('an explained decision that is no exit', () => {
  it('does not read "defended its decision not to sign T" or "explained the decision by ..." as a proposal', () => {
    const a = 'The government has defended its decision not to sign the Arms Trade Treaty.';
    expect(triples(extract(a, PUB, 'ATT').claims).filter((x) => x.includes('withdrawal'))).toEqual([]);
    const b =
      'Peru left the Arms Trade Treaty in May. Peruvian officials explained the decision by the changing situation.';
    expect(triples(extract(b, PUB, 'ATT').claims).filter((x) => x.includes('proposed'))).toEqual([]);
  });
});

describe('coordinated instruments, one restated by its acronym, each with its own adoption date', () => {
  it('reads "has joined T1 (ACR), adopted in 1992, and T2 signed in 2015" as two joinings, not dated 1992', () => {
    const body =
      'The minister announced that Peru has joined the United Nations Framework Convention on Climate Change ' +
      '(UNFCCC), adopted in 1992, and the Paris Agreement signed in 2015.';
    expect(brief(extract(body, PUB, 'Climate treaties').claims)).toEqual([
      'PER paris-agreement joined null primary',
      'PER unfccc joined null primary',
    ]);
  });
  it('still dates a decree by "the order the president signed on <day>" after the cue (not an instrument participle)', () => {
    const body =
      'Peru notified the depositary of its withdrawal from the Paris Agreement. The notice follows the decree ' +
      'President Ana Ruiz signed on 20 May, directing that Peru leave the accord.';
    expect(brief(extract(body, PUB, 'Peru leaves Paris').claims)).toContain(
      'PER paris-agreement withdrawal_decreed 2024-05-20 background',
    );
  });
  it('still dates a signing by the date after its own verb', () => {
    const body = 'Peru signed the Paris Agreement on 22 April 2016.';
    expect(brief(extract(body, PUB, 'Climate').claims)).toEqual(['PER paris-agreement signed 2016-04-22 background']);
  });
});

describe('papers for joining are a deposit, not a withdrawal notice', () => {
  it('reads "submitted the papers for formal accession to T" and "filed the documents ... to formally join T"', () => {
    const a = 'Peru submitted the papers for formal accession to the Paris Agreement on 6 May, the ministry said.';
    expect(triples(extract(a, PUB, 'Climate').claims)).toEqual(['PER paris-agreement joined']);
    const b =
      'Peruvian officials have filed the necessary documents with the United Nations to formally join the Paris Agreement.';
    expect(triples(extract(b, PUB, 'Climate').claims)).toEqual(['PER paris-agreement joined']);
  });
  it('still reads withdrawal documents as the notice', () => {
    const body = 'Peru submitted its withdrawal documents to the United Nations on Friday, leaving the Rome Statute.';
    expect(triples(extract(body, PUB, 'ICC').claims)).toEqual(['PER rome-statute withdrawal_notified']);
  });
});
