import { describe, expect, it } from 'vitest';
import { candidatesOf, NONE } from '../../../local/learned/candidates';
import { applyReadings, readerFromJSON, readPairs, type Thresholds, trainReader } from '../../../local/learned/reader';
import type { Claim } from '../../../functions/core/model';
import { gz } from './helpers';

const OFF = Number.POSITIVE_INFINITY;
const NO: Thresholds = { add: OFF, relabel: OFF, second: OFF };

describe('learned reader: candidates', () => {
  it('pairs a state and a treaty named in one sentence, with the rules found there as features', () => {
    const body = 'Lithuania ratified the Ottawa Convention on Tuesday. The weather was mild.';
    const [c, ...rest] = candidatesOf(body, undefined, gz, []);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ state: 'LTU', treaty: 'ottawa-convention', sIdx: 0, headline: false });
    expect(c.features).toContain('rule:none');
    expect(c.features).toContain('order:state-first');
    expect(c.features.some((f) => f.startsWith('cue-act:'))).toBe(true);
  });
  it('marks the headline, the rules own claim for the pair, and a negation', () => {
    const claims = [{ state: 'LTU', treaty: 'ottawa-convention', action: 'joined' as const }];
    const cands = candidatesOf('Nothing else.', 'Lithuania will not leave the Ottawa Convention', gz, claims);
    expect(cands).toHaveLength(1);
    expect(cands[0].headline).toBe(true);
    expect(cands[0].features).toEqual(expect.arrayContaining(['place:headline', 'rule:joined', 'neg', 'modal']));
  });
  it('finds no candidate in a sentence that names no treaty', () => {
    expect(candidatesOf('Lithuania held an election on Sunday.', undefined, gz, [])).toEqual([]);
  });
});

// A tiny invented training set: the reader must learn that "deposit" reads as joined and "weather" as nothing.
const joined = ['rule:none', 'b:deposit', 'b:instrument', 'cue-act:joined', 'gap:near'];
const nothing = ['rule:none', 'b:weather', 'b:visit', 'gap:far'];
const examples = [
  ...Array.from({ length: 6 }, (_, i) => ({ features: [...joined, `x:${i}`], label: 'joined' })),
  ...Array.from({ length: 6 }, (_, i) => ({ features: [...nothing, `y:${i}`], label: NONE })),
];

describe('learned reader: model', () => {
  it('reads a confident invented case as the expected action, an irrelevant one as none', () => {
    const r = trainReader(examples);
    expect(r.odds(['rule:none', 'b:deposit', 'cue-act:joined'])[0][0]).toBe('joined');
    expect(r.odds(['rule:none', 'b:weather', 'gap:far'])[0][0]).toBe(NONE);
  });
  it('loads from its exported JSON and reads the same', () => {
    const r = trainReader(examples);
    const back = readerFromJSON(r.json());
    expect(back.odds(joined)).toEqual(r.odds(joined));
  });
});

describe('learned reader: uses after the rules', () => {
  const r = trainReader(examples);
  const readers = { unclaimed: r, claimed: r };
  const cand = (state: string, rule: string) => ({
    state,
    treaty: 'ottawa-convention',
    sIdx: 1,
    headline: false,
    features: [...joined.filter((f) => f !== 'rule:none'), rule],
    evidence: 'invented',
  });
  const rule: Claim = {
    state: 'LTU',
    treaty: 'ottawa-convention',
    action: 'signed',
    date: null,
    role: 'primary',
    evidence: 'invented',
  };
  it('adds a claim for an unclaimed pair only at or over its threshold', () => {
    const readings = readPairs([cand('LVA', 'rule:none')], readers);
    expect(applyReadings([], readings, NO)).toEqual([]);
    const added = applyReadings([], readings, { ...NO, add: 0 });
    expect(added.map((c) => `${c.state} ${c.action} ${c.role}`)).toEqual(['LVA joined primary']);
  });
  it('re-labels a lone rule claim, or adds a second action beside it', () => {
    const readings = readPairs([cand('LTU', 'rule:signed')], readers);
    expect(applyReadings([rule], readings, { ...NO, relabel: 0 }).map((c) => c.action)).toEqual(['joined']);
    expect(applyReadings([rule], readings, { ...NO, second: 0 }).map((c) => c.action)).toEqual(['signed', 'joined']);
  });
});
