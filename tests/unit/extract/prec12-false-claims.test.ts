// Round 12 false claims, on small texts of our own: a decree or law about another matter, the officer of an
// organisation receiving a notice, observer status, "sign up to", a state closing a fronted phrase, and a pronoun
// whose antecedent is the last sentence's subject.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const one = (body: string, title?: string) => brief(extract(body, PUB, title).claims);
const acts = (body: string, title?: string) => triples(extract(body, PUB, title).claims);

describe('a decree or law whose own content is another matter', () => {
  it('is no withdrawal step when a gerund after it names no exit', () => {
    expect(
      acts(
        'Chile left the Paris Agreement in 2024. On Monday, President Rojas signed an executive order raising duties on imported copper.',
      ),
    ).toEqual(['CHL paris-agreement withdrawal_effective']);
    expect(
      acts(
        'Peru announced its withdrawal from the American Convention on Human Rights. In May, President Rojas signed the law on pardoning police officers accused of abuses.',
      ),
    ).toEqual(['PER american-convention-human-rights withdrawal_proposed']);
    expect(
      acts(
        'Canada left the Kigali Amendment in 2019. Last year, the prime minister issued an executive order asking parliament to ratify the Kigali Amendment.',
      ).filter((c) => c.includes('decreed')),
    ).toEqual([]);
  });
  it('keeps a decree that ends, suspends or enacts a decision', () => {
    expect(acts('Putin signed a decree ending Russia’s participation in the Open Skies Treaty.')).toEqual([
      'RUS open-skies-treaty withdrawal_decreed',
    ]);
    expect(
      acts(
        'Ukraine decided not to renew the Treaty of Friendship, Cooperation and Partnership with Russia. On 17 September, President Poroshenko signed a decree enacting that decision.',
      ),
    ).toContain('UKR ukraine-russia-friendship-treaty withdrawal_decreed');
  });
});

describe('an organisation whose officer receives a notice', () => {
  it('is not the instrument denounced', () => {
    const got = acts(
      'Venezuela denounced the American Convention on Human Rights in 2012. On 10 September 2012, the Secretary General of the Organization of American States (OAS) received the notice of denunciation from Venezuela.',
    );
    expect(got.filter((c) => c.includes('oas-charter'))).toEqual([]);
    expect(got).toContain('VEN american-convention-human-rights withdrawal_notified');
  });
});

describe('observer status', () => {
  it('is no joining, in a headline or in an approval', () => {
    expect(one('The vote was close.', 'Kazakh Parliament Approves EAEU Observer Status')).toEqual([]);
    expect(
      one(
        'In March, the parliament approved the proposal on Tajikistan’s accession to the Eurasian Economic Union as an observer state.',
      ),
    ).toEqual([]);
  });
});

describe('"sign up to" after a list of states', () => {
  it('is joining, not a signature', () => {
    expect(
      acts('Fiji and Tonga have become the latest States to sign up to the Ballast Water Management Convention.'),
    ).toEqual(['FJI ballast-water-convention joined', 'TON ballast-water-convention joined']);
  });
});

describe('a state in a fronted phrase', () => {
  it('is not a subject listed with the one after the comma', () => {
    expect(
      acts('Despite protests from France, the United States withdrew from the Paris Agreement on Thursday.'),
    ).toEqual(['USA paris-agreement withdrawal_effective']);
  });
});

describe('a pronoun opening a sentence', () => {
  it('is the subject of the last sentence, not the article’s state', () => {
    expect(
      acts(
        'Hungary will suspend parts of the European Convention on Human Rights, its justice minister said. “Belgium declared an emergency as well. And they suspended the ECHR under Article 15 of the convention,” he said.',
      ),
    ).toEqual(['BEL echr suspended']);
  });
});
