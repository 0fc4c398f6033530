// Phrasings beyond the development corpus (found with the challenge set), on small texts of our own.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string, pub = PUB) => brief(extract(body, pub).claims);

describe('verb lexicon', () => {
  it('reads "rubber-stamped" a withdrawal bill as withdrawal_approved', () => {
    expect(
      one("Slovenia's lawmakers on Wednesday rubber-stamped the bill on withdrawal from the Arms Trade Treaty."),
    ).toEqual(['SVN arms-trade-treaty withdrawal_approved 2025-03-12 primary']);
  });
  it('reads "rubber-stamped ratification" as joined', () => {
    expect(
      one("Deputies in Slovenia's parliament on Wednesday rubber-stamped ratification of the Arms Trade Treaty."),
    ).toEqual(['SVN arms-trade-treaty joined 2025-03-12 primary']);
  });
  it('reads a withdrawal that "came into force" as withdrawal_effective', () => {
    expect(one("Slovenia's withdrawal from the Arms Trade Treaty came into force on Thursday.")).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
    ]);
  });
  it('reads "became the first country to formally exit" as withdrawal_effective', () => {
    expect(one('Slovenia on Thursday became the first country to formally exit the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
    ]);
  });
  it('reads "ceased to be parties" and "stopped being a member" as withdrawal_effective', () => {
    expect(one('Slovenia and Croatia ceased to be parties to the Arms Trade Treaty on Thursday.')).toEqual([
      'HRV arms-trade-treaty withdrawal_effective 2025-03-13 primary',
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
    ]);
    expect(one('Slovenia on Thursday stopped being a member of the Arms Trade Treaty.')).toEqual([
      'SVN arms-trade-treaty withdrawal_effective 2025-03-13 primary',
    ]);
  });
  it('reads a passive deposit of an "instrument of denunciation" as withdrawal_notified', () => {
    expect(
      one(
        "Slovenia's instrument of denunciation of the Arms Trade Treaty was deposited with the UN Secretary-General on Wednesday.",
      ),
    ).toEqual(['SVN arms-trade-treaty withdrawal_notified 2025-03-12 primary']);
  });
  it('reads gerund notices ("depositing its own notice", "after notifying the UN")', () => {
    expect(
      one(
        'Croatia left the Arms Trade Treaty on Thursday. Slovenia did the same on Wednesday, depositing its own notice with the depositary.',
      ),
    ).toContain('SVN arms-trade-treaty withdrawal_notified 2025-03-12 background');
  });
  it('reads "signed a law withdrawing X\'s ratification" as ratification_revoked, not a withdrawal law', () => {
    expect(
      one(
        "President Pirc Musar on Thursday signed a law withdrawing Slovenia's ratification of the Arms Trade Treaty.",
      ),
    ).toEqual(['SVN arms-trade-treaty ratification_revoked 2025-03-13 primary']);
  });
  it('reads accession by "depositing its instrument of accession" and "the latest ... to sign up to"', () => {
    expect(
      one(
        'Slovenia has become the latest European nation to sign up to the Arms Trade Treaty, depositing its instrument of accession with the UN on Wednesday.',
      ),
    ).toEqual(['SVN arms-trade-treaty joined 2025-03-12 primary']);
  });
});

describe('process context for generic votes', () => {
  it('does not read a chamber vote on a de-ratification bill as a withdrawal approval', () => {
    const r = one(
      "President Pirc Musar on Thursday signed a law withdrawing Slovenia's ratification of the Arms Trade Treaty. Both chambers of parliament had passed the bill in February.",
    );
    expect(r).toEqual(['SVN arms-trade-treaty ratification_revoked 2025-03-13 primary']);
  });
  it('reads a generic chamber vote after a ratification as joined', () => {
    expect(
      one('Slovenia ratified the Arms Trade Treaty on Thursday. The upper house had passed the bill on 3 March.'),
    ).toContain('SVN arms-trade-treaty joined 2025-03-03 background');
  });
});

describe('scope and polarity', () => {
  it('treats "None of ... has joined" as negated', () => {
    expect(
      one(
        'Slovenia ratified the Arms Trade Treaty on Thursday. None of the five largest exporters has joined the treaty, which entered into force in 2014.',
      ),
    ).toEqual(['SVN arms-trade-treaty joined 2025-03-13 primary']);
  });
  it('does not read "about six weeks after" as a modal ("about to")', () => {
    expect(
      one(
        'Slovenia deposited its instrument of ratification of the Arms Trade Treaty on 10 March, about six weeks after parliament voted for ratification on 27 January.',
      ),
    ).toContain('SVN arms-trade-treaty joined 2025-01-27 background');
  });
  it('keeps an announcement in its own clause next to a stronger cue elsewhere in the sentence', () => {
    expect(
      one(
        "Slovenia's notice of withdrawal from the Arms Trade Treaty was received by the UN Secretary-General on 13 March, three days after the president announced that the country was pulling out.",
      ),
    ).toEqual([
      'SVN arms-trade-treaty withdrawal_notified 2025-03-13 primary',
      'SVN arms-trade-treaty withdrawal_proposed 2025-03-10 background',
    ]);
  });
});
