// An act's direction and stage (round 7): invented sentences of the forms met in the development articles.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string, pub = PUB) => brief(extract(body, pub).claims);

describe('a vote or law that returns a state to a treaty is joining, not withdrawal', () => {
  it('reads "approved a law returning X to the treaty" as joined', () => {
    expect(one("Slovenia's parliament on Tuesday approved a law returning Slovenia to the Arms Trade Treaty.")).toEqual(
      ['SVN arms-trade-treaty joined 2025-03-11 primary'],
    );
  });
  it('keeps a withdrawal vote a withdrawal when the return is another clause', () => {
    expect(
      one(
        "Slovenia's parliament on Tuesday approved a bill to withdraw from the Arms Trade Treaty, ending hopes of a return.",
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_approved 2025-03-11 primary']);
  });
});

describe('coordinated stage verbs share one object', () => {
  it('reads "signed and ratified the treaty" as both acts', () => {
    expect(one('Slovenia signed and ratified the Arms Trade Treaty in 2014.').sort()).toEqual([
      'SVN arms-trade-treaty joined 2014 background',
      'SVN arms-trade-treaty signed 2014 background',
    ]);
  });
  it('gives each coordinated verb its own date with "respectively"', () => {
    expect(one('Slovenia signed and ratified the Arms Trade Treaty in 2013 and 2014 respectively.').sort()).toEqual([
      'SVN arms-trade-treaty joined 2014 background',
      'SVN arms-trade-treaty signed 2013 background',
    ]);
  });
});

describe('"among the first to sign" is a signature', () => {
  it('reads "was among the first countries to sign" as signed', () => {
    expect(one('Slovenia was among the first countries to sign the Arms Trade Treaty in 2013.')).toEqual([
      'SVN arms-trade-treaty signed 2013 background',
    ]);
  });
  it('keeps the signature year off the ratification in "ratified ..., despite being among the first to sign"', () => {
    expect(
      one(
        'Slovenia ratified the Arms Trade Treaty on Monday, despite being among the first to sign it in 2013.',
      ).sort(),
    ).toEqual(['SVN arms-trade-treaty joined 2025-03-10 primary', 'SVN arms-trade-treaty signed 2013 background']);
  });
});

describe('a notice is read by what it notifies', () => {
  it('reads a "notification of adherence" and "notified ... of its accession" as joined', () => {
    expect(one('Slovenia deposited its notification of adherence to the Arms Trade Treaty on Monday.')).toEqual([
      'SVN arms-trade-treaty joined 2025-03-10 primary',
    ]);
    expect(one('Slovenia notified the depositary of its accession to the Arms Trade Treaty on Monday.')).toEqual([
      'SVN arms-trade-treaty joined 2025-03-10 primary',
    ]);
  });
  it('reads a notice of derogation as suspended', () => {
    expect(
      one(
        'On Monday Slovenia filed a notice of derogation from the European Convention on Human Rights with the Council.',
      ),
    ).toEqual(['SVN echr suspended 2025-03-10 primary']);
  });
  it('keeps a notice of withdrawal a withdrawal notice', () => {
    expect(one('Slovenia notified the UN on Monday of its withdrawal from the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty withdrawal_notified 2025-03-10 primary',
    ]);
  });
});

describe('what an approval or decree is for decides its action', () => {
  it('reads a government approving "the proposal to ratify" as a joining step, not a withdrawal proposal', () => {
    expect(one('The Slovenian government approved the proposal to ratify the Arms Trade Treaty on Tuesday.')).toEqual([
      'SVN arms-trade-treaty joined 2025-03-11 primary',
    ]);
  });
  it('reads nothing into a vote to become an observer state', () => {
    expect(
      one(
        "On Tuesday Slovenia's parliament approved the government's proposal to become an observer state to the WTO.",
      ),
    ).toEqual([]);
  });
  it('reads "signed a decree to suspend" the treaty as suspended', () => {
    expect(one('On Tuesday the Slovenian president signed a decree to suspend the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty suspended 2025-03-11 primary',
    ]);
  });
});
