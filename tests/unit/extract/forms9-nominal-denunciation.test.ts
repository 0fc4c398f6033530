// A state's denunciation named by its noun, after a word that takes it as done: "regrets A's denunciation of T" (the
// notice given: notified), "regrets the entry into force of A's denunciation of T" (the stage word decides: effective).
// A withdrawal noun after a regret names no stage ("regrets A's withdrawal from T": a proposal as often as a notice),
// and a call to reconsider a denunciation, or a prospect, is no act.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-06-10T10:00:00Z';

describe('a denunciation named by its noun, its stage decided by the words around it', () => {
  it('reads "expressed regret over A\'s denunciation of T" as the notice', () => {
    const body =
      "The committee expressed deep regret over Peru's denunciation of the American Convention on Human Rights.";
    expect(triples(extract(body, PUB, 'Rights body reacts').claims)).toEqual([
      'PER american-convention-human-rights withdrawal_notified',
    ]);
  });
  it('reads "regrets the entry into force of A\'s denunciation of T" as the withdrawal taking effect', () => {
    const body =
      "The commission regrets the entry into force of Peru's denunciation of the American Convention on Human Rights.";
    expect(triples(extract(body, PUB, 'Rights body reacts').claims)).toEqual([
      'PER american-convention-human-rights withdrawal_effective',
    ]);
  });
  it('does not read a call to reconsider, a bare withdrawal noun or a prospect as an act', () => {
    const a = 'The committee urged Peru to reconsider its denunciation of the American Convention on Human Rights.';
    expect(triples(extract(a, PUB, 'Rights body').claims)).toEqual([]);
    const b = "The committee expressed regret over Peru's withdrawal from the American Convention on Human Rights.";
    expect(triples(extract(b, PUB, 'Rights body').claims)).toEqual([]);
    const c = 'Lawyers fear the entry into force of a denunciation of the American Convention on Human Rights by Peru.';
    expect(triples(extract(c, PUB, 'Rights body').claims)).toEqual([]);
  });
});
