// Joining stated by a gerund: "congratulations to A on becoming the 111th State Party to T", "By ratifying T, A
// joins ...", "Upon acceding to T, A pledged ...", "A did X after ratifying T" (an earlier step). Work towards
// ratifying is not an act.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';
const T = 'Mercury news';

describe('joining stated by a gerund', () => {
  it('reads "on becoming the Nth State Party to T" as joining', () => {
    const body =
      'The coalition congratulates Peru on becoming the 111th State Party to the Minamata Convention on Mercury.';
    expect(triples(extract(body, PUB, T).claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "By ratifying T, A joins" and "Upon acceding to T, A pledged" as joining', () => {
    const a = 'By ratifying the Minamata Convention on Mercury, Peru joins the global effort against pollution.';
    expect(triples(extract(a, PUB, T).claims)).toEqual(['PER minamata-convention joined']);
    const b = 'Upon acceding to the Minamata Convention on Mercury, Peru pledged to cut its emissions.';
    expect(triples(extract(b, PUB, T).claims)).toEqual(['PER minamata-convention joined']);
  });
  it('reads "By acceding to the <sponsor> \'<name>\'" as joining the instrument, not the sponsor', () => {
    const body = "By acceding to the Council of Europe 'Istanbul Convention', Peru reaffirms its commitment.";
    expect(triples(extract(body, PUB, 'Convention news').claims)).toEqual(['PER istanbul-convention joined']);
  });
  it('reads "A ... after ratifying T" as joining', () => {
    const body =
      'Peru banned the use of mercury in mines last year after ratifying the Minamata Convention on Mercury.';
    expect(triples(extract(body, PUB, T).claims)).toEqual(['PER minamata-convention joined']);
  });
  it('does not read work on, or a plan for, ratifying as joining', () => {
    const a = 'The new prime minister of Peru went to work on ratifying the Minamata Convention on Mercury.';
    expect(triples(extract(a, PUB, T).claims)).toEqual([]);
    const b = 'Peru is committed to becoming a party to the Minamata Convention on Mercury soon.';
    expect(triples(extract(b, PUB, T).claims)).toEqual([]);
  });
});
