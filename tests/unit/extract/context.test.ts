// Dates, subjects and roles in constructions beyond the development corpus, on small texts of our own.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string, pub = PUB) => brief(extract(body, pub).claims);

describe('dates', () => {
  it('gives a yearless scheduled date ("is due to follow on 20 February") to the future, so it is not labelled', () => {
    expect(
      one(
        "Slovenia and Croatia left the Arms Trade Treaty on 27 December, and Austria's exit is due to follow on 20 February.",
        '2026-01-10T10:00:00Z',
      ),
    ).toEqual([
      // the only act, in the fortnight before publication: the news (roles7-fortnight)
      'HRV arms-trade-treaty withdrawal_effective 2025-12-27 primary',
      'SVN arms-trade-treaty withdrawal_effective 2025-12-27 primary',
    ]);
  });
  it('prefers the date between subject and verb over a later date in a subordinate clause', () => {
    expect(
      one(
        'Slovenia on Thursday formally exited the Arms Trade Treaty, becoming the first country to leave since it entered into force in 2014.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary']);
  });
  it('prefers a written-out date in apposition to a relative one ("six days later, on 18 October")', () => {
    expect(
      one(
        "Slovenia's parliament approved the withdrawal from the Arms Trade Treaty on 12 October 2024, and the president signed the law six days later, on 19 October.",
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_enacted 2024-10-19 background');
  });
  it('dates an earlier step by its own written-out date rather than by counting back', () => {
    expect(
      one(
        'Slovenia formally left the Arms Trade Treaty on Thursday, a year after it deposited its notice of withdrawal with the UN Secretary-General on 11 March 2024.',
      ),
    ).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
      'SVN arms-trade-treaty withdrawal_notified 2024-03-11 background',
    ]);
  });
  it('counts "to the day" back to the day, and "a week after" to the month (a vague span)', () => {
    expect(
      one(
        'Slovenia ceased to be a party to the Arms Trade Treaty on Thursday, six months to the day after it notified the UN Secretary-General.',
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_notified 2024-09-13 background');
    expect(
      one(
        "Slovenia's notice of withdrawal from the Arms Trade Treaty was dated 27 January 2025, a week after the president signed an executive order on withdrawal.",
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_decreed 2025-01 background');
  });
  it("counts back from the main clause's date when no earlier claim dates it", () => {
    expect(
      one(
        'Slovenia became the first to go in October 2017, a year after notifying the UN Secretary-General of its withdrawal from the Arms Trade Treaty.',
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_notified 2016-10 background');
  });
  it('reads "more than a decade after signing it" as an undated, older signature', () => {
    expect(one('Slovenia ratified the Arms Trade Treaty in 2014, more than a decade after signing it.')).toEqual([
      'SVN arms-trade-treaty joined 2014 background',
      'SVN arms-trade-treaty signed null background',
    ]);
  });
  it('gives coordinated verbs the date after the second one ("signed and ratified the treaty on the same day")', () => {
    expect(
      one(
        'Slovenia ratified the Arms Trade Treaty on Tuesday, while Croatia signed and ratified the treaty on the same day.',
      ),
    ).toEqual([
      'HRV arms-trade-treaty joined 2025-03-11 primary',
      'HRV arms-trade-treaty signed 2025-03-11 primary',
      'SVN arms-trade-treaty joined 2025-03-11 primary',
    ]);
  });
  it('does not let a cue embedded in another ("signed by the minister") cut off its date', () => {
    expect(
      one(
        "The instrument of withdrawal from the Arms Trade Treaty, signed by Slovenia's foreign minister, was submitted to the UN Secretary-General on Wednesday.",
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-12 primary']);
  });
});

describe('subjects', () => {
  it("does not take a state after the next comma as the subject of an agent's act", () => {
    expect(
      one(
        "Slovenia left the Arms Trade Treaty on Thursday. Prime Minister Golob's government announced the decision to leave in April 2024, on the day the Croatian president arrived in Ljubljana.",
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_proposed 2024-04 background');
  });
  it('reads a fronted locative ("In Croatia, President X signed ...") as the acting state', () => {
    expect(
      one(
        'Slovenia left the Arms Trade Treaty on Thursday. In Croatia, President Milanović signed the withdrawal law in February.',
      ),
    ).toContain('HRV arms-trade-treaty withdrawal_enacted 2025-02 background');
  });
  it('resolves "the three governments" to a group named earlier in the same sentence', () => {
    expect(
      one(
        'Slovenia, Croatia and Austria ceased to be parties to the Arms Trade Treaty on Thursday, six months after the three governments handed their withdrawal notices to the UN Secretary-General.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'AUT arms-trade-treaty withdrawal_notified 2024-09 background',
        'HRV arms-trade-treaty withdrawal_notified 2024-09 background',
        'SVN arms-trade-treaty withdrawal_notified 2024-09 background',
      ]),
    );
  });
});

describe('roles', () => {
  it('keeps an undated act in a relative clause of the lead in the background', () => {
    expect(
      one(
        "President Pirc Musar on Thursday signed a law withdrawing Slovenia's ratification of the Arms Trade Treaty, citing Croatia, which signed the treaty but never ratified it.",
      ),
    ).toEqual([
      'HRV arms-trade-treaty signed null background',
      'SVN arms-trade-treaty ratification_revoked 2025-03-13 primary',
    ]);
  });
});

describe('subjects and processes (fifth batch)', () => {
  it('does not take a state in an oblique phrase after the verb as the actor', () => {
    expect(
      one(
        'Slovenia deposited its instrument of ratification of the Arms Trade Treaty on Tuesday. Parliament approved ratification in early February despite sharp criticism from Budapest.',
      ),
    ).toContain('SVN arms-trade-treaty joined 2025-02 background');
  });
  it("does not take a demonym before a person's title as the actor", () => {
    expect(
      one(
        "Slovenia's parliament voted on 20 February to leave the Arms Trade Treaty, six weeks after the government announced the decision during a visit by Croatian Prime Minister Andrej Plenković.",
      ),
    ).toEqual([
      'SVN arms-trade-treaty withdrawal_approved 2025-02-20 background',
      'SVN arms-trade-treaty withdrawal_proposed 2025-01 background',
    ]);
  });
  it('reads "completed its ratification" as joined', () => {
    expect(
      one(
        'Slovenia completed its ratification of the Arms Trade Treaty on Tuesday by lodging the instrument with the United Nations.',
      ),
    ).toEqual(['SVN arms-trade-treaty joined 2025-03-11 primary']);
  });
  it('reads "completed their parliamentary votes" inside a withdrawal story as undated approvals, not as joining', () => {
    expect(
      one(
        "Slovenia's parliament on Wednesday approved the bill on withdrawal from the Arms Trade Treaty. Slovenia acceded to the treaty in 2014. Its neighbours Croatia and Austria have already completed their parliamentary votes.",
      ),
    ).toEqual([
      'AUT arms-trade-treaty withdrawal_approved null background',
      'HRV arms-trade-treaty withdrawal_approved null background',
      'SVN arms-trade-treaty joined 2014 background',
      'SVN arms-trade-treaty withdrawal_approved 2025-03-12 primary',
    ]);
  });
  it('dates "that September" by the year named earlier in the same sentence', () => {
    expect(
      one(
        'Slovenia will leave the Arms Trade Treaty, the prime minister said on Thursday. Slovenia signed the treaty in June 2013 and ratified it that September.',
      ),
    ).toContain('SVN arms-trade-treaty joined 2013-09 background');
  });
});
