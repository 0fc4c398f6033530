import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../functions/core/extract/sentences';
import { givenPublished } from '../../../functions/core/extract/published';
import { extractClaims } from '../../../functions/core/extract/index';
import { extract, gz } from './helpers';

// Date kinds seen in real reporting (issue 11); every sentence here is invented.
const dates = (body: string, published?: string) => extract(body, published).claims.map((c) => `${c.action} ${c.date}`);

describe('the publication date the page gives', () => {
  it('reads a month-only publication date as a month ("2019-03"), not as its first day', () => {
    expect(givenPublished('2019-03')).toEqual({ date: { y: 2019, m: 3, d: 1 }, precision: 'month' });
    // "on 22 March" in a March article is that March, not the year before.
    expect(dates('Greece ratified the Ottawa Convention on 22 March.', '2019-03')).toEqual(['joined 2019-03-22']);
  });
  it('counts "a year ago" from a month-only publication date', () => {
    expect(dates('Greece announced it was withdrawing from the Ottawa Convention a year ago.', '2019-03')).toEqual([
      'withdrawal_proposed 2018',
    ]);
    expect(givenPublished(undefined, 'https://news.example/nachrichten-2018-12/4542-greece-quits.htm')).toEqual({
      date: { y: 2018, m: 12, d: 1 },
      precision: 'month',
    });
  });
  it('counts "last year" from a month-only publication date', () => {
    expect(
      dates('Greece completed its withdrawal from the Ottawa Convention in November last year.', '2021-06'),
    ).toEqual(['withdrawal_effective 2020-11']);
  });
  it('gives a weekday or "yesterday" the month of a month-only publication date', () => {
    expect(dates('Greece formally left the Ottawa Convention on Sunday.', '2019-03')).toEqual([
      'withdrawal_effective 2019-03',
    ]);
    expect(dates("Greece's parliament voted yesterday to leave the Ottawa Convention.", '2019-03')).toEqual([
      'withdrawal_approved 2019-03',
    ]);
  });
  it('takes the date from the address when the page has no header date', () => {
    expect(givenPublished(undefined, 'https://news.example/world/2019/03/17/greece-leaves-treaty')).toEqual({
      date: { y: 2019, m: 3, d: 17 },
      precision: 'day',
    });
    expect(givenPublished(undefined, 'https://news.example/2019/03/greece-leaves-treaty')).toEqual({
      date: { y: 2019, m: 3, d: 1 },
      precision: 'month',
    });
    expect(givenPublished(undefined, 'https://news.example/greece-leaves-treaty-20190317.html')).toBeNull();
    expect(givenPublished(undefined, 'https://news.example/news/20190317/greece')).toEqual({
      date: { y: 2019, m: 3, d: 17 },
      precision: 'day',
    });
    const r = extractClaims(
      { body: 'Greece formally left the Ottawa Convention on Sunday.', url: 'https://news.example/2019/03/17/greece' },
      gz,
    );
    expect(r.claims.map((c) => c.date)).toEqual(['2019-03-17']);
  });
  it('reads a time stamp at the head of the text as the page date, not the event date', () => {
    expect(splitSentences('date 2025-10-31 The parliament has voted to leave the convention.')).toEqual([
      'date 2025-10-31',
      'The parliament has voted to leave the convention.',
    ]);
    const r = extract('date 2025-10-31 The Greek parliament has voted to withdraw from the Istanbul Convention.');
    expect(r.published).toBe('2025-10-31');
  });
});

describe('the lower bound of an undated page', () => {
  it('is not raised by a date the text puts ahead ("is set to take effect on December 31, 2026")', () => {
    const r = extract(
      'Greece announced its withdrawal from the Ottawa Convention. The decision was made public on May 4, 2025. ' +
        "Greece's withdrawal is set to take effect on December 31, 2026, under the convention's rules.",
    );
    expect(r.published).toBe('2025-05-04');
  });
});

describe('yearless dates', () => {
  it('lets the weekday choose the year of a yearless date ("On Saturday, January 10")', () => {
    // No header: the latest full date (July 2025) is only a lower bound; 10 January is a Saturday in 2026.
    const body =
      "The UN received Greece's instrument of withdrawal from the Ottawa Convention on July 10, 2025. " +
      'On Saturday, January 10, Greece officially left the Ottawa Convention.';
    expect(extract(body).claims.find((c) => c.action === 'withdrawal_effective')?.date).toBe('2026-01-10');
  });
  it('does not date "December 27 last year" from a lower bound on the publication date', () => {
    const body =
      "The UN received Greece's notice on July 10, 2025. On December 27 last year, Cyprus and Malta also left the Ottawa Convention.";
    expect(
      extract(body)
        .claims.filter((c) => c.action === 'withdrawal_effective')
        .map((c) => c.date),
    ).toEqual([null, null]);
    expect(dates('On December 27 last year, Cyprus also left the Ottawa Convention.', '2026-01-12')).toEqual([
      'withdrawal_effective 2025-12-27',
    ]);
  });
  it('treats a bare month in a clause about what is to come as ahead ("will resume fishing in July")', () => {
    expect(
      dates(
        'Greece has announced it will leave the Ottawa Convention and will resume mine production in July.',
        '2025-12-26',
      ),
    ).toEqual(['withdrawal_proposed null']);
  });
  it("keeps an announced exit's start month off the announcement when the page has no date", () => {
    expect(dates('Greece announced it would withdraw from the Ottawa Convention by January 2019.')).toEqual([
      'withdrawal_proposed null',
    ]);
    expect(dates('Greece has decided to withdraw from the Ottawa Convention, effective January 2019.')).toEqual([
      'withdrawal_proposed null',
    ]);
  });
});

describe('approximate spans and sentence ends', () => {
  it('gives no date for "more than 20 years ago"', () => {
    expect(dates('Greece joined the Ottawa Convention more than 20 years ago.', '2025-06-04')).toEqual(['joined null']);
    expect(dates('Greece joined the Ottawa Convention 20 years ago.', '2025-06-04')).toEqual(['joined 2005']);
  });
  it('ends a sentence at a footnote mark after the full stop', () => {
    expect(
      splitSentences('Greece gave notice on 6 May 2012.[1] Under Article 78, it takes effect a year later.'),
    ).toEqual(['Greece gave notice on 6 May 2012.[1]', 'Under Article 78, it takes effect a year later.']);
  });
  it('splits sentences glued without a space, but not a site name', () => {
    expect(
      splitSentences('He defended the motion in the parliament.According to him, the war changed everything.'),
    ).toEqual(['He defended the motion in the parliament.', 'According to him, the war changed everything.']);
    expect(splitSentences('Baku, News.Az reports that the vote passed.')).toEqual([
      'Baku, News.Az reports that the vote passed.',
    ]);
  });
});
