// Regression fixtures for the failure kinds found on real news (issue 11), in our own invented sentences:
// the same structures, never an article's words.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/core/extract/index';
import { brief, extract } from './helpers';

const b = (body: string, pub?: string, title?: string) => brief(extract(body, pub, title).claims);

describe('typography is normalised before anything reads the text', () => {
  it('curly quotes, apostrophes, odd hyphens and spaces become one form', () => {
    expect(cleanText('Freedonia\u2019s \u201Cexit\u201D\u00A0was pro\u2011forma\u200B.')).toBe(
      'Freedonia\'s "exit" was pro-forma.',
    );
  });
  it('a curly apostrophe no longer defeats negation: no claim for the states that have not ratified', () => {
    expect(
      b(
        'The Paris Agreement hasn\u2019t been ratified by Iran, Libya and Yemen, officials said on Monday.',
        '2025-06-10',
      ),
    ).toEqual([]);
  });
  it('dates in capitals read like any others', () => {
    expect(b('Ukraine notified the UN on JUNE 3 of its withdrawal from the Ottawa Convention.', '2025-06-10')).toEqual([
      'UKR ottawa-convention withdrawal_notified 2025-06-03 primary', // the only act, a week old (roles7-fortnight)
    ]);
  });
});

describe('verb and noun forms of real reporting', () => {
  const cases: [string, string, string[]][] = [
    [
      'Chile\u2019s withdrawal from the Rome Statute applies with effect from 2 March 2026, the ministry said.',
      '2026-03-03',
      ['CHL rome-statute withdrawal_effective 2026-03-02 primary'],
    ],
    [
      "The notice period for Chile's exit from the Rome Statute ran out on 2 March.",
      '2026-03-04',
      ['CHL rome-statute withdrawal_effective 2026-03-02 primary'],
    ],
    [
      'Peru has formally left the Rome Statute, its foreign ministry said on Sunday.',
      '2026-03-02',
      ['PER rome-statute withdrawal_effective 2026-03-01 primary'],
    ],
    [
      "Chile's senate resolved to denounce the Rome Statute on Thursday.",
      '2026-01-10',
      ['CHL rome-statute withdrawal_approved 2026-01-08 primary'],
    ],
    [
      'Russia halted its participation in the New START treaty by decree on Tuesday.',
      '2023-02-23',
      ['RUS new-start suspended 2023-02-21 primary'],
    ],
    [
      'Peru notified the UN of its withdrawal from the Rome Statute on 4 May. Chile and Bolivia followed suit the same day.',
      '2026-05-05',
      [
        'BOL rome-statute withdrawal_notified 2026-05-04 primary',
        'CHL rome-statute withdrawal_notified 2026-05-04 primary',
        'PER rome-statute withdrawal_notified 2026-05-04 primary',
      ],
    ],
    [
      'Chile declared on Monday night its exit from the Rome Statute.',
      '2026-01-14',
      ['CHL rome-statute withdrawal_proposed 2026-01-12 primary'],
    ],
    [
      'Peru formally handed the UN Secretary-General, in New York, on Friday its notice of withdrawal from the Rome Statute.',
      '2026-05-09',
      ['PER rome-statute withdrawal_notified 2026-05-08 primary'],
    ],
    [
      'The government of Chile on Tuesday sent parliament a draft law on withdrawing from the Rome Statute.',
      '2026-01-07',
      ['CHL rome-statute withdrawal_proposed 2026-01-06 primary'],
    ],
    [
      "A draft law on leaving the Rome Statute was sent to parliament on Tuesday, Chile's government said.",
      '2026-01-07',
      ['CHL rome-statute withdrawal_proposed 2026-01-06 primary'],
    ],
    [
      'Peru completed its signature and ratification of the Istanbul Convention in February.',
      '2026-03-10',
      ['PER istanbul-convention joined 2026-02 background', 'PER istanbul-convention signed 2026-02 background'],
    ],
  ];
  for (const [body, pub, want] of cases) it(body, () => expect(b(body, pub)).toEqual(want));
  it('"its signature and ratification" as nouns: both steps, unless they are awaited', () => {
    expect(
      b("Peru's signature and ratification in February made it a party to the Istanbul Convention.", '2026-03-10'),
    ).toEqual([
      'PER istanbul-convention joined 2026-02 background',
      'PER istanbul-convention signed 2026-02 background',
    ]);
    expect(
      b('Campaigners in Peru are awaiting its signature and ratification of the Istanbul Convention.', '2026-03-10'),
    ).toEqual([]);
  });
  it('negation across a parenthesis is read from the sentence structure', () => {
    expect(
      b('Peru has not, despite years of pressure from its neighbours, ratified the Istanbul Convention.', '2026-01-10'),
    ).toEqual([]);
  });
});

