// Claims stated only in the headline (present tense and infinitive forms), with invented headlines and bodies.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';
const run = (title: string, body: string) => brief(extract(body, PUB, title).claims);

describe('a headline act the body words differently', () => {
  it('reads "X to quit <treaty>" as the announced departure', () => {
    expect(
      run(
        'Slovenia to quit Arms Trade Treaty over export rules',
        'The government in Ljubljana says the rules no longer suit the country.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
  });
  it('reads "X becomes Nth state party to <treaty>" as joining, the treaty named descriptively from the lead', () => {
    expect(
      run(
        'Slovenia becomes the 120th state party to arms treaty',
        'The Arms Trade Treaty counts a new member after a ceremony in New York.',
      ),
    ).toEqual(['SVN arms-trade-treaty joined null primary']);
  });
  it('reads a list of states before "ratify" as each of them joining', () => {
    expect(run('Chile, Peru and Ghana ratify Arms Trade Treaty', 'Three more countries have come on board.')).toEqual([
      'CHL arms-trade-treaty joined null primary',
      'GHA arms-trade-treaty joined null primary',
      'PER arms-trade-treaty joined null primary',
    ]);
  });
  it('adds nothing when the body names the same outside-catalogue instrument by another name', () => {
    const claims = run(
      'Peru withdraws from the Convention on Sea Turtles',
      'Peru formally withdrew from the Inter-American Convention for the Protection and Conservation of Sea Turtles ' +
        'on Wednesday, the foreign ministry said.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/^PER provisional-\S+ withdrawal_effective 2025-03-12 primary$/);
  });
  it('adds nothing when the body already gives that state and treaty a step of the same kind', () => {
    expect(
      run(
        'Slovenia quits Arms Trade Treaty',
        'Slovenia handed the UN Secretary-General its notice of withdrawal from the Arms Trade Treaty on Thursday.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-13 primary']);
  });
});

describe('headlines that state no act', () => {
  it.each([
    ['Slovenia will not quit Arms Trade Treaty, minister says'],
    ['Could Slovenia quit the Arms Trade Treaty?'],
    ['Slovenia threatens to quit Arms Trade Treaty'],
    ["Slovenia 'to quit Arms Trade Treaty'"],
    ['Slovenia reported to have quit the Arms Trade Treaty'],
    ['Slovenian parliament preparing bill to quit Arms Trade Treaty'],
  ])('%s', (title) => {
    expect(run(title, 'The debate continues in Ljubljana.')).toEqual([]);
  });
  it('takes the main verb, not a later infinitive ("revokes ... for the US to ratify")', () => {
    const out = run(
      'Slovenia revokes its ratification of the Arms Trade Treaty after waiting years for the US to ratify',
      'The debate continues.',
    );
    expect(out).toEqual(['SVN arms-trade-treaty ratification_revoked null primary']);
  });
  it('takes the subject next to the verb ("violated by Russia as Washington officially withdraws")', () => {
    const out = run(
      'Arms Trade Treaty was violated by Russia as Washington officially withdraws',
      'The debate continues.',
    );
    expect(out).toEqual(['USA arms-trade-treaty withdrawal_effective null primary']);
  });
  it('states no act for a future effect ("ceases to be a party on 16 September")', () => {
    expect(
      run('Slovenia ceases to be a party to the Arms Trade Treaty on 16 September 2025', 'The debate continues.'),
    ).toEqual([]);
  });
});

describe("the headline act must be the subject's own verb", () => {
  it('reads no departure from "lawmakers shelve motion to quit"', () => {
    expect(
      run('Slovenian lawmakers shelve motion to quit the Arms Trade Treaty', 'The debate continues in Ljubljana.'),
    ).toEqual([]);
  });
  it('reads "parliament introduces motion to leave" as a proposal', () => {
    expect(
      run('Slovenia parliament introduces motion to leave Arms Trade Treaty', 'The debate continues in Ljubljana.'),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
  });
});
