// Round 8, precision: an organisation named inside the object of an act whose head is another instrument noun —
// its sponsor, its depositary or its framework ("nine CIS agreements", "the agreement with the CIS on ...",
// "two conventions ... with the ILO") — is not the instrument acted on. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';
const orgClaims = (text: string, id: string) => triples(extract(text, PUB).claims).filter((t) => t.includes(id));

describe('an organisation framing another instrument is not the object', () => {
  it('"denounced nine CIS agreements": plural agreements, not the CIS Charter', () => {
    expect(orgClaims("Moldova's parliament has denounced nine CIS agreements since January.", 'cis-charter')).toEqual(
      [],
    );
  });

  it('"the agreement with the CIS on ...": the agreement, not the CIS', () => {
    const text =
      'On Friday, the parliament of Georgia voted to denounce the agreement with the CIS on joint air defence.';
    expect(orgClaims(text, 'cis-charter')).toEqual([]);
  });

  it('"conventions ... with the International Labour Organization": the depositary, not the object', () => {
    const text =
      'Chile has deposited instruments of ratification of three conventions on child labour with the ' +
      'International Labour Organization (ILO).';
    expect(orgClaims(text, 'ilo-constitution')).toEqual([]);
  });

  it('"a number of agreements signed under the organization\'s aegis": the agreements, not the CIS named before', () => {
    const text =
      'Georgia stepped up its criticism of the CIS this year. Its foreign minister launched the denunciation of ' +
      "a number of agreements signed under the organization's aegis.";
    expect(orgClaims(text, 'cis-charter')).toEqual([]);
  });

  it('"agreements signed in 1991 as part of the CIS": the agreements, not the CIS', () => {
    const text = 'President Kovac signed a decree pulling Georgia out of several agreements signed as part of the CIS.';
    expect(orgClaims(text, 'cis-charter')).toEqual([]);
  });

  it('keeps a plain exit from the organisation', () => {
    expect(triples(extract('Georgia on Monday withdrew from the CIS.', PUB).claims)).toEqual([
      'GEO cis-charter withdrawal_effective',
    ]);
    expect(triples(extract('Chile joined the International Labour Organization in 1919.', PUB).claims)).toEqual([
      'CHL ilo-constitution joined',
    ]);
  });

  it('keeps an exit from the organisation and its agreements together', () => {
    const text = 'Georgia on Monday withdrew from the CIS and from a number of its agreements.';
    expect(orgClaims(text, 'cis-charter')).toEqual(['GEO cis-charter withdrawal_effective']);
  });
});

describe('a sponsor named with its acronym in brackets', () => {
  it('"the International Labour Organization\'s (ILO) 1958 Discrimination Convention"', () => {
    const text =
      "Chile's parliament on Wednesday approved the ratification of the International Labour Organization's (ILO) " +
      '1958 Discrimination Convention.';
    expect(orgClaims(text, 'ilo-constitution')).toEqual([]);
  });
});
