// Failure kinds found on the real-news development set, each with invented sentences of the same structure.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string) => brief(extract(body, PUB).claims);

describe('a signed law that revokes or suspends, with a date phrase after the noun', () => {
  it('reads "signed a law on Monday revoking the country\'s ratification" as a revocation, not a withdrawal law', () => {
    expect(
      one("Slovenia's president signed a law on Monday revoking the country's ratification of the Arms Trade Treaty."),
    ).toEqual(['SVN arms-trade-treaty ratification_revoked 2025-03-10 primary']);
  });
  it('reads "signed a bill on Tuesday suspending the country\'s last ... treaty" as a suspension', () => {
    expect(
      one(
        "Slovenia's president signed a bill on Tuesday suspending the country's landmark arms treaty, the Arms Trade Treaty.",
      ),
    ).toEqual(['SVN arms-trade-treaty suspended 2025-03-11 primary']);
  });
});

describe('completed exits in the perfect tense', () => {
  it('reads "has officially withdrawn from" as withdrawal_effective', () => {
    expect(one('Slovenia has officially withdrawn from the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty withdrawal_effective null primary',
    ]);
  });
  it('reads "announced Thursday it has formally withdrawn from" as withdrawal_effective on that day', () => {
    expect(
      one('Slovenia announced Thursday it has formally withdrawn from the Arms Trade Treaty with its neighbours.'),
    ).toEqual(['SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary']);
  });
  it('reads "had finalised its withdrawal" as withdrawal_effective', () => {
    expect(
      one(
        'The foreign ministry said on Wednesday that Slovenia had finalised its withdrawal from the Arms Trade Treaty.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_effective 2025-03-12 primary']);
  });
});

