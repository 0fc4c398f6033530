// Quotation marks around a verb phrase ('has "acceded to" the convention', 'was “immediately” suspending') do not
// break the cue, and the claim's evidence keeps the article's own words with their quotation marks.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';
import { unquotePhrases } from '../../../functions/core/extract/quoted-phrases';

const PUB = '2024-06-10T10:00:00Z';

describe('quotation marks around a verb phrase', () => {
  it('reads \'has "acceded to" the convention\' as joining, with the quotes kept in the evidence', () => {
    const body = 'Officials said Peru has "acceded to" the Minamata Convention on Mercury.';
    const claims = extract(body, PUB, 'Mercury treaty news').claims;
    expect(triples(claims)).toEqual(['PER minamata-convention joined']);
    expect(claims[0].evidence).toContain('"acceded to"');
  });
  it('reads "its “definitive withdrawal” from the treaty" like the unquoted phrase', () => {
    const quoted = 'Peru announced its “definitive withdrawal” from the Arms Trade Treaty on Monday.';
    const plain = 'Peru announced its definitive withdrawal from the Arms Trade Treaty on Monday.';
    expect(triples(extract(quoted, PUB, 'Arms treaty news').claims)).toEqual(
      triples(extract(plain, PUB, 'Arms treaty news').claims),
    );
  });
  it('keeps offsets and leaves quoted names and whole quotations alone', () => {
    const s =
      'Peru has "acceded to" the pact; the minister said "We Are Ready" and "we signed it in full today at last".';
    const out = unquotePhrases(s);
    expect(out).toHaveLength(s.length);
    expect(out).toContain(' acceded to  the pact');
    expect(out).toContain('"We Are Ready"');
    expect(out).toContain('"we signed it in full today at last"');
  });
});
