// Round-13 background kinds: an older act the article restates. Invented sentences of the same structure as the
// reporting that showed each kind.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2024-06-10T10:00:00Z';
const read = (body: string) => brief(extract(body, PUB, 'Treaty news').claims);

describe('a treaty "signed on behalf of" a state (the formula a denunciation bill quotes)', () => {
  const NEWS = 'Russia left the Criminal Law Convention on Corruption on Monday. ';
  it('reads the participle after the name as the state signing, background, with its date', () => {
    expect(
      read(
        `${NEWS}"The Criminal Law Convention on Corruption, signed on behalf of the Russian Federation in Vienna on 5 May 1999, is denounced," the bill says.`,
      ),
    ).toContain('RUS criminal-law-convention-corruption signed 1999-05-05 background');
  });
  it('reads the passive "was signed on behalf of A" likewise', () => {
    expect(read(`${NEWS}The convention was signed on behalf of Russia in 1999.`)).toContain(
      'RUS criminal-law-convention-corruption signed 1999 background',
    );
  });
  it('reads "the ... Law Convention, signed by A" (a name holding "Law") as the treaty, not a document', () => {
    expect(read(`${NEWS}The Criminal Law Convention on Corruption, signed by Russia in 1999, bans bribery.`)).toContain(
      'RUS criminal-law-convention-corruption signed 1999 background',
    );
  });
  it('still reads a law signed by a person as no signature of the treaty', () => {
    expect(read(`${NEWS}The law, signed by the president on Friday, takes effect at once.`)).not.toContain(
      'RUS criminal-law-convention-corruption signed 2024-06-07 background',
    );
  });
  it("still reads a participle with no agent as the instrument's history", () => {
    expect(read(`${NEWS}The convention, signed in Strasbourg in 1999, bans bribery.`)).toEqual([
      'RUS criminal-law-convention-corruption withdrawal_effective 2024-06-10 primary',
    ]);
  });
});

describe('"the third to join, following A (in 2001) and B (in 2010)": bracketed asides after the earlier states', () => {
  const NEWS = 'Qatar joined the Arms Trade Treaty on Monday. ';
  it('reads every earlier state past a bracketed date, each with its own year', () => {
    expect(
      read(`${NEWS}It is the third Gulf state to join, following Kuwait (in 2001) and Bahrain (in 2010).`),
    ).toEqual([
      'BHR arms-trade-treaty joined 2010 background',
      'KWT arms-trade-treaty joined 2001 background',
      'QAT arms-trade-treaty joined 2024-06-10 primary',
    ]);
  });
  it('leaves a state with a relative aside to its own clause ("which did so in 2001")', () => {
    expect(
      read(`${NEWS}It is the third Gulf state to join, following Kuwait (which did so in 2001) and Bahrain (in 2010).`),
    ).toEqual([
      'BHR arms-trade-treaty joined 2010 background',
      'KWT arms-trade-treaty joined 2001 background',
      'QAT arms-trade-treaty joined 2024-06-10 primary',
    ]);
  });
  it('gives a shared bracketed year to all of them', () => {
    expect(read(`${NEWS}It is the third Gulf state to join, following Kuwait and Bahrain (both in 2010).`)).toEqual([
      'BHR arms-trade-treaty joined 2010 background',
      'KWT arms-trade-treaty joined 2010 background',
      'QAT arms-trade-treaty joined 2024-06-10 primary',
    ]);
  });
});

describe('"the protocol" after a short form ("the Optional Protocol") of the full name said before', () => {
  it('reads the short form as the instrument named in full, so "signed and ratified the protocol" is its history', () => {
    expect(
      read(
        'Belarus has denounced the Optional Protocol to the International Covenant on Civil and Political Rights. ' +
          'States that accepted the Optional Protocol let individuals complain to the committee. ' +
          'Belarus signed and ratified the protocol in 1992.',
      ),
    ).toEqual([
      'BLR iccpr-optional-protocol-1 joined 1992 background',
      'BLR iccpr-optional-protocol-1 signed 1992 background',
      'BLR iccpr-optional-protocol-1 withdrawal_notified null primary',
    ]);
  });
});

describe('"Protocols No. 1 and No. 2 of 4 November 1993, signed on behalf of A": the number sign is no negation', () => {
  it('reads the signature after a numbered protocol', () => {
    expect(
      read(
        'Russia left the European Convention for the Prevention of Torture on Monday. The convention and its Protocols No. 1 and No. 2, signed on behalf of Russia in Strasbourg on 3 March 1996, are denounced.',
      ),
    ).toContain('RUS european-cpt signed 1996-03-03 background');
  });
});
