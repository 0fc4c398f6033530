// Round-4 alerting kinds from real news (issue 11): a deposit reported after its parliament's vote is the same
// consent, and a withdrawal stage the store dates after the article cannot make the article's news history.
// Claims are invented.
import { describe, expect, it } from 'vitest';
import type { Claim } from '#core/model';
import { applyClaims } from '#core/novelty';
import { emptyTimeline, type Timeline } from '#core/timeline';

const NOW = '2026-01-05T09:00:00.000Z';
const src = (id: string) => ({ articleId: id, label: `${id}.txt` });
const claim = (over: Partial<Claim>): Claim => ({
  state: 'PER',
  treaty: 'minamata-convention',
  action: 'joined',
  date: null,
  role: 'primary',
  evidence: 'x',
  ...over,
});
const empty = (): Timeline => emptyTimeline('PER', 'minamata-convention');
const run = (t: Timeline, claims: Claim[], id: string, published: string | null) =>
  applyClaims(t, claims, src(id), { now: NOW, published });

describe('a joining reported by the news weeks after a domestic ratification the news reported', () => {
  it('is the same consent: the deposit alerts once, with no conflict', () => {
    const vote = run(empty(), [claim({ date: '2024-06-20', role: 'background' })], 'vote', null);
    expect(vote.alert).toBeUndefined();
    const deposit = run(vote.timeline, [claim({ date: '2024-07' })], 'deposit', null);
    expect(deposit.timeline.conflicts).toEqual([]);
    expect(deposit.alert).toMatchObject({ actions: ['joined'], folded: false });
  });
  it('does not alert again when the vote was itself the alerted news', () => {
    const vote = run(empty(), [claim({ date: '2024-06-20' })], 'vote', '2024-06-21');
    expect(vote.alert).toBeDefined();
    const deposit = run(vote.timeline, [claim({ date: '2024-07-18' })], 'deposit', '2024-07-19');
    expect(deposit.timeline.conflicts).toEqual([]);
    expect(deposit.alert).toBeUndefined();
    expect(deposit.decisions[0].novelty).toBe('CORROBORATION');
  });
  it('still holds a joining years apart from the stored one as a conflict', () => {
    const first = run(empty(), [claim({ date: '2012-07-01', role: 'background' })], 'first', null);
    const other = run(first.timeline, [claim({ date: '2009-01-09', role: 'background' })], 'other', null);
    expect(other.decisions[0].novelty).toBe('CONFLICT');
  });
});

describe('a later withdrawal stage the store dates after the article', () => {
  it('does not make a fresh notice history', () => {
    // A text misdated years early mentioned the exit of 2013 in passing; the notice of 2012 is then reported.
    const aside = run(
      empty(),
      [claim({ action: 'withdrawal_effective', date: '2013-09', role: 'background' })],
      'aside',
      '1998-05-26',
    );
    const notice = run(
      aside.timeline,
      [claim({ action: 'withdrawal_notified', date: '2012-09-06' })],
      'n',
      '2012-09-10',
    );
    expect(notice.alert).toMatchObject({ actions: ['withdrawal_notified'] });
  });
  it('still makes an earlier stage history when the later one is dated before the article', () => {
    const exit = run(empty(), [claim({ action: 'withdrawal_effective', date: '2013-09-10' })], 'exit', '2013-09-11');
    const recap = run(exit.timeline, [claim({ action: 'withdrawal_notified', date: '2012-09-06' })], 'r', '2013-10-01');
    expect(recap.alert).toBeUndefined();
    expect(recap.decisions[0].novelty).toBe('KNOWN');
  });
});

describe('an exit reported years after the effect a stored notice scheduled', () => {
  const scheduleFor = (_s: string, _t: string, notified: string) => ({
    notified,
    effective: `${Number(notified.slice(0, 4)) + 1}${notified.slice(4)}`,
    rule: 'one year after the notice',
  });
  const runScheduled = (t: Timeline, claims: Claim[], id: string, published: string) =>
    applyClaims(t, claims, src(id), { now: NOW, published, scheduleFor });
  // The stored notice both cases start from (7 July 2020, effective a year later by the schedule).
  const noticeOf2020 = () =>
    runScheduled(empty(), [claim({ action: 'withdrawal_notified', date: '2020-07-07' })], 'n', '2020-07-07');
  it('is a later withdrawal (the first was revoked, or the state rejoined), not a clash with the schedule', () => {
    const notice = noticeOf2020();
    const exit = runScheduled(
      notice.timeline,
      [claim({ action: 'withdrawal_effective', date: '2026-01-22' })],
      'exit',
      '2026-01-22',
    );
    expect(exit.timeline.conflicts).toEqual([]);
    expect(exit.alert).toMatchObject({ actions: ['withdrawal_effective'] });
  });
  it('still flags an exit months off the scheduled day', () => {
    const notice = noticeOf2020();
    const exit = runScheduled(
      notice.timeline,
      [claim({ action: 'withdrawal_effective', date: '2021-03-01' })],
      'exit',
      '2021-03-02',
    );
    expect(exit.decisions[0].novelty).toBe('CONFLICT');
  });
});
