// Round 8, lead: two general forms met while checking the round's catalogue promotions. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2022-04-21T09:00:00Z';

describe('an instrument of no stated kind, deposited for a treaty', () => {
  it('is a deposit for joining when the sentence says nothing of leaving', () => {
    const r = extract('Beijing deposited its instrument for the Chemical Weapons Convention on Thursday.', PUB);
    expect(triples(r.claims)).toEqual(['CHN cwc joined']);
  });

  it('is still a notice when the sentence speaks of withdrawal', () => {
    const r = extract('Moscow deposited its instrument for withdrawal from the CFE Treaty on Friday.', PUB);
    expect(triples(r.claims)).toEqual(['RUS cfe-treaty withdrawal_notified']);
  });

  it('leaves documents handed over in a withdrawal story to the notice rules', () => {
    const r = extract(
      'Lithuania decided to leave the Ottawa Convention. Its foreign ministry filed the documents with the UN on Friday.',
      PUB,
    );
    expect(triples(r.claims)).toContain('LTU ottawa-convention withdrawal_notified');
  });
});

describe('a state "suspended from" an organisation', () => {
  it('is the organisation acting: no suspension by the state (a headline passive)', () => {
    const r = extract('The decision was taken at a meeting in London.', PUB, 'Fiji suspended from Commonwealth');
    expect(triples(r.claims)).toEqual([]);
  });

  it('keeps a state suspending its own membership', () => {
    const r = extract('Mali suspended its membership of ECOWAS on Monday.', PUB);
    expect(triples(r.claims)).toEqual(['MLI ecowas-treaty suspended']);
  });
});
