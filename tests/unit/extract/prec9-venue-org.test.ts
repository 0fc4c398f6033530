// Round 9, precision: an organisation named as the venue of an act ("at the end of an annual meeting of the OAS",
// "on the margins of a summit of the African Union") hosts it; it is not the instrument acted on. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';
const claimsOf = (text: string) => triples(extract(text, PUB).claims);

describe('an organisation named as a venue is not the object of the act', () => {
  it('"announced their decision at the end of an annual meeting of the OAS"', () => {
    expect(
      claimsOf(
        'Peru and Chile agreed to leave the Rio Treaty. The foreign ministers of Peru and Chile announced their ' +
          'decision on Tuesday at the end of an annual meeting of the Organization of American States (OAS) in Lima.',
      ),
    ).toEqual(['CHL rio-treaty withdrawal_proposed', 'PER rio-treaty withdrawal_proposed']);
  });

  it('"on the margins of a summit of the African Union"', () => {
    expect(
      claimsOf(
        'Mali wants out of the Rome Statute. Its foreign minister announced the decision to withdraw on the margins ' +
          'of a summit of the African Union in Addis Ababa.',
      ),
    ).toEqual(['MLI rome-statute withdrawal_proposed']);
  });

  it('keeps the organisation when it is the object: "announced its decision to leave the OAS at a meeting"', () => {
    expect(
      claimsOf('Nicaragua announced its decision to leave the Organization of American States at a cabinet meeting.'),
    ).toEqual(['NIC oas-charter withdrawal_proposed']);
  });
});
