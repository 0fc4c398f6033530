// Joining by deposit, in forms real reports use: the nominalised deposit ("announced the deposit of its instrument of
// accession to"), "the signing and deposit of the instrument", an instrument named in quotes or with no determiner,
// a letter of acceptance, and "became the 60th and 61st parties to ratify".
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('a deposit stated as a noun', () => {
  it('reads "announced the deposit of its instrument of accession to" as joining', () => {
    const body =
      'Today Iceland officially announced the deposit of its instrument of accession to the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual(['ISL arms-trade-treaty joined 2025-03-14 primary']);
  });
  it('reads "carried out the signing and deposit of the instrument of acceptance" as both acts', () => {
    const body =
      'On 12 March, the Ambassador of Iceland carried out the signing and deposit of the instrument of acceptance ' +
      'of the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'ISL arms-trade-treaty joined 2025-03-12 primary',
      'ISL arms-trade-treaty signed 2025-03-12 primary',
    ]);
  });
  it('reads no joining for the state of someone who welcomed the deposit', () => {
    const body =
      'The Assembly President, Ambassador Ana Silva (Portugal), welcomed the deposit of the instruments of ' +
      'ratification of the Arms Trade Treaty on Monday.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });
  it('reads no joining from a rule about a future deposit', () => {
    const body =
      'The Arms Trade Treaty will enter into force for a state ninety days after the deposit of its instrument of ' +
      'accession, the secretariat said.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });
});

describe('a deposit stated with the verb, in other shapes', () => {
  it('reads an instrument named in quotes without a determiner', () => {
    const body = 'Iceland submitted "instruments of ratification" of the Arms Trade Treaty to the UN on Wednesday.';
    expect(brief(extract(body, PUB).claims)).toEqual(['ISL arms-trade-treaty joined 2025-03-12 primary']);
  });
  it('reads a letter of acceptance deposited with the Secretary-General', () => {
    const body =
      'On Wednesday Iceland deposited a letter of acceptance of the Arms Trade Treaty with the Secretary-General.';
    expect(brief(extract(body, PUB).claims)).toEqual(['ISL arms-trade-treaty joined 2025-03-12 primary']);
  });
  it('reads "A and B became the 60th and 61st parties to ratify" as both joining', () => {
    const body = 'Morocco and Sierra Leone became the 60th and 61st parties to ratify the Arms Trade Treaty on Friday.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'MAR arms-trade-treaty joined 2025-03-14 primary',
      'SLE arms-trade-treaty joined 2025-03-14 primary',
    ]);
  });
});
