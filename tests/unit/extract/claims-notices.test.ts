// Notices of withdrawal to an organisation, in forms real reports use: "notified <organisation> of its intention to
// leave", "sent a communication to the Secretary General of <organisation> ... denouncing".
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('a notice to the organisation or its head', () => {
  it('reads "notified the Organization of American States of its intention to leave" as the notice', () => {
    const body = 'Peru has formally notified the Organization of American States of its intention to leave the body.';
    expect(brief(extract(body, PUB).claims)).toEqual(['PER oas-charter withdrawal_notified null primary']);
  });
  it('reads "sent a communication to the Secretary General of the OAS denouncing the Charter" as the notice', () => {
    const body =
      'The minister said on Thursday that he sent an official communication to the Secretary General of the OAS, ' +
      'in which Peru denounces the Charter of the body.';
    expect(brief(extract(body, PUB).claims)).toEqual(['PER oas-charter withdrawal_notified 2025-03-13 primary']);
  });
  it('reads no notice from a communication about something else', () => {
    const body = 'Peru sent a communication to the Secretary General of the OAS about the election observers.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });
});
