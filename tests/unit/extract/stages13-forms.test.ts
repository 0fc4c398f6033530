// Round-13 stage kinds: the notice told in other grammar (its content in a that-clause, the passive "was given to",
// the addressee told of the decision, a noun phrase addressed to the depositary), the enacting law in the passive or
// with an adjective and its promulgation decree, the present "takes effect" on the day, the effect of a decision in a
// relative clause, and the chamber's tally. Invented sentences of the same structure as the reporting.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2021-06-11T10:00:00Z'; // a Friday
const got = (body: string, title = 'Treaty news', pub = PUB) => triples(extract(body, pub, title).claims);

describe('the notice in other grammar', () => {
  it('reads "served formal notice <day> that <state> is withdrawing" as that state\'s notice', () => {
    expect(
      got(
        'In a break with Sweden, President Garcia served formal notice Thursday that Chile is withdrawing from the Ottawa Convention.',
      ),
    ).toEqual(['CHL ottawa-convention withdrawal_notified']);
    expect(got('Chile gave notice that it was leaving the Ottawa Convention.')).toContain(
      'CHL ottawa-convention withdrawal_notified',
    );
  });
  it('does not read a that-clause about something else as the notice', () => {
    expect(
      got('Critics served notice that Chile would face consequences if it is leaving the Ottawa Convention.'),
    ).not.toContain('CHL ottawa-convention withdrawal_notified');
  });
  it('reads "notification was given to <addressee>" after the exit as the notice', () => {
    expect(
      got(
        'Chile announced it is withdrawing from the Ottawa Convention. Official notification was given to the depositary at noon.',
      ),
    ).toContain('CHL ottawa-convention withdrawal_notified');
    expect(
      got('Chile has quit the Ottawa Convention, given that the notice period was given to lawyers.'),
    ).not.toContain('CHL ottawa-convention withdrawal_notified');
  });
  it('reads "<organisation> was told of the decision" after a decision to leave as the notice', () => {
    expect(
      got(
        'Chile has decided to withdraw from OPEC, the minister said. He added that OPEC was told of the decision on Monday.',
      ),
    ).toContain('CHL opec-statute withdrawal_notified');
    expect(
      got('Chile has decided to withdraw from OPEC. Reporters were told of the decision on Monday.'),
    ).not.toContain('CHL opec-statute withdrawal_notified');
  });
  it('reads "a formal notification of its withdrawal to the depository" as the notice', () => {
    expect(
      brief(
        extract(
          'Chile decided to leave the Aarhus Convention. This was followed by a formal notification of its withdrawal to the Depository of the Convention on 26 May.',
          PUB,
          'Treaty news',
        ).claims,
      ),
    ).toContain('CHL aarhus-convention withdrawal_notified 2021-05-26 background');
  });
});

describe('the enacting law', () => {
  it('reads "signed the federal law on denunciation of T" as the enactment', () => {
    expect(
      got('Russian President Ivan Ivanov has signed the federal law on denunciation of the Open Skies Treaty.'),
    ).toContain('RUS open-skies-treaty withdrawal_enacted');
  });
  it('reads "the corresponding law was signed by <the state\'s> President" after the denunciation', () => {
    expect(
      got(
        'Belarus has denounced the Aarhus Convention, according to the legal portal. The corresponding law was signed by Belarusian President Ivan Petrov on 9 June.',
      ),
    ).toContain('BLR aarhus-convention withdrawal_enacted');
    expect(
      got(
        'Belarus has ratified the Aarhus Convention. The corresponding law was signed by Belarusian President Ivan Petrov on 9 June.',
      ),
    ).not.toContain('BLR aarhus-convention withdrawal_enacted');
  });
  it('reads "signed the decrees on the promulgation of laws denouncing T" as the enactment', () => {
    expect(
      got(
        'Romanian President Ion Popa signed, on Monday, the decrees on the promulgation of laws denouncing the Ottawa Convention.',
      ),
    ).toContain('ROU ottawa-convention withdrawal_enacted');
  });
});

describe('the effect on the day', () => {
  it('reads "the pullout takes effect on <the publication day>" as effective, not a later day', () => {
    expect(got("Burundi's pullout from the Rome Statute takes effect on Friday.")).toEqual([
      'BDI rome-statute withdrawal_effective',
    ]);
    expect(
      got("Burundi's withdrawal from the Rome Statute takes effect on Monday.", 'Treaty news', '2021-06-09T10:00:00Z'),
    ).toEqual([]);
    expect(got("Burundi's withdrawal from the Rome Statute takes effect on 1 January 2022.")).toEqual([]);
  });
  it('reads "today that withdrawal formally takes effect" as effective', () => {
    expect(
      got(
        'Six months ago, I announced that Burundi was withdrawing from the Rome Statute, and today that withdrawal formally takes effect.',
      ),
    ).toContain('BDI rome-statute withdrawal_effective');
  });
  it('reads "the decision to withdraw from T, which took effect on <date>" as effective', () => {
    expect(
      got(
        "A rights group condemns the Venezuelan government's decision to withdraw from the American Convention on Human Rights, which took effect on 10 May 2021.",
      ),
    ).toContain('VEN american-convention-human-rights withdrawal_effective');
    expect(
      got(
        "Venezuela's decision to withdraw from the American Convention on Human Rights was criticised after the new law took effect on Monday.",
      ),
    ).not.toContain('VEN american-convention-human-rights withdrawal_effective');
  });
});

describe("the chamber's tally", () => {
  it('reads "the initiative to denounce T was supported by N out of M deputies" as the approval', () => {
    expect(
      got(
        'At the plenary session of the Riigikogu, the initiative to denounce the Ottawa Convention was supported by 75 out of 101 deputies.',
      ),
    ).toContain('EST ottawa-convention withdrawal_approved');
  });
  it('reads "N voted to withdraw from T" in a chamber\'s report as the approval', () => {
    expect(got('In the Seimas, 98 voted to withdraw from the Ottawa Convention, two abstained.')).toContain(
      'LTU ottawa-convention withdrawal_approved',
    );
    expect(got('Only 12 voted to join the Ottawa Convention.')).toEqual([]);
  });
});
