import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/core/extract/clean';
import { splitSentences } from '../../../functions/core/extract/sentences';
import { brief, extract } from './helpers';

// An elision mark inside a quoted sentence ("a decree... signed by") leaves words out; it does not end the
// sentence, and the words on both sides are still one clause. Sentences invented.
describe('an elision mark inside a sentence', () => {
  it('keeps "a decree... signed by" one clause: the decree is what was signed', () => {
    const body =
      'Moldova ends its participation in the Aarhus Convention. ' +
      '"This is laid down by a decree... signed by President Maia Sandu on 3 May," the office said.';
    expect(brief(extract(body, '2024-05-04').claims)).toEqual([
      'MDA aarhus-convention withdrawal_decreed 2024-05-03 primary',
    ]);
  });
  it('reads a spaced elision ("the order … approved by") the same way', () => {
    expect(cleanText('It is set out in an order … approved by the cabinet.')).toBe(
      'It is set out in an order approved by the cabinet.',
    );
  });
  it('leaves an elision before a capital, and a trailing one, as they are', () => {
    expect(splitSentences(cleanText('The talks stalled... Ministers left on Friday.'))).toHaveLength(2);
    expect(cleanText('The list goes on...')).toBe('The list goes on...');
  });
});
