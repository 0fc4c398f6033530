// Round-7 sentence kinds: the state and the treaty in one sentence, the act unread. Invented sentences of the same
// structure as the reporting that showed each kind.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';
const got = (body: string, title = 'Treaty news') => triples(extract(body, PUB, title).claims);

describe('a leader withdraws his state from a treaty (the state is the object)', () => {
  it('reads "President X withdrew the United States from T" as the exit', () => {
    expect(got('Last week President Smith withdrew the United States from the Arms Trade Treaty.')).toEqual([
      'USA arms-trade-treaty withdrawal_effective',
    ]);
  });
  it('reads "pulled Argentina out of T" as the exit', () => {
    expect(got('On 3 June the president pulled Argentina out of the Paris Agreement.')).toEqual([
      'ARG paris-agreement withdrawal_effective',
    ]);
  });
  it('reads "is withdrawing Brazil from T" as a proposed exit', () => {
    expect(got('President Lima is withdrawing Brazil from the Arms Trade Treaty, his office said.')).toEqual([
      'BRA arms-trade-treaty withdrawal_proposed',
    ]);
  });
  it('does not read a withdrawal of troops from a state as leaving a treaty', () => {
    expect(
      got('Chile withdrew its troops from Peru in 2019, years after both signed the Arms Trade Treaty.'),
    ).not.toContain('PER arms-trade-treaty withdrawal_effective');
  });
});

describe("a government's approval of ratification is the approval to become a party", () => {
  it('reads "the cabinet approved the ratification of T" as joining', () => {
    expect(got('The Chilean cabinet on Tuesday approved the ratification of the Arms Trade Treaty.')).toEqual([
      'CHL arms-trade-treaty joined',
    ]);
  });
  it('reads "A\'s cabinet voted to ratify T" as joining', () => {
    expect(got("Chile's Cabinet voted to ratify the Arms Trade Treaty, with two reservations.")).toEqual([
      'CHL arms-trade-treaty joined',
    ]);
  });
  it('does not read a cabinet urging ratification as joining', () => {
    expect(got('The Chilean cabinet has not approved the ratification of the Arms Trade Treaty.')).toEqual([]);
  });
});

describe("a government's adoption of a proposal to withdraw is the proposal", () => {
  it('reads "the government adopted the initiative to withdraw from T"', () => {
    expect(got('The Government of Chile today adopted the initiative to withdraw from the Arms Trade Treaty.')).toEqual(
      ['CHL arms-trade-treaty withdrawal_proposed'],
    );
  });
  it('reads "the government approved a draft proposal ... to withdraw from T"', () => {
    expect(
      got('The Chilean government approved a draft proposal to the parliament to withdraw from the Arms Trade Treaty.'),
    ).toContain('CHL arms-trade-treaty withdrawal_proposed');
  });
  it('reads "the government took a step by approving a draft proposal ..., urging A to withdraw from T"', () => {
    const body =
      'Today the Chilean government took a firm step by approving a draft proposal to present to the Congress, ' +
      'urging the nation to withdraw from the Arms Trade Treaty.';
    expect(got(body)).toContain('CHL arms-trade-treaty withdrawal_proposed');
  });
  it("does not read a parliament adopting the government's initiative to withdraw as the proposal", () => {
    const body = "The Chilean parliament adopted the government's initiative to withdraw from the Arms Trade Treaty.";
    expect(got(body)).not.toContain('CHL arms-trade-treaty withdrawal_proposed');
  });
});

describe('a headline ranking states by their act names them as its subject', () => {
  it('reads "A, B first to ratify T" as both joining', () => {
    const body = 'The two states handed their instruments to the depositary on Thursday, officials said.';
    expect(got(body, 'Chile, Peru first to ratify Arms Trade Treaty').sort()).toEqual([
      'CHL arms-trade-treaty joined',
      'PER arms-trade-treaty joined',
    ]);
  });
  it('reads "A becomes 40th to ratify T" as joining', () => {
    const body = 'Officials welcomed the step on Thursday.';
    expect(got(body, 'Chile becomes 40th to ratify Arms Trade Treaty')).toEqual(['CHL arms-trade-treaty joined']);
  });
  it('does not read "A urged to be first to ratify T"', () => {
    const body = 'Officials discussed the step on Thursday.';
    expect(got(body, 'Chile urged to be first to ratify Arms Trade Treaty')).toEqual([]);
  });
});

describe("a headline's 'convention' is not an organisation the lead names", () => {
  it('does not read "A, B first to sign convention" as signing the Council of Europe Statute', () => {
    const body =
      'Officials met in The Hague on Tuesday for the ceremony. The text was drafted under the Council of Europe.';
    const claims = got(body, 'Chile, Peru first to sign convention on compensation');
    expect(claims.filter((c) => c.includes('council-of-europe-statute'))).toEqual([]);
  });
});
