// Date kinds of round 6 (invented sentences, none from an article).
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Kind: a phrase describing the instrument right after its name ("the Convention, adopted in 1992", "the Paris
// Agreement signed in 2015", "the treaty, signed in Oslo on 3 May 1999,") dates the instrument, not the state's act,
// and its participle is no act of the state.
describe("a date in the instrument's own description", () => {
  it('does not date the accession before it', () => {
    const out = brief(
      extract(
        'The minister announced that Tuvalu has joined the Minamata Convention on Mercury, adopted in 2013.',
        '2022-10-05',
        'Tuvalu joins the mercury convention',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('TUV minamata-convention joined 2013'))).toBe(false);
    expect(out.some((c) => c.startsWith('TUV minamata-convention joined') && c.endsWith('primary'))).toBe(true);
  });
  it('is no signature by the state that joins', () => {
    const out = brief(
      extract(
        'The minister said Tuvalu has joined the Minamata Convention on Mercury and the Paris Agreement signed in 2015.',
        '2022-10-05',
        'Tuvalu joins climate and mercury treaties',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('TUV paris-agreement signed'))).toBe(false);
  });
  it('leaves the ratification its own later date', () => {
    const out = brief(
      extract(
        'The Paris Agreement, signed in New York on April 22, 2016, was ratified by Tuvalu on September 22, 2016.',
        '2024-01-10',
      ).claims,
    );
    expect(out).toContain('TUV paris-agreement joined 2016-09-22 background');
  });
  it('keeps a signature by the state itself ("signed by the president on ...")', () => {
    const out = brief(
      extract('Tuvalu ratified the Paris Agreement, signed by its president on 22 April 2016.', '2024-01-10').claims,
    );
    expect(out).toContain('TUV paris-agreement signed 2016-04-22 background');
  });
});

// Kind: the lead's first date is often the page's own (a byline's or dateline's "May 8, 2024", "Posted on ...") or a
// reporting verb's ("the office said on Wednesday"): the day of a headline's act is the first day the lead gives
// for something else, when it gives one; else, as before, that first date.
describe("the news day of a headline's act", () => {
  it("skips the page's written-out publication day", () => {
    const body =
      'Posted on May 8, 2024 by the news desk with agency reports from the capital\n\n' +
      'The small island state was welcomed at a short ceremony in New York on Monday, officials in the capital said.';
    const out = brief(extract(body, '2024-05-08', 'Tuvalu joins the Minamata Convention').claims);
    expect(out).toContain('TUV minamata-convention joined 2024-05-06 primary');
  });
  it("skips a reporting verb's day", () => {
    const body =
      'The United Nations press office said on Wednesday that the island state would be bound from August. ' +
      'Its envoy was received at the headquarters in New York on Monday with the documents in hand.';
    const out = brief(extract(body, '2024-05-08', 'Tuvalu joins the Minamata Convention').claims);
    expect(out).toContain('TUV minamata-convention joined 2024-05-06 primary');
  });
  it('keeps the publication day when the lead gives no other', () => {
    const body =
      'Posted on May 8, 2024 by the news desk with agency reports from the capital\n\n' +
      'The small island state was welcomed at a short ceremony in New York, officials in the capital said.';
    const out = brief(extract(body, '2024-05-08', 'Tuvalu joins the Minamata Convention').claims);
    expect(out).toContain('TUV minamata-convention joined 2024-05-08 primary');
  });
});

describe('an instrument description that names who acted', () => {
  it('keeps the signature it describes ("which was signed in 1996 by A and B")', () => {
    const out = brief(
      extract(
        'The Comprehensive Nuclear-Test-Ban Treaty, which was signed in 1996 by Tuvalu and Fiji, bans all tests.',
        '2024-01-10',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('TUV ctbt signed 1996'))).toBe(true);
  });
});

describe("the publication day written as an event's day", () => {
  it('stays the news day ("in the capital on May 8, 2024")', () => {
    const body =
      'The foreign minister spoke to reporters in the capital on May 8, 2024, about the new step for the islands. ' +
      'The cabinet on Monday asked the minister to prepare the papers.';
    const out = brief(extract(body, '2024-05-08', 'Tuvalu joins the Minamata Convention').claims);
    expect(out).toContain('TUV minamata-convention joined 2024-05-08 primary');
  });
});

describe('page furniture before the lead', () => {
  it('does not use up the lead ("Agency, May 8, 2024 Adjust font size:", a caption printed twice)', () => {
    const body =
      'Newswire, May 8, 2024 Adjust font size:\n\n' +
      'A fishing boat in the harbour of the capital at dawn.\n\n' +
      'A fishing boat in the harbour of the capital at dawn.\n\n' +
      'The small island state was welcomed at a short ceremony in New York on Monday, officials in the capital said.';
    const out = brief(extract(body, '2024-05-08', 'Tuvalu joins the Minamata Convention').claims);
    expect(out).toContain('TUV minamata-convention joined 2024-05-06 primary');
  });
});

// Kind: a wire dateline naming the agency ("CITY, Country (AFP) – The parliament Thursday approved ...") opens the
// report's lead; it is no photo credit (clean.ts drops credits such as "AFP/File" or "(AFP)" closing a caption).
describe('a lead opening with an agency dateline', () => {
  it('is read, and its day dates the headline act', () => {
    const body =
      'FUNAFUTI, Tuvalu (AFP) – The island state Thursday became one of the last in the region to take the step, ' +
      'officials in the capital told reporters.';
    const out = brief(extract(body, '2024-05-08', 'Tuvalu joins the Minamata Convention').claims);
    expect(out).toContain('TUV minamata-convention joined 2024-05-02 primary');
  });
});

// Kind: a date past a contrast ("signed it but never ratified it, and his successor in 2001 withdrew", "joined in 1998,
// while its neighbour left in 2005") dates the other clause's act, not the act before it.
describe('a date past a contrast', () => {
  it('does not date the act before "but"', () => {
    const out = brief(
      extract(
        'The government of Fiji signed the Kyoto Protocol but never ratified it and its successor in 2001 pulled out.',
        '2009-03-03',
      ).claims,
    );
    expect(out.some((c) => c.startsWith('FJI kyoto-protocol signed 2001'))).toBe(false);
  });
  it('leaves the date before the act to it ("in 1998 Fiji joined ..., while ... in 2005")', () => {
    const out = brief(
      extract('In 1998 Fiji joined the Kyoto Protocol, while its neighbour waited until 2005.', '2009-03-03').claims,
    );
    expect(out).toContain('FJI kyoto-protocol joined 1998 background');
  });
  it('keeps a date before the contrast ("ratified it on 3 May 2005 but ...")', () => {
    const out = brief(
      extract('Fiji ratified the Kyoto Protocol on 3 May 2005 but has not met its targets since 2010.', '2009-03-03')
        .claims,
    );
    expect(out).toContain('FJI kyoto-protocol joined 2005-05-03 background');
  });
});

// Kind: the body restates the headline's act with the state's own institution as its subject and no state named
// ("In this regard, the Ministry of Foreign Affairs has deposited the instrument on 15 May"): that date is the act's.
describe("a headline act restated by the state's own institution", () => {
  const lead =
    'Tuvalu signed the Minamata Convention on Mercury in 2013, the foreign ministry recalled in its statement. ';
  it('takes the date of that sentence', () => {
    const body = `${lead}In this regard, the Ministry of Foreign Affairs has deposited the instrument of accession on 15 May 2024.`;
    const out = brief(extract(body, '2024-06-16', 'Tuvalu becomes a party to the Minamata Convention').claims);
    expect(out).toContain('TUV minamata-convention joined 2024-05-15 primary');
    expect(out).not.toContain('TUV minamata-convention joined null primary');
  });
  it("not when another state's ministry acts", () => {
    const body = `${lead}In this regard, the Ministry of Foreign Affairs of Fiji deposited its instrument on 15 May 2024.`;
    const out = brief(extract(body, '2024-06-16', 'Tuvalu becomes a party to the Minamata Convention').claims);
    expect(out).not.toContain('TUV minamata-convention joined 2024-05-15 primary');
  });
});
