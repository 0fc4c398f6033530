// Round-11 stage kinds: the notice told to the organisation in a that-clause, the withdrawal lodged as a noun, a treaty held in abeyance or put on hold, and a chamber named after its own order.
// Invented sentences of the same structure as the reporting.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2021-06-09T10:00:00Z';
const got = (body: string, title = 'Treaty news') => triples(extract(body, PUB, title).claims);

describe('a notice told in a that-clause is the notification', () => {
  it('reads "formally notified <organisation> that the country is leaving <T>" as the notice', () => {
    expect(
      got('The foreign ministry of Peru on Tuesday formally notified UNESCO that the country is leaving UNESCO.'),
    ).toEqual(['PER unesco-constitution withdrawal_notified']);
  });
  it('reads "has notified <body> that it is withdrawing from <T>" as the notice', () => {
    expect(
      got(
        'The government of Chile has notified the Organization of American States that it is withdrawing from the Charter of the Organization of American States.',
      ),
    ).toEqual(['CHL oas-charter withdrawal_notified']);
  });
  it('reads "informed the depositary that it would withdraw" as the notice, not a plan', () => {
    expect(got('Norway informed the depositary on Monday that it would withdraw from the Ottawa Convention.')).toEqual([
      'NOR ottawa-convention withdrawal_notified',
    ]);
  });
  it('does not read a notice still to come, or a statement to the press, as the notice', () => {
    expect(got('Norway will notify the depositary that it is withdrawing from the Ottawa Convention.')).not.toContain(
      'NOR ottawa-convention withdrawal_notified',
    );
    expect(got('Norway informed reporters that it is withdrawing from the Ottawa Convention.')).not.toContain(
      'NOR ottawa-convention withdrawal_notified',
    );
  });
});

describe('a withdrawal lodged as a noun is the notification', () => {
  it('reads "lodged its withdrawal from <T>" as the notice', () => {
    expect(got('On 3 May 2021 the government of Jamaica lodged its withdrawal from the Rome Statute.')).toEqual([
      'JAM rome-statute withdrawal_notified',
    ]);
  });
  it('reads "delivered the Article 50 letter" in a sentence about the exit as the notice', () => {
    expect(
      got(
        "The UK's envoy delivered the Article 50 letter on Wednesday, triggering the exit procedure from the Treaty on European Union.",
      ),
    ).toContain('GBR treaty-on-european-union withdrawal_notified');
  });
});

describe('a treaty held in abeyance or put on hold is suspended', () => {
  it('reads "decided to hold in abeyance <T>" and "held <T> in abeyance" as a suspension', () => {
    expect(got('India on Thursday decided to hold in abeyance the Indus Waters Treaty with immediate effect.')).toEqual(
      ['IND indus-waters-treaty suspended'],
    );
    expect(got('India has held the Indus Waters Treaty in abeyance since Thursday.')).toEqual([
      'IND indus-waters-treaty suspended',
    ]);
  });
  it('reads "has put <T> on hold" as a suspension', () => {
    expect(got('Pakistan has put the Simla Agreement on hold.')).toEqual(['PAK simla-agreement suspended']);
  });
  it('does not read a threat to hold it in abeyance as a suspension', () => {
    expect(got('Pakistan may put the Simla Agreement in abeyance.')).toEqual([]);
  });
});

describe('a chamber named after its own order', () => {
  it('reads "the Council of the Federation voted to withdraw" as the approval', () => {
    expect(got('The Russian Council of Federation voted on Wednesday to withdraw from the Open Skies Treaty.')).toEqual(
      ['RUS open-skies-treaty withdrawal_approved'],
    );
  });
});

describe('the state that informs another of its decision to suspend acts', () => {
  it('reads "A formally informed B about the decision to hold in abeyance T" as A\'s suspension', () => {
    expect(
      got(
        'India on Thursday night formally informed Pakistan about the decision to hold in abeyance the Indus Waters Treaty.',
      ),
    ).toEqual(['IND indus-waters-treaty suspended']);
  });
});

describe("a date that is part of the instrument's name dates no act", () => {
  it('does not date the notice by "the Ottawa Convention of September 18, 1997" or "Agreement 2007"', () => {
    expect(
      brief(
        extract('On Monday Norway denounced the Ottawa Convention of September 18, 1997.', PUB, 'Treaty news').claims,
      ),
    ).toEqual(['NOR ottawa-convention withdrawal_notified 2021-06-07 primary']);
    expect(
      brief(
        extract(
          'The government of Chile has notified the International Coffee Organization that it is withdrawing from the International Coffee Agreement 2007.',
          PUB,
          'Chile leaves coffee pact',
        ).claims,
      ),
    ).toEqual(['CHL international-coffee-agreement withdrawal_notified null primary']);
  });
});
