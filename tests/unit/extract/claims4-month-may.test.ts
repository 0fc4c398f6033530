// The month "May" after a day number ("on 4 May", "27 May and 3 June") is a date, not the modal "may": an act
// reported with such a date is an act, not an intention.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2016-06-10T10:00:00Z';
const TITLE = 'Mercury treaty gains new parties';

describe('"May" as a month before the verb', () => {
  it('keeps a deposit dated "On 4 May 2016,"', () => {
    const body = 'On 4 May 2016, Norway deposited its instrument of ratification to the Minamata Convention.';
    expect(triples(extract(body, PUB, TITLE).claims)).toEqual(['NOR minamata-convention joined']);
  });
  it('keeps a ratification dated "on 12 May" after the subject', () => {
    const body = 'Chile on 12 May ratified the Minamata Convention at a ceremony in Santiago.';
    expect(triples(extract(body, PUB, TITLE).claims)).toEqual(['CHL minamata-convention joined']);
  });
  it('keeps both states of "on 27 May and 3 June respectively"', () => {
    const body =
      'Later, on 27 May and 3 June respectively, Peru and Ghana ' +
      'deposited their instruments of ratification to the Minamata Convention.';
    expect(triples(extract(body, PUB, TITLE).claims)).toEqual([
      'GHA minamata-convention joined',
      'PER minamata-convention joined',
    ]);
  });
  it('still reads the lowercase modal: "Chile may ratify" is no act', () => {
    const body = 'Officials said Chile may ratify the Minamata Convention next year.';
    expect(triples(extract(body, PUB, TITLE).claims)).toEqual([]);
  });
});
