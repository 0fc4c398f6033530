// Round 7b lists (sentences.ts): states laid out one per line after a lead-in that ends in a colon or "are" (a bullet
// list, numbered lines, a line per state, perhaps with a date or a remark after the name) are one enumeration of the
// lead-in's sentence. A list whose lead-in states no act, or a plan, gives nothing.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../functions/core/extract/sentences';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);
const att = (isos: string[], action: string) => isos.map((x) => `${x} arms-trade-treaty ${action}`).sort();

describe("states laid out one per line are the lead-in sentence's list", () => {
  it('reads a bullet list after "The countries that ratified T are:"', () => {
    expect(out('The countries that ratified the Arms Trade Treaty this week are:\n- Chile\n- Peru\n- Ghana')).toEqual(
      att(['CHL', 'PER', 'GHA'], 'joined'),
    );
  });
  it('reads numbered lines with a date after each name', () => {
    expect(
      out(
        'The states that have signed the Arms Trade Treaty so far are:\n1. Chile 3/4/25\n2. Peru 5/4/25\n3. Ghana 7/4/25',
      ),
    ).toEqual(att(['CHL', 'PER', 'GHA'], 'signed'));
  });
  it('reads plain lines with a remark after the name, and a lead-in without a colon', () => {
    expect(
      out(
        'Last month the Arms Trade Treaty gained two members. The countries that joined it in April were\n' +
          'Chile, after a vote in its senate\nPeru, by decree of its president.\nThe next review is in June.',
      ),
    ).toEqual(att(['CHL', 'PER'], 'joined'));
  });
  it('gives nothing when the lead-in states no act, or one not yet done', () => {
    expect(out('The countries that have not ratified the Arms Trade Treaty are:\n- Chile\n- Peru')).toEqual([]);
    expect(out('Delegates to the Arms Trade Treaty meeting came from:\n- Chile\n- Peru\n- Ghana')).toEqual([]);
  });
  it('joins only a run of short lines after a lead-in, and keeps each line as well', () => {
    expect(splitSentences('Members are:\nChile\nPeru, by decree\nThe review is in June.')).toEqual([
      'Members are: Chile and Peru.',
      'Chile',
      'Peru, by decree',
      'The review is in June.',
    ]);
    expect(splitSentences('Read more:\nA long headline about a treaty and its many parties in the news')).toEqual([
      'Read more:',
      'A long headline about a treaty and its many parties in the news',
    ]);
  });
});
