import { describe, expect, it } from 'vitest';
import { referenceNames, referenceStates } from '#adapters/reference-data';
import { EU_PARTY } from '../../../functions/core/extract/gazetteer';

// The Union is a party the extractor reports (EUU) but no state record: a briefing still names it in words.
describe('the European Union in briefings', () => {
  it('names the EU party in words, without listing it among the states', () => {
    expect(referenceNames.state(EU_PARTY)).toBe('European Union');
    expect(referenceStates.some((s) => s.iso3 === EU_PARTY)).toBe(false);
  });
});
