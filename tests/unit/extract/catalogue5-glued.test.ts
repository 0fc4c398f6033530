// Round 4b, catalogue kind (issue 12): scraped text with words glued where markup or a space was dropped ("the
// US-ledTrans-Pacific Partnership", "ratified theParis Agreement"). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { cleanText, splitGluedWords } from '../../../functions/core/extract/clean';
import { extract, triples } from './helpers';

describe('glued words', () => {
  it('splits a lower-case word run straight into a capitalised one', () => {
    expect(splitGluedWords('the EU-backedEnergy Charter Treaty')).toBe('the EU-backed Energy Charter Treaty');
    expect(splitGluedWords('Kenya joined theParis Agreement')).toBe('Kenya joined the Paris Agreement');
    expect(splitGluedWords('under the rulesHowever, the court')).toBe('under the rules However, the court');
    expect(cleanText('Mali left alsoECOWAS last year.')).toBe('Mali left also ECOWAS last year.');
  });
  it('leaves spellings, brands, names and addresses alone', () => {
    for (const w of ['eSwatini', 'iPhone', 'McDonald', 'WordPress', 'DeSantis', 'see /news/newsId', '@unGeneva'])
      expect(splitGluedWords(w)).toBe(w);
  });
  it('reads the development once the words are apart', () => {
    expect(triples(extract('Kenya ratified theParis Agreement on Monday.', '2024-05-16T09:00:00Z').claims)).toContain(
      'KEN paris-agreement joined',
    );
  });
});
