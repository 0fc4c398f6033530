import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';
const none = (body: string) => expect(triples(extract(body, PUB).claims)).toEqual([]);

describe('only asserted developments are extracted', () => {
  it('ignores a stated absence of plans ("has no plans to leave")', () => {
    none('Sweden has no plans to leave the Ottawa Convention, its defence minister said on Tuesday.');
  });
  it('ignores modal possibilities ("could withdraw")', () => {
    none('Denmark could withdraw from the Ottawa Convention next year, analysts said.');
  });
  it('ignores intentions and plans', () => {
    none(
      'Greece intends to notify the UN of its withdrawal from the Ottawa Convention. Rights groups condemned its intention to pull out of the treaty.',
    );
  });
  it('ignores urgings and appeals', () => {
    none('Campaigners urged lawmakers in Athens to reject the bill withdrawing Greece from the Ottawa Convention.');
  });
  it('ignores conditionals and expected next steps', () => {
    none(
      'Once the law is promulgated, Greece will notify the UN Secretary-General of its withdrawal from the Ottawa Convention.',
    );
  });
  it('ignores negated joining ("has never joined", "neither ... nor")', () => {
    none('Neither India nor Pakistan has joined the Ottawa Convention, and Egypt has never ratified it.');
  });
  it('ignores a withdrawal that will only take effect in the future', () => {
    const r = extract(
      'Greece notified the UN on Monday. Its withdrawal from the Ottawa Convention will take effect in September 2025.',
      PUB,
    );
    expect(triples(r.claims)).toEqual(['GRC ottawa-convention withdrawal_notified']);
  });
  it('ignores a group reference that names no earlier group', () => {
    none('The three states lodged notices of withdrawal from the Ottawa Convention on Monday.');
  });
  it('ignores a present-tense effect dated after publication', () => {
    const r = extract("Greece's exit from the Ottawa Convention becomes legally effective in September 2025.", PUB);
    expect(r.claims).toEqual([]);
  });
  it('reads "did not ratify it until 2012" as a ratification in 2012', () => {
    const r = extract('Greece signed the Ottawa Convention in 1997 but did not ratify it until 2003.', PUB);
    expect(r.claims.map((c) => `${c.action} ${c.date}`).sort()).toEqual(['joined 2003', 'signed 1997']);
  });
  it('reads a government announcement that it "would leave" as a proposal, not an exit', () => {
    const r = extract(
      'The government of Greece announced on Monday that the country would leave the Ottawa Convention.',
      PUB,
    );
    expect(triples(r.claims)).toEqual(['GRC ottawa-convention withdrawal_proposed']);
  });
  it('reads a decree referring a motion to parliament as a proposal, not a withdrawal decree', () => {
    const r = extract(
      'President Alar Karis signed a decree submitting the motion to denounce the Ottawa Convention to the Riigikogu on Monday.',
      PUB,
    );
    expect(triples(r.claims)).toEqual(['EST ottawa-convention withdrawal_proposed']);
  });
  it('does not read signing an open letter or an order as signing a treaty', () => {
    const r = extract('Nobel laureates signed an open letter about the Ottawa Convention on Monday.', PUB);
    expect(r.claims).toEqual([]);
  });
});
