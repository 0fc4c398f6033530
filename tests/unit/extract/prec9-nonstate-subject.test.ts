// Round 9, precision: the subject before the verb is a person, a description of a state or a counted group of
// unnamed states; a state named only after the verb (in an object, an oblique or another clause) is not the actor.
// Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';
const claimsOf = (text: string, title?: string) => triples(extract(text, PUB, title).claims);

describe('a state after the verb is not the act of a subject named before it', () => {
  it('a known leader: "Trump made his decision to withdraw ... after Russia refused"', () => {
    expect(
      claimsOf(
        'Earlier this week, Trump made his decision to withdraw from the ABM Treaty after Russia refused to amend it.',
      ),
    ).toEqual(['USA abm-treaty withdrawal_proposed']);
  });

  it('a description of the article\'s state: "The island nation ratified ... after Japan offered help"', () => {
    expect(
      claimsOf(
        'The island nation ratified the Ottawa Convention in 2003 after Japan offered help with demining.',
        'Palau marks twenty years in the mine ban',
      ),
    ).toEqual(['PLW ottawa-convention joined']);
  });

  it('a counted group of unnamed states: "Three African countries agreed to leave ..., calling it a French project"', () => {
    expect(
      claimsOf('Three African countries agreed on Monday to leave the Rome Statute, calling it a French project.'),
    ).toEqual([]);
  });

  it('a titled person: "Minister Novak signed the Convention ..., a ban Peru has long backed"', () => {
    expect(
      claimsOf(
        'Minister Novak signed the Convention on Cluster Munitions, a ban Peru has long backed.',
        'Slovenia signs',
      ),
    ).not.toContain('PER cluster-munitions-convention signed');
  });
});

describe('keeps the states that do act', () => {
  it('"the minister signed the convention on behalf of Slovenia"', () => {
    expect(claimsOf('Minister Novak signed the Convention on Cluster Munitions on behalf of Slovenia.')).toEqual([
      'SVN cluster-munitions-convention signed',
    ]);
  });

  it('a state before the verb still acts: "Kenya ratified the treaty after Japan offered help"', () => {
    expect(claimsOf('Kenya ratified the Ottawa Convention in 2003 after Japan offered help with demining.')).toEqual([
      'KEN ottawa-convention joined',
    ]);
  });

  it('a passive with its agent after the verb: "The convention was signed by Peru"', () => {
    expect(claimsOf('The Convention on Cluster Munitions was signed by Peru on Monday.')).toEqual([
      'PER cluster-munitions-convention signed',
    ]);
  });
});

describe('a named person whose verb is followed by "his" or "her"', () => {
  it('"Ruiz announced his country\'s departure from the pact after Cuba objected"', () => {
    expect(
      claimsOf(
        "Peru has long criticised the Rio Treaty. Ruiz announced his country's departure from the pact after " +
          'Cuba objected.',
      ),
    ).toEqual(['PER rio-treaty withdrawal_proposed']);
  });
});
