// Round-12 background kinds: an older act the article restates. Invented sentences of the same structure as the
// reporting that showed each kind.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2024-06-10T10:00:00Z';
const read = (body: string) => brief(extract(body, PUB, 'Treaty news').claims);

describe('a bilateral treaty described by its signing ("the agreement, signed in 2000, ...")', () => {
  const NEWS = 'Russia suspended the plutonium disposition agreement with the United States on Monday. ';
  it('reads the description as both parties signing, background', () => {
    const got = read(
      `${NEWS}The Plutonium Management and Disposition Agreement, signed in 2000 and amended in 2010, bound both sides.`,
    );
    expect(got).toContain('RUS plutonium-disposition-agreement signed 2000 background');
    expect(got).toContain('USA plutonium-disposition-agreement signed 2000 background');
  });
  it('still reads a multilateral treaty described by its signing as no state act', () => {
    expect(
      read('Chile left the Arms Trade Treaty on Friday. The Arms Trade Treaty, signed in 2013, bans sales.'),
    ).toEqual(['CHL arms-trade-treaty withdrawal_effective 2024-06-07 primary']);
  });
});

describe('"the first to join T since A in 2004": the date is the named state\'s own act', () => {
  it('gives the year to the state after "since", not to the subject', () => {
    expect(
      read(
        'Peru joined the Commonwealth on Friday. Peru is the first new member to join the Commonwealth since Chile in 2004.',
      ),
    ).toEqual([
      'CHL commonwealth-charter joined 2004 background',
      'PER commonwealth-charter joined 2024-06-07 primary',
    ]);
  });
  it('keeps "a member since October 2004" as the subject\'s own date', () => {
    expect(read('Peru has been a member of the Commonwealth since October 2004.')).toContain(
      'PER commonwealth-charter joined 2004-10 background',
    );
  });
});

describe('"the last member to join T was A in 1997": a copula names the earlier entrant', () => {
  const NEWS = 'Peru joined the Southern African Development Community on Friday. ';
  it('reads the state after the copula as joining in that year', () => {
    expect(read(`${NEWS}The last member to join SADC was Chile in 1997.`)).toContain(
      'CHL sadc-treaty joined 1997 background',
    );
    expect(read(`${NEWS}The bloc's last entrant was Chile in 1993 after a long war.`)).toContain(
      'CHL sadc-treaty joined 1993 background',
    );
  });
  it('does not read "the last time A was ..." as joining', () => {
    expect(read(`${NEWS}The last time Chile was there was in 1997.`)).toEqual([
      'PER sadc-treaty joined 2024-06-07 primary',
    ]);
  });
});
