// Round 6 lists (state-lists.ts): the list that names a plural subject stands in a neighbouring sentence — the next
// one ("... was signed among its five founding countries. Founding countries include A, B ..."), the one after a
// sentence naming no state, or the one before ("Member countries (A, B and C) of the forum ... As a result, the states
// who form the forum have decided to withdraw"). Lists that did not act give nothing.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);
const att = (isos: string[], action: string) => isos.map((x) => `${x} arms-trade-treaty ${action}`).sort();

describe('the next sentence names the count that acted', () => {
  it('reads "signed among its N countries. <Noun> countries include A, B ..."', () => {
    expect(
      out(
        'The Arms Trade Treaty was signed on Sunday among its five founding countries. ' +
          'Founding countries include Chile, Peru, Ghana, Kenya and Norway.',
      ),
    ).toEqual(att(['CHL', 'PER', 'GHA', 'KEN', 'NOR'], 'signed'));
  });
  it('reads the list over one sentence that names no state', () => {
    expect(
      out(
        'The Arms Trade Treaty was signed in Lima on Thursday by ministers from its five signatory countries. ' +
          'The deal aims to curb the arms trade among states in the region. ' +
          'These include Chile, Peru, Ghana, Kenya and Norway.',
      ),
    ).toEqual(att(['CHL', 'PER', 'GHA', 'KEN', 'NOR'], 'signed'));
  });
  it('gives nothing for a next sentence that names others', () => {
    expect(out('Five countries signed the Arms Trade Treaty on Monday. Its critics include Chile and Peru.')).toEqual(
      [],
    );
    expect(
      out('Five countries signed the Arms Trade Treaty on Monday. The countries that refused include Chile and Peru.'),
    ).toEqual([]);
  });
});

describe('the sentence before names the members a plural subject stands for', () => {
  it('reads "Member countries (A, B and C) of X ... the states who form X have decided to withdraw"', () => {
    expect(
      out(
        'Member countries (Chile, Peru and Ghana) of the Andean Forum have rejected pressure from arms makers. ' +
          'As a result, the states who form the forum have decided to withdraw together from the Arms Trade Treaty.',
      ),
    ).toEqual(att(['CHL', 'PER', 'GHA'], 'withdrawal_proposed'));
  });
  it('gives nothing for states named there for another reason, or a subject that has yet to act', () => {
    expect(
      out('Chile and Peru criticised the talks. The member states signed the Arms Trade Treaty on Monday.'),
    ).toEqual([]);
    expect(
      out(
        'Member countries (Chile and Peru) met on Monday. The member states have yet to ratify the Arms Trade Treaty.',
      ),
    ).toEqual([]);
  });
});
