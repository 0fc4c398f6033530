// Round 10: "the nuclear weapon ban treaty" (singular "weapon") names the TPNW, not the test-ban treaty named before (the
// role here follows the undated lead; only the treaty is at issue).
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

describe('the nuclear weapon ban treaty', () => {
  it('is the TPNW even after the CTBT is named', () => {
    expect(
      brief(
        extract(
          'Palau has signed the Comprehensive Nuclear-Test-Ban Treaty of 1996. Palau ratified the nuclear weapon ' +
            'ban treaty on Friday.',
          '2020-10-25T10:00:00Z',
        ).claims,
      ).filter((x) => x.includes('joined')),
    ).toEqual(['PLW tpnw joined 2020-10-23 background']);
  });
});
