import { describe, expect, it } from 'vitest';
import { findDates } from '../../../functions/core/extract/dates';
import { brief, extract } from './helpers';

// Round-3 date kinds seen in real reporting (issue 11); every sentence here is invented.
const dated = (body: string, published?: string, title?: string) =>
  brief(extract(body, published, title).claims).filter((c) => !c.includes(' background'));

describe('the news day stated once in the lead', () => {
  it('dates an undated act by the reporting day of the next sentence ("the minister said on Tuesday")', () => {
    // Published Wednesday 14 May 2025: "on Tuesday" is 13 May.
    const body =
      'Greece is withdrawing from the Ottawa Convention after talks on reform stalled.\n' +
      '"The treaty no longer serves our security," the defence minister said on Tuesday.';
    expect(dated(body, '2025-05-14')).toEqual(['GRC ottawa-convention withdrawal_proposed 2025-05-13 primary']);
  });
  it('dates a list restating the act the lead dated ("Nine states signed on Monday ... Ministers from A, B ...")', () => {
    const body =
      'Nine states signed on Monday the Ottawa Convention at a ceremony in the capital.\n' +
      'Ministers from Greece, Chile and Peru signed the Ottawa Convention in front of the press.';
    expect(dated(body, '2025-05-14')).toEqual([
      'CHL ottawa-convention signed 2025-05-12 primary',
      'GRC ottawa-convention signed 2025-05-12 primary',
      'PER ottawa-convention signed 2025-05-12 primary',
    ]);
  });
  it('dates the headline act by the day the lead gives for it', () => {
    const body =
      'The government of Greece has frozen its role in the mine ban pact, the prime minister told a broadcaster on ' +
      'Thursday.';
    expect(dated(body, '2025-05-16', 'Greece withdraws from the Ottawa Convention')).toEqual([
      'GRC ottawa-convention withdrawal_proposed 2025-05-15 primary',
    ]);
  });
  it('reads past a Title Case headline repeated at the top of the body, and a day up to two weeks back', () => {
    const body =
      'Greece Becomes The Newest State Party To The Mine Ban Treaty\n' +
      'The Ottawa Convention will enter into force for it in six months under its own rules.\n' +
      'Greek diplomats handed over the instrument to the UN on 3 May 2025, officials in Athens said.';
    expect(dated(body, '2025-05-14', 'Greece joins the Ottawa Convention')).toEqual([
      'GRC ottawa-convention joined 2025-05-03 primary',
    ]);
  });
  it('leaves the act undated when the lead gives no day near publication', () => {
    const body =
      'Greece formally left the Ottawa Convention.\nThe convention was adopted in 1997 and signed in Ottawa.';
    expect(dated(body, '2025-05-14')).toEqual(['GRC ottawa-convention withdrawal_effective null primary']);
  });
  it('does not take a day the lead gives for a later step ("from Friday")', () => {
    const body =
      'Greece is withdrawing from the Ottawa Convention.\nThe exit takes effect from Friday, officials said.';
    expect(dated(body, '2025-05-14')).toEqual(['GRC ottawa-convention withdrawal_proposed null primary']);
  });
});

describe('a date inside a relative clause after the object', () => {
  it('dates the relative clause\'s event, not the act before it (", which became binding once ... on 18 May")', () => {
    const body =
      'Earlier, Greece and Chile had ratified the Ottawa Convention, which became binding once the fortieth state ' +
      'had joined on Thursday, May 18, 2017.';
    expect(extract(body, '2017-07-01').claims.map((c) => `${c.state} ${c.action} ${c.date}`)).toEqual([
      'GRC joined null',
      'CHL joined null',
    ]);
  });
});

describe('date forms', () => {
  it('reads "18 July of this year" and "July 18 of last year" as days', () => {
    const date = (body: string) => extract(body, '2025-09-01').claims.map((c) => c.date);
    expect(date('On 18 July of this year, Greece ratified the Ottawa Convention.')).toEqual(['2025-07-18']);
    expect(date('On July 18 of last year, Greece ratified the Ottawa Convention.')).toEqual(['2024-07-18']);
  });
});

describe('a weekday in a clause about what is to come', () => {
  const pub = { y: 2025, m: 5, d: 14 }; // a Wednesday
  it('lies ahead ("will send a letter Thursday", "is to meet on Monday")', () => {
    const hit = (s: string) => findDates(s, { pub, anchor: null })[0];
    expect(hit('The president will send a letter Thursday to the depositary.')).toMatchObject({
      value: '2025-05-15',
      future: true,
    });
    expect(hit('The council is to hold a special meeting on Monday.')).toMatchObject({
      value: '2025-05-19',
      future: true,
    });
    expect(hit('The president sent a letter on Thursday to the depositary.')).toMatchObject({
      value: '2025-05-08',
      future: false,
    });
  });
  it('does not date the news by it', () => {
    const body =
      'Greece is withdrawing from the Ottawa Convention after pressure from its neighbours.\n' +
      'The foreign minister says the president will send a letter Thursday to the United Nations about it.';
    expect(dated(body, '2025-05-14')).toEqual(['GRC ottawa-convention withdrawal_proposed null primary']);
  });
});
