// Round 10 (forms): reporting forms of primary acts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

describe('a lead act on a described instrument named two sentences later', () => {
  it('takes the instrument named in the second sentence after it', () => {
    const body =
      'Chile said on Friday that it was withdrawing from the regional defence pact. ' +
      'The decision surprised its neighbours in the region. ' +
      'Chile has been a member of the Inter-American Treaty of Reciprocal Assistance for decades.';
    expect(brief(extract(body, '2019-09-28').claims)).toContain(
      'CHL rio-treaty withdrawal_proposed 2019-09-27 primary',
    );
  });
  it('still takes the one in the next sentence', () => {
    const body =
      'Peru and Chile signed a landmark accord on Thursday. The Paris Agreement was opened for signature last year.';
    expect(brief(extract(body, '2016-04-23').claims)).toEqual([
      'CHL paris-agreement signed 2016-04-21 primary',
      'PER paris-agreement signed 2016-04-21 primary',
    ]);
  });
  it('looks no further than two sentences', () => {
    const body =
      'Chile said on Friday that it was withdrawing from the regional defence pact. ' +
      'The decision surprised its neighbours. Officials met on Saturday. ' +
      'Chile has been a member of the Inter-American Treaty of Reciprocal Assistance for decades.';
    expect(brief(extract(body, '2019-09-28').claims).filter((c) => c.includes('withdrawal'))).toEqual([]);
  });
});
