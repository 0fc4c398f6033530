import { describe, expect, it } from 'vitest';
import { bmpSafe, bmpTwin } from '../../../functions/core/extract/bmp-twins';
import { CUES, findCues } from '../../../functions/core/extract/cues';

// Invented sentences outside ASCII: dashes, accented names, Greek and Cyrillic letters, quotes.
const SENTENCES = [
  'The Seimas — after a long debate — ratified the convention on Tuesday, Vílnius said.',
  'Côte d’Ivoire’s parliament voted to withdraw from the treaty – the first such vote.',
  'Łódź officials said the government would leave the agreement … next year.',
  'President Šimonytė signed a decree on the withdrawal of Lithuania from the Ottawa Convention.',
  'Ελλάδα acceded to the protocol, and Україна notified the depositary of its withdrawal.',
  'The Ministry said «the country has denounced the convention», officials in Kraków added.',
  'Malmö’s mayor welcomed Sweden’s decision to ratify — a step approved by the Riksdag.',
];

const hitsOf = (re: RegExp, s: string) => {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push([m.index, m[0]]);
    if (!m[0]) re.lastIndex = m.index + 1;
  }
  return out;
};

describe('cue patterns without the u flag outside ASCII (bmp-twins.ts)', () => {
  it('reads Latin, Greek and Cyrillic sentences with dashes, and not other scripts, astral characters or ſ', () => {
    for (const s of SENTENCES) expect(bmpSafe(s)).toBe(true);
    expect(bmpSafe('The treaty 条约 was ratified.')).toBe(false);
    expect(bmpSafe('Ratified 🎉 today.')).toBe(false);
    expect(bmpSafe('The ſtate ratified it.')).toBe(false);
  });

  it('matches every cue exactly as the original pattern does', () => {
    let twins = 0;
    for (const def of CUES) {
      const twin = bmpTwin(def.re);
      if (!twin) continue;
      twins++;
      expect(twin.unicode).toBe(false);
      for (const s of SENTENCES) expect(hitsOf(twin, s), `${def.id}: ${s}`).toEqual(hitsOf(def.re, s));
    }
    expect(twins).toBeGreaterThan(CUES.length / 2);
  });

  // (\b sees no boundary before "Š", a non-word character to JavaScript with or without u: the match starts at "i".)
  it('spells \\p{L} with the accented letters: a name with a diacritic stays one word', () => {
    const re = new RegExp(String.raw`\b[\p{Lu}][\p{L}]+\s+(?<t>ratified)\b`, 'giu');
    bmpSafe('é');
    const twin = bmpTwin(re)!;
    expect(twin).not.toBeNull();
    expect(hitsOf(twin, 'Then Šimonytė ratified it.')).toEqual([[6, 'imonytė ratified']]);
    expect(hitsOf(twin, 'Then Šimonytė ratified it.')).toEqual(hitsOf(re, 'Then Šimonytė ratified it.'));
  });

  it('finds the same cues in such sentences as the patterns with the u flag', () => {
    const found = SENTENCES.map((s) => findCues(s).map((h) => [h.def.id, h.start, h.end, h.trigger]));
    expect(found.flat().length).toBeGreaterThan(3);
    for (const [k, s] of SENTENCES.entries()) {
      const direct: [string, number, number, number][] = [];
      for (const def of CUES)
        for (const [at, text] of hitsOf(def.re, s)) direct.push([def.id, at, at + text.length, -1]);
      const ids = (xs: (string | number)[][]) => xs.map((x) => `${x[0]}@${x[1]}-${x[2]}`).sort();
      // findCues applies its gates (stems, a legislature): each of its hits is one the plain patterns find.
      for (const id of ids(found[k])) expect(ids(direct)).toContain(id);
    }
  });
});
