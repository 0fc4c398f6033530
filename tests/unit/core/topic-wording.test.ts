import { describe, expect, it } from 'vitest';
import { describeTopics, matchReasonFor } from '#core/subscriber';

const names = {
  treaty: (t: string) => ({ 'ottawa-convention': 'Ottawa Convention', 'rome-statute': 'Rome Statute' })[t] ?? t,
  state: (s: string) => ({ UKR: 'Ukraine' })[s] ?? s,
};

describe('topic wording says a development needs to match any one choice, not all', () => {
  it('describes a request (confirmation e-mail, check-your-inbox page)', () => {
    expect(describeTopics(['TOPIC#treaty:ottawa-convention', 'TOPIC#state:UKR'], 'instant', names)).toBe(
      'Developments about any of: Ottawa Convention; Ukraine — instant alerts',
    );
    expect(describeTopics(['TOPIC#treaty:rome-statute'], 'daily', names)).toBe(
      'Developments about Rome Statute — a daily digest',
    );
    expect(describeTopics(['TOPIC#all'], 'weekly', names)).toBe('Every treaty and every state — a weekly digest');
  });

  it('says why an e-mail came: what matched, among choices any one of which is enough', () => {
    const reason = matchReasonFor(
      { topics: ['TOPIC#treaty:ottawa-convention', 'TOPIC#state:UKR', 'TOPIC#treaty:rome-statute'] },
      [{ state: 'UKR', treaty: 'ottawa-convention' }],
      names,
    );
    expect(reason).toBe(
      'You follow developments about any of your chosen treaties and states; this matched: Ottawa Convention; Ukraine',
    );
    expect(matchReasonFor({ topics: ['TOPIC#all'] }, [{ state: 'UKR', treaty: 'ottawa-convention' }], names)).toBe(
      'You follow every treaty and every state',
    );
  });
});
