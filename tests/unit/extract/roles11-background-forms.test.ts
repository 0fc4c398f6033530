// Round-11 background kinds: an older act the article restates. Invented sentences of the same structure as the
// reporting that showed each kind.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2024-06-10T10:00:00Z';
const NEWS = 'Peru left the Arms Trade Treaty on Friday. ';
const read = (body: string) => brief(extract(body, PUB, 'Treaty news').claims);

describe('a past announcement of an exit, reported with its time ("said in June that X would leave")', () => {
  it('reads "said in June that Chile would pull out of T" as the proposed exit, background', () => {
    expect(read(`${NEWS}President Smith said in June that Chile would pull out of the Arms Trade Treaty.`)).toContain(
      'CHL arms-trade-treaty withdrawal_proposed 2024-06 background',
    );
  });
  it('reads "In June the president said Chile would withdraw from the treaty"', () => {
    expect(read(`${NEWS}In June President Smith said Chile would withdraw from the treaty.`)).toContain(
      'CHL arms-trade-treaty withdrawal_proposed 2024-06 background',
    );
  });
  it('reads "announced in early April that it would fully withdraw"', () => {
    expect(read(`${NEWS}Chile announced in early April that it would fully withdraw from the treaty.`)).toContain(
      'CHL arms-trade-treaty withdrawal_proposed 2024-04 background',
    );
  });
  it('reads "announced its intention to abandon T on May 22"', () => {
    expect(read(`${NEWS}Chile formally announced its intention to abandon the Arms Trade Treaty on May 22.`)).toContain(
      'CHL arms-trade-treaty withdrawal_proposed 2024-05-22 background',
    );
  });
  it('reads "announced the country\'s withdrawal from T in 2019"', () => {
    expect(read(`${NEWS}Chile announced the country's withdrawal from the Arms Trade Treaty in 2019.`)).toContain(
      'CHL arms-trade-treaty withdrawal_proposed 2019 background',
    );
  });
  it('still reads a pundit\'s "X will leave" as nothing', () => {
    expect(read(`${NEWS}Analysts said in June that Chile will never leave the treaty.`)).not.toContain(
      'CHL arms-trade-treaty withdrawal_proposed 2024-06 background',
    );
  });
});

describe('a later exit after "before" and a gerund ("joined T in 1975, before leaving in 1994")', () => {
  it("reads the exit of the clause's subject from the treaty just named", () => {
    expect(read('Chile originally joined OPEC in 1975, before leaving in 1994.')).toEqual([
      'CHL opec-statute joined 1975 background',
      'CHL opec-statute withdrawal_effective 1994 background',
    ]);
  });
  it('does not read "before leaving office" or "before leaving for" as an exit', () => {
    expect(read('Smith ratified the Arms Trade Treaty for Chile in 2014, before leaving office in 2016.')).toEqual([
      'CHL arms-trade-treaty joined 2014 background',
    ]);
    expect(read('Chile signed the Arms Trade Treaty in 2013 before leaving for Geneva.')).toEqual([
      'CHL arms-trade-treaty signed 2013 background',
    ]);
  });
});
