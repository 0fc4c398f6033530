// Round 4, catalogue kind (issue 12): a text hard-wrapped at a fixed width (wire copy, plain-text archives) breaks
// names and sentences across lines; its lines are one paragraph again. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/core/extract/clean';
import { splitSentences } from '../../../functions/core/extract/sentences';
import { extract, triples } from './helpers';

const WRAPPED = [
  'The ratification of the International Covenant on Economic, Social',
  'and Cultural Rights shows that the government takes its obligations',
  'seriously, a rights scholar said on Thursday. Chile ratified the',
  'International Covenant on Economic, Social and Cultural Rights on',
  'Wednesday in a unanimous vote of the Senate, after a long debate.',
  'The lawmakers had debated the text for several months before the',
  'vote, and the foreign ministry welcomed the decision in a short',
  'statement released to the press on the same afternoon.',
].join('\n');

describe('hard-wrapped text', () => {
  it('joins the wrapped lines, so a name and a sentence are whole', () => {
    const s = splitSentences(cleanText(WRAPPED));
    expect(s[0]).toMatch(
      /^The ratification of the International Covenant on Economic, Social and Cultural Rights shows/,
    );
    expect(s).toHaveLength(3);
  });
  it('reads the development the wrapped sentence reports', () => {
    const x = extract(WRAPPED, '2024-05-16T09:00:00Z');
    expect(triples(x.claims)).toContain('CHL icescr joined');
  });
  it('leaves ordinary paragraphs and short heading lines alone', () => {
    const text = 'Treaty news\nChile ratified the covenant on Wednesday.\nThe vote was unanimous.';
    expect(splitSentences(cleanText(text))).toEqual([
      'Treaty news',
      'Chile ratified the covenant on Wednesday.',
      'The vote was unanimous.',
    ]);
  });
});
