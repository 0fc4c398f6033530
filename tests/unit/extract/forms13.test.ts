// Round 13 joining forms: the depositary receiving a state's instrument ("received A's instrument of accession";
// "A's instrument ... was received"), "is officially the 30th NATO member", a welcome "as the 110th party", the ordinal
// actor with a place and an adverb ("the first country in the world to formally approve"), and a legislature that
// "agreed to ratify". Sentences invented.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const acts = (body: string) => brief(extract(body, PUB).claims).map((c) => c.replace(/ (primary|background)$/, ''));
const ATT = 'KEN arms-trade-treaty joined 2025-05-06';

describe('joining forms (round 13)', () => {
  it('gives a received instrument to its possessor, not to the depositary', () => {
    expect(
      acts(
        'The United States, as the depositary, received Montenegro’s instrument of accession to the North Atlantic Treaty on 6 May.',
      ),
    ).toEqual(['MNE north-atlantic-treaty joined 2025-05-06']);
    expect(
      acts(
        'The Secretary-General received the Republic of Kenya’s instrument of ratification of the Arms Trade Treaty on 6 May.',
      ),
    ).toEqual([ATT]);
    expect(
      acts('Kenya’s instrument of ratification of the Arms Trade Treaty and its declarations were received on 6 May.'),
    ).toEqual([ATT]);
  });
  it('reads the state welcomed as the Nth member, not a planned welcome', () => {
    expect(
      acts('"We are delighted to welcome Kenya as the 110th state party to the Arms Trade Treaty," she said on 6 May.'),
    ).toEqual([ATT]);
    expect(
      acts(
        'The Secretary-General welcomed the Republic of Kenya as the 110th party to the Arms Trade Treaty on 6 May.',
      ),
    ).toEqual([ATT]);
    expect(acts('The chair will welcome Kenya as the 110th party to the Arms Trade Treaty in June.')).toEqual([]);
    expect(acts('We look forward to welcoming Kenya as the 110th party to the Arms Trade Treaty.')).toEqual([]);
  });
  it('reads "is officially" a member and an ordinal before an acronym', () => {
    expect(acts('Montenegro is officially the 29th NATO member-state.')).toEqual([
      'MNE north-atlantic-treaty joined null',
    ]);
    expect(acts('Montenegro is officially a candidate for NATO.')).toEqual([]);
    expect(
      acts('Moldova is officially the 35th member of the Council of Europe to ratify the Istanbul Convention.'),
    ).not.toContain('MDA council-of-europe-statute joined null');
  });
  it('reads the ordinal actor with a place and an adverb, and a legislature that agreed to ratify', () => {
    expect(acts('Kenya has become the first country in Africa to formally approve the Arms Trade Treaty.')).toEqual([
      'KEN arms-trade-treaty joined null',
    ]);
    expect(acts('Kenya’s parliament unanimously agreed to ratify the Arms Trade Treaty on 6 May.')).toEqual([ATT]);
    expect(acts('Kenya agreed to ratify the Arms Trade Treaty on 6 May.')).toEqual([]);
  });
});