describe('direction: returning is joining, signing into law is ratifying', () => {
  it.each([
    ['Chile returned to the Paris Agreement on Friday.', ['CHL paris-agreement joined 2026-02-20 primary']],
    [
      'Chile is officially back in the Paris Agreement as of Friday.',
      ['CHL paris-agreement joined 2026-02-20 primary'],
    ],
    [
      'Chile rejoined the Paris Agreement on Friday, a year after leaving it.',
      ['CHL paris-agreement joined 2026-02-20 primary'],
    ],
    [
      "President Sandu signed the Rome Statute into law on Friday, completing Moldova's ratification.",
      ['MDA rome-statute joined 2026-02-20 primary'],
    ],
  ])('%s', (body, want) => expect(b(body, '2026-02-21')).toEqual(want));
  it('two parliaments "have approved withdrawal" with no word for parliament: an approval', () => {
    expect(b('Chile and Peru have approved withdrawal from the Rome Statute.', '2026-02-21')).toEqual([
      'CHL rome-statute withdrawal_approved null primary',
      'PER rome-statute withdrawal_approved null primary',
    ]);
  });
  it('a cabinet that approved withdrawal proposed it', () => {
    expect(
      b("The cabinet has approved withdrawal from the Rome Statute, Chile's government said on Tuesday.", '2026-01-07'),
    ).toEqual(['CHL rome-statute withdrawal_proposed 2026-01-06 primary']);
  });
});

describe('subjects', () => {
  it('a head of state named without a country: the person names the state, not the other states in the text', () => {
    expect(
      b(
        'President Nausėda signed a decree on Friday on leaving the Ottawa Convention. Poland and Latvia said they would follow.',
        '2025-06-28',
      ),
    ).toEqual(['LTU ottawa-convention withdrawal_decreed 2025-06-27 primary']);
  });
  it('"the Baltic state" is the article\'s state, from its title or its dateline', () => {
    const s = 'The Baltic state notified the UN of its withdrawal from the Ottawa Convention on Friday.';
    expect(b(s, '2025-06-28', 'Lithuania quits landmine treaty')).toEqual([
      'LTU ottawa-convention withdrawal_notified 2025-06-27 primary',
    ]);
    expect(b(`VILNIUS, June 28 (Reuters) — ${s}`, '2025-06-28')).toEqual([
      'LTU ottawa-convention withdrawal_notified 2025-06-27 primary',
    ]);
  });
  it('a word inside a description is not a state', () => {
    expect(b('The Indian Ocean island nation ratified the Paris Agreement on Tuesday.', '2025-06-10')).toEqual([]);
    expect(
      b('The South American country notified the UN of its withdrawal from the Rome Statute on Friday.', '2025-06-28'),
    ).toEqual([]);
  });
  it("states in general are nobody's claim", () => {
    expect(
      b(
        'Peru left the Rome Statute in May. States that have acceded to the Rome Statute must arrest suspects.',
        '2026-06-10',
      ),
    ).toEqual(['PER rome-statute withdrawal_effective 2026-05 background']);
  });
});

describe('dates anchored to the article', () => {
  it('a dateline that opens the first paragraph is the publication day; "on Friday" is the event day', () => {
    const x = extract(
      'KYIV, Ukraine, June 29, 2025 — Ukraine notified the UN of its withdrawal from the Ottawa Convention on Friday.',
    );
    expect(x.published).toBe('2025-06-29');
    expect(brief(x.claims)).toEqual(['UKR ottawa-convention withdrawal_notified 2025-06-27 primary']);
  });
  it('with a dateline in capitals, "on Monday" resolves from the publication day, not the dateline day', () => {
    expect(
      b(
        'KYIV, JUNE 3 (Reuters) — Ukraine notified the UN of its withdrawal from the Ottawa Convention on Monday.',
        '2025-06-03',
      ),
    ).toEqual(['UKR ottawa-convention withdrawal_notified 2025-06-02 primary']);
  });
  it("a photo caption's date is not the publication date", () => {
    const x = extract(
      'A deminer works in a field near Kharkiv, May 3, 2023\nUkraine notified the UN of its withdrawal from the Ottawa Convention on Friday, June 27, 2025.',
    );
    expect(x.published).not.toBe('2023-05-03');
    expect(x.publishedBound).toBe('lower');
  });
});

describe('a cue and its object further apart than a window', () => {
  it('adverbials between the verb and the treaty', () => {
    expect(
      b('Estonia ratified on Tuesday, after a long debate in the chamber, the Ottawa Convention.', '2025-04-20'),
    ).toEqual(['EST ottawa-convention joined 2025-04-15 primary']);
  });
  it("but not a document that is the verb's own object", () => {
    expect(
      b(
        "The president signed the law on withdrawing from the Arms Trade Treaty on Wednesday, Slovenia's presidency said.",
        '2025-03-13',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_enacted 2025-03-12 primary']);
  });
});

describe('a state named in an aside is not the actor', () => {
  it('"would echo the stance of <capital>" is not that state\'s act', () => {
    expect(
      b(
        'The Slovak cabinet on Monday approved a proposal to withdraw from the Istanbul Convention, which would echo the stance of Ankara.',
        '2025-04-20',
      ),
    ).toEqual(['SVK istanbul-convention withdrawal_proposed 2025-04-14 primary']);
    expect(
      b(
        'Leaving the Istanbul Convention would echo the stance of Ankara, officials in Bratislava said on Monday.',
        '2025-04-20',
      ),
    ).toEqual([]);
  });
});
