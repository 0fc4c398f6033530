import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

// Published on Thursday 10 July 2025.
const PUB = '2025-07-10T18:00:00+03:00';
const dateOf = (body: string, published: string | undefined = PUB) =>
  extract(body, published).claims.map((c) => c.date);

describe('dates are resolved against the publication day', () => {
  it('resolves a weekday to the latest such day on or before publication', () => {
    expect(
      dateOf('Greece notified the UN Secretary-General on Monday of its exit from the Ottawa Convention.'),
    ).toEqual(['2025-07-07']);
  });
  it('resolves "late on Thursday" on a Thursday to that day', () => {
    expect(dateOf('Greece lodged its notice of withdrawal from the Ottawa Convention late on Thursday.')).toEqual([
      '2025-07-10',
    ]);
  });
  it('resolves "last Thursday" to the week before', () => {
    expect(dateOf("Greece's parliament approved the withdrawal from the Ottawa Convention last Thursday.")).toEqual([
      '2025-07-03',
    ]);
  });
  it('gives vague spans ("last week", "earlier this month") month precision', () => {
    expect(dateOf("Greece's parliament approved leaving the Ottawa Convention last week.")).toEqual(['2025-07']);
    expect(dateOf("Greece's parliament approved leaving the Ottawa Convention earlier this month.")).toEqual([
      '2025-07',
    ]);
  });
  it('places a day and month without a year in the past year when needed', () => {
    expect(dateOf("Greece's parliament approved the withdrawal from the Ottawa Convention on 19 June.")).toEqual([
      '2025-06-19',
    ]);
    expect(dateOf("Greece's parliament approved the withdrawal from the Ottawa Convention on 19 December.")).toEqual([
      '2024-12-19',
    ]);
  });
  it('keeps bare years as years ("back in 2005", "in 2003")', () => {
    expect(dateOf('The Greek parliament ratified the Ottawa Convention back in 2003.')).toEqual(['2003']);
  });
  it('gives "last autumn" year precision only', () => {
    expect(
      dateOf(
        'Greece lodged its notice with the United Nations last autumn; the notice concerned the Ottawa Convention.',
        '2025-03-07T10:00:00Z',
      ),
    ).toEqual(['2024']);
  });
  it('gives null for a range ("between 2000 and 2004")', () => {
    expect(dateOf('Mali, Niger and Chad ratified the Rome Statute between 2000 and 2004.')).toEqual([null, null, null]);
  });
  it('does not take a treaty\'s own year ("the 1997 treaty") for the event', () => {
    expect(dateOf('Greece ratified the 1997 Ottawa Convention.')).toEqual([null]);
  });
});

describe('publication date inference (no header)', () => {
  it('takes a dateline near the top as the publication day', () => {
    const r = extract(
      'Greece quits mine treaty\n\nJune 29, 2025\n\nGreece on Sunday signed a decree to leave the Ottawa Convention.',
    );
    expect(r.published).toBe('2025-06-29');
    expect(r.publishedInferred).toBe(true);
    expect(r.claims[0].date).toBe('2025-06-29');
  });
  it('uses the latest full date as a lower bound, without resolving weekdays from it', () => {
    const r = extract(
      'Greece signed a decree on Sunday to leave the Ottawa Convention. Greece ratified the convention on March 3, 2003, and the convention entered into force on March 1, 1999.',
    );
    expect(r.published).toBe('2003-03-03');
    expect(r.publishedInferred).toBe(true);
    expect(r.claims.find((c) => c.action === 'withdrawal_decreed')?.date).toBeNull();
  });
  it('reads a numeric dateline ("Kyiv • 29.06.2025 • 14:32")', () => {
    const r = extract('Kyiv • 29.06.2025 • 14:32\n\nGreece on Sunday signed a decree to leave the Ottawa Convention.');
    expect(r.published).toBe('2025-06-29');
    expect(r.claims[0].date).toBe('2025-06-29');
  });
  it('reports no publication date when the text has no full date', () => {
    const r = extract('Greece signed a decree to leave the Ottawa Convention.');
    expect(r.published).toBeNull();
    expect(r.publishedInferred).toBe(false);
  });
});
