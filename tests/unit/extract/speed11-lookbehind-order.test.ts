// Round 11 (speed): three cues put their word before their look-behinds (a look-behind first is tried at every
// position of a sentence). Same matches as the look-behind-first forms they replace, on invented sentences.
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_CUES } from '#core/extract/instrument-signing';
import { NOTICE_CUES } from '#core/extract/notice-cues';

const cue = (list: { id: string; re: RegExp }[], id: string) => list.find((c) => c.id === id)!.re;
// The forms before the change, rebuilt from the new sources by moving the look-behind back in front.
const lookBehindFirst = (re: RegExp, word: string) =>
  new RegExp(re.source.replace(`\\b(?=${word})`, '').replace(`(?<t>${word})`, `\\b(?<t>${word})`), re.flags);
const hits = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0], m.groups?.t]);

const SENTENCES = [
  'The instrument of ratification was signed by the president on Monday.',
  'Instruments of accession were Signed in the capital.',
  'An instrument of approval has been cosigned by the minister.',
  'The parliament denounced the Harbour Convention on Tuesday.',
  'Lawmakers of Freedonia have unanimously denounced the Treaty.',
  'The lower house, after a long debate, denounced the Accord.',
  'A law that "denounced the Charter was repealed.',
  'Freedonia denounced the River Treaty in 2020.',
  'The parliament denounced the Treaty as an outdated relic.',
];

describe('cues whose word comes before their look-behinds', () => {
  for (const [id, re, word] of [
    ['J24b', cue(INSTRUMENT_CUES, 'J24b'), 'signed'],
    ['N11', cue(NOTICE_CUES, 'N11'), 'denounced'],
    ['N11c', cue(NOTICE_CUES, 'N11c'), 'denounced'],
  ] as const) {
    it(`${id} matches where its look-behind-first form does`, () => {
      const old = lookBehindFirst(re, word);
      expect(old.source).not.toBe(re.source);
      for (const s of SENTENCES) expect(hits(re, s)).toEqual(hits(old, s));
      expect(SENTENCES.some((s) => hits(re, s).length)).toBe(true);
    });
  }
});