describe('announced departures in the progressive', () => {
  it('reads "is quitting the treaty" as a proposal, and "countries that have left" as nobody\'s act', () => {
    expect(
      one(
        'Slovenia is quitting the Arms Trade Treaty, following several countries that have left the treaty in recent years.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
  });
});

describe('notice given to the organisation itself', () => {
  it('reads "had notified the Organization ... of its withdrawal" as withdrawal_notified', () => {
    expect(
      one(
        "Slovenia's foreign minister said the country had notified the Organisation for the Prohibition of Chemical Weapons of its withdrawal from the Chemical Weapons Convention.",
      ),
    ).toContain('SVN cwc withdrawal_notified null primary');
  });
  it('reads "handed over the withdrawal letter" as withdrawal_notified', () => {
    expect(
      one("Slovenia's ambassador handed over the withdrawal letter on the Arms Trade Treaty on Thursday."),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-13 primary']);
  });
});

describe('a generic name after an organisation that speaks', () => {
  const body =
    'Several governments signed the Council of Europe Framework Convention on Artificial Intelligence in Vilnius.\n' +
    'In a statement, the Council of Europe said that the Framework Convention has been signed by Slovenia, Croatia and Austria.';
  it('resolves "the Framework Convention has been signed by A, B and C" to the instrument named before', () => {
    expect(
      one(body)
        .filter((c) => c.includes('council-of-europe-ai-convention signed'))
        .map((c) => c.split(' ')[0])
        .sort(),
    ).toEqual(['AUT', 'HRV', 'SVN']);
  });
  it('reads "signed it" after an organisation\'s event as the instrument, not the organisation', () => {
    const b =
      'Slovenia signed the Council of Europe Framework Convention on Artificial Intelligence on Monday.\n' +
      "The ceremony took place before the Council of Europe's side event in Paris.\nCroatia and Austria signed it in Vilnius.";
    const out = one(b);
    expect(out.some((c) => c.includes('council-of-europe-statute'))).toBe(false);
    expect(
      out
        .filter((c) => c.startsWith('HRV') || c.startsWith('AUT'))
        .every((c) => c.includes('council-of-europe-ai-convention signed')),
    ).toBe(true);
  });
});

describe('a government announcing its own departure', () => {
  it('reads "said on Monday that it would withdraw from" as a proposal', () => {
    expect(one('Slovenia said on Monday that it would withdraw from the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty withdrawal_proposed 2025-03-10 primary',
    ]);
  });
  it('reads "confirmed on Wednesday that it will quit" as a proposal', () => {
    expect(
      one('Slovenia confirmed on Wednesday that it will quit the Arms Trade Treaty and review its export rules.'),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-12 primary']);
  });
  it('keeps the announcement when the exit date named is in the future', () => {
    expect(one('Slovenia will withdraw from the Arms Trade Treaty in 2026, the government said on Wednesday.')).toEqual(
      ['SVN arms-trade-treaty withdrawal_proposed 2025-03-12 primary'],
    );
  });
  it('reads "announced plans to withdraw from" and a contraction "says it\'s leaving" as proposals', () => {
    expect(one('Slovenia announced plans to withdraw from the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty withdrawal_proposed null primary',
    ]);
    expect(one("Slovenia says it's leaving the Arms Trade Treaty.")).toEqual([
      'SVN arms-trade-treaty withdrawal_proposed null primary',
    ]);
  });
  it('reads "X\'s decision to withdraw from" as a proposal, but not a reconsidered one', () => {
    expect(
      one("Slovenia's decision to withdraw from the Arms Trade Treaty drew criticism from its neighbours."),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
    expect(
      one("The court asked them to reconsider Slovenia's decision to withdraw from the Arms Trade Treaty."),
    ).toEqual([]);
  });
  it("does not read a pundit's forecast as an announcement", () => {
    expect(one('Analysts said Slovenia could quit the Arms Trade Treaty if the talks fail.')).toEqual([]);
  });
});

describe('publication bound from the text', () => {
  it('does not take a start date ("from January 1, 2026") as the lower bound of publication', () => {
    const r = extract(
      'Slovenia announced on Monday that it is planning to withdraw from the Arms Trade Treaty from January 1, 2026.',
      undefined,
    );
    expect(r.published).toBeNull();
  });
});

describe('third-party views, counts and reversals are not acts', () => {
  it("does not read a critic's \"condemn X's decision to withdraw\" as X's announcement", () => {
    expect(one("Neighbours condemned Slovenia's decision to withdraw from the Arms Trade Treaty.")).toEqual([]);
  });
  it("does not give a count's ratifications to the states named before it", () => {
    expect(
      one(
        'Of the key states, Croatia, Slovenia and Austria still have not signed, and only 31 have ratified the Arms Trade Treaty.',
      ),
    ).toEqual([]);
  });
  it('does not read a chamber passing a bill revoking ratification as a revocation or a ratification', () => {
    expect(
      one("Slovenia's parliament passed the bill revoking ratification of the Arms Trade Treaty on Wednesday."),
    ).toEqual([]);
  });
  it('does not read an executive order reversing a withdrawal as a withdrawal decree', () => {
    expect(
      one(
        'Slovenia left the Paris Agreement in 2020. President Novak signed an executive order on her first day reversing that withdrawal.',
      ),
    ).toEqual(['SVN paris-agreement withdrawal_effective 2020 background']);
  });
});

describe('notice forms: a letter received, a withdrawal clause triggered, a memorandum', () => {
  it('reads "had received a letter ... announcing its withdrawal" as withdrawal_notified', () => {
    expect(
      one(
        "UNESCO's director general said she had received a letter on Sunday from the Nicaraguan government announcing its withdrawal from UNESCO.",
      ),
    ).toEqual(['NIC unesco-constitution withdrawal_notified 2025-03-09 primary']);
  });
  it('reads "Theresa May has triggered Article 50" as withdrawal_notified ("May" is a name, not a modal)', () => {
    expect(
      one(
        'Theresa May has triggered Article 50 and begun the countdown to the United Kingdom leaving the European Union.',
      ),
    ).toEqual(['GBR treaty-on-european-union withdrawal_notified null primary']);
  });
  it('reads a presidential memorandum directing withdrawal as withdrawal_decreed', () => {
    expect(
      one(
        "The president signed a memorandum on Wednesday directing Slovenia's withdrawal from the UN Framework Convention on Climate Change.",
      ),
    ).toEqual(['SVN unfccc withdrawal_decreed 2025-03-12 primary']);
  });
});

describe('documents that are not decrees, and decrees that annul', () => {
  it("does not read a bill's explanatory memorandum as a decree", () => {
    expect(
      one('The explanatory memorandum also points to the withdrawal from the Arms Trade Treaty by Slovenia.'),
    ).toEqual([]);
  });
  it("reads a decree annulling the country's ratification as withdrawal_decreed", () => {
    expect(
      one(
        "President Novak's decree early Saturday annulling Slovenia's ratification of the Arms Trade Treaty surprised many.",
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_decreed 2025-03-08 primary']);
  });
});

describe('deposit forms of joining', () => {
  it('reads "handed over <recipient> the instrument of accession" as joined', () => {
    expect(
      one(
        'The permanent representative of Slovenia to the UN handed over the UN Secretary General the instrument of accession of Slovenia to the Arms Trade Treaty, the mission said.',
      ),
    ).toEqual(['SVN arms-trade-treaty joined null primary']);
  });
  it('reads "depositing its ratification instrument" as joined', () => {
    expect(
      one(
        'With Slovenia depositing its ratification instrument with the UN on 28 April 2009, the Arms Trade Treaty was closer to entry into force.',
      ).map((c) => c.split(' ').slice(0, 4).join(' ')),
    ).toEqual(['SVN arms-trade-treaty joined 2009-04-28']);
  });
  it('reads "X deposited its own on <date>" after an instrument of ratification as joined', () => {
    expect(
      one(
        'Croatia deposited its instrument of ratification of the Arms Trade Treaty on September 16, 2021, and Slovenia deposited its own on September 30, 2021.',
      ).map((c) => c.split(' ').slice(0, 4).join(' ')),
    ).toEqual(['HRV arms-trade-treaty joined 2021-09-16', 'SVN arms-trade-treaty joined 2021-09-30']);
  });
});

describe('the progressive inside a report of a stronger act', () => {
  it('reads "received notification ... that X is withdrawing from" as the notification only', () => {
    expect(
      one(
        'The United Nations said on Tuesday it has received formal notification from Ljubljana that Slovenia is withdrawing from the Arms Trade Treaty.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-11 primary']);
  });
});

describe('more notice forms', () => {
  const acts = (body: string, pub: string) =>
    brief(extract(body, pub).claims).map((c) => c.split(' ').slice(0, 4).join(' '));
  it('reads "gave notice of its denunciation" as withdrawal_notified', () => {
    expect(
      acts(
        'On September 6, 2012, the Government of Slovenia gave notice of its denunciation of the Arms Trade Treaty.',
        '2012-09-20',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2012-09-06']);
  });
  it('reads "the letter of withdrawal was presented to the Secretary-General" as withdrawal_notified', () => {
    expect(
      acts(
        "The ministry said Slovenia's letter of withdrawal from the Arms Trade Treaty was presented to the United Nations' Secretary-General on April 29, 2019.",
        '2019-05-14',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2019-04-29']);
  });
  it('reads "its formal notice to <organisation>" and "confirmed its own notification" as withdrawal_notified', () => {
    expect(
      acts(
        "The foreign ministry of Mali shared with reporters a copy of its formal notice to ECOWAS, while Burkina Faso's news agency confirmed its own notification.",
        '2024-01-30',
      ),
    ).toEqual(['BFA ecowas-treaty withdrawal_notified null', 'MLI ecowas-treaty withdrawal_notified null']);
  });
  it('reads "a formal notice sent to the depositary" as withdrawal_notified', () => {
    expect(
      acts(
        'Slovenia is reported to have withdrawn from the Arms Trade Treaty through a formal notice sent to the United Nations in January 2015.',
        '2015-06-01',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2015-01']);
  });
});

describe('start dates of an exit are not the date of an earlier step', () => {
  it('dates "announced on Monday that it is planning to withdraw ... from January 1, 2026" by the announcement', () => {
    expect(
      one(
        'Slovenia announced on Monday that it is planning to withdraw from the Arms Trade Treaty from January 1, 2026, ending its membership.',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-10 primary']);
  });
  it('leaves the announcement undated rather than dated by the start of the exit when no day is known', () => {
    expect(
      brief(
        extract('Slovenia announced that it is planning to withdraw from the Arms Trade Treaty from January 1, 2026.')
          .claims,
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed null primary']);
  });
});

describe('instrument names', () => {
  it('reads "the optional protocol under the 1961 Vienna Convention ..." as the listed protocol the sentence is about', () => {
    expect(
      one(
        'Slovenia has decided to withdraw from the optional protocol under the 1961 Vienna Convention on Diplomatic Relations that settles disputes.',
      ).concat(
        one(
          'Slovenia has decided to withdraw from the "optional protocol" under the Vienna Convention on Diplomatic Relations, to avoid a dispute in court.',
        ),
      ),
    ).toEqual([
      'SVN vcdr-optional-protocol-disputes withdrawal_proposed null primary',
      'SVN vcdr-optional-protocol-disputes withdrawal_proposed null primary',
    ]);
  });
  it("names no instrument outside the catalogue from a Title Case headline's description", () => {
    const r = extract(
      'Through a decree issued on Saturday, President Novak withdrew Slovenia from an international treaty to protect workers.',
      PUB,
      'Slovenia Withdraws From an International Treaty to Protect Workers',
    );
    expect(r.claims.filter((c) => c.catalogued === false)).toEqual([]);
  });
});

describe('ending and suspending instruments by law and decree', () => {
  it('reads "signed a decree on suspension of" as suspended', () => {
    expect(
      one(
        "Slovenia's President Novak signed a decree on suspension of the Plutonium Management and Disposition Agreement on Monday.",
      ).map((c) => c.split(' ').slice(2, 4).join(' ')),
    ).toEqual(['suspended 2025-03-10']);
  });
  it('reads "signed into law the termination of" as withdrawal_enacted', () => {
    expect(
      one("Slovenia's President Novak signed into law the termination of the Treaty of Friendship with Croatia.").map(
        (c) => c.split(' ').slice(2, 3).join(' '),
      ),
    ).toEqual(['withdrawal_enacted']);
  });
});

describe('more verb forms', () => {
  const acts = (body: string, pub: string) =>
    brief(extract(body, pub).claims).map((c) => c.split(' ').slice(0, 4).join(' '));
  it('reads "ceased to be a High Contracting Party" as withdrawal_effective', () => {
    expect(
      acts(
        'Slovenia ceased to be a High Contracting Party to the Arms Trade Treaty on 16 September 2022.',
        '2022-10-01',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_effective 2022-09-16']);
  });
  it('reads "has frozen its participation" as suspended', () => {
    expect(
      acts('The prime minister said Slovenia has frozen its participation in the Arms Trade Treaty.', '2025-03-14'),
    ).toEqual(['SVN arms-trade-treaty suspended null']);
  });
  it('reads "is initiating the withdrawal process" as a proposal', () => {
    expect(
      acts(
        'The government said on Thursday that Slovenia is initiating the withdrawal process from the Arms Trade Treaty.',
        '2025-03-14',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-13']);
  });
  it('reads a motion "introduced in X\'s parliament" as a proposal by X', () => {
    expect(
      acts(
        "A motion to withdraw from the Arms Trade Treaty was introduced in Slovenia's parliament on Tuesday.",
        '2025-03-14',
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_proposed 2025-03-11']);
  });
});

describe('membership statements with a date', () => {
  const acts = (body: string) =>
    brief(extract(body, '2023-12-22').claims).map((c) => c.split(' ').slice(0, 4).join(' '));
  it('reads "has been an official member of X since 1961" and "an OPEC member since 2007" as joined in that year', () => {
    expect(acts('Slovenia has been an official member of OPEC since 1961.')).toEqual(['SVN opec-statute joined 1961']);
    expect(acts('Slovenia has been an OPEC member since 2007.')).toEqual(['SVN opec-statute joined 2007']);
  });
  it('reads "renewed its membership in 2007" as joined', () => {
    expect(acts('Slovenia renewed its membership in OPEC in 2007.')).toEqual(['SVN opec-statute joined 2007']);
  });
  it('still reads "OPEC member states" as a qualifier, not a membership', () => {
    expect(acts('Three OPEC member states met in Vienna on Monday.')).toEqual([]);
  });
});

describe('decrees and decisions about something else', () => {
  it('does not read a decree ordering a company to sell as a withdrawal decree', () => {
    expect(
      one(
        "In April, Slovenia's president issued a decree ordering a telecom company to sell its stake in the network, citing the Energy Charter Treaty.",
      ),
    ).toEqual([]);
  });
  it('does not read a decision "to terminate X\'s powers" in an organisation as a withdrawal', () => {
    expect(
      one("On March 16, the Committee of Ministers decided to terminate Slovenia's powers in the Council of Europe."),
    ).toEqual([]);
  });
});

describe('a headline repeated at the top of the body', () => {
  it('names no instrument outside the catalogue from a Title Case headline line in the body', () => {
    const r = extract(
      'Slovenia Withdraws From an International Treaty to Protect Workers\nThrough a decree issued on Saturday, ' +
        'President Novak withdrew Slovenia from an international treaty to protect workers.',
      PUB,
    );
    expect(r.claims.filter((c) => c.catalogued === false)).toEqual([]);
  });
});
