import { describe, expect, it } from 'vitest';
import { actionLabel, alertSubject, formatDate, noveltyBadge, SUBJECT_MAX } from '#emails/index';
import { disputedDate, lithuaniaApproval, ukraineDecree } from './fixtures.ts';

describe('alertSubject', () => {
  it('names one development by state, furthest stage, treaty and short date', () => {
    expect(alertSubject([ukraineDecree()])).toBe(
      'Ukraine: withdrawal decreed from the Ottawa Convention (29 Jun 2025)',
    );
    expect(alertSubject([lithuaniaApproval()])).toBe(
      'Lithuania: parliament approved withdrawal from the Convention on Cluster Munitions (Jul 2024)',
    );
    expect(alertSubject([ukraineDecree({ actions: ['joined'], date: null })])).toBe(
      'Ukraine: joined the Ottawa Convention',
    );
    expect(alertSubject([disputedDate()])).toMatch(/\[disputed\]$/);
  });

  it('counts several developments and names them', () => {
    expect(alertSubject([ukraineDecree(), lithuaniaApproval()])).toBe(
      '2 treaty developments: Ukraine (Ottawa Convention), Lithuania (Convention on Cluster Munitions)',
    );
  });

  it('never contains CR/LF or other control characters', () => {
    const s = alertSubject([
      ukraineDecree({ stateName: 'Ukraine\r\nBcc: a@b.c', treatyName: 'Ottawa\nConvention\u0000' }),
    ]);
    expect(s).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(s).toBe('Ukraine Bcc: a@b.c: withdrawal decreed from the Ottawa Convention (29 Jun 2025)');
  });

  it(`is capped at ${SUBJECT_MAX} characters with an ellipsis`, () => {
    const many = Array.from({ length: 12 }, (_, n) => ukraineDecree({ stateName: `State number ${n}` }));
    const s = alertSubject(many);
    expect(Array.from(s).length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(s.endsWith('…')).toBe(true);
    expect(s.startsWith('12 treaty developments: State number 0 (Ottawa Convention)')).toBe(true);
  });
});

describe('human-friendly wording', () => {
  it('formats partial dates', () => {
    expect(formatDate('2025-06-29')).toBe('29 June 2025');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate(null)).toBe('date not stated');
    expect(formatDate('2025-02-30')).toBe('date not stated');
    expect(formatDate('<b>')).toBe('date not stated');
  });

  it('labels actions and novelty for people', () => {
    expect(actionLabel('withdrawal_decreed')).toBe('withdrawal decreed');
    expect(actionLabel('joined')).toBe('joined (ratification/accession)');
    expect(noveltyBadge('NEW').label).toBe('NEW');
    expect(noveltyBadge('ADVANCE').label).toBe('ADVANCE');
    expect(noveltyBadge('CONFLICT').label).toBe('DISPUTED');
  });
});
