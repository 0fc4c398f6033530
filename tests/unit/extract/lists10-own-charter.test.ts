// Round 6b (gazetteer.ts, names only): "the Council of Europe's charter", "the ICC's founding treaty" name the
// organisation's own founding instrument (its constitution's record), while "the Council of Europe's Convention on
// X" or "the WHO's pandemic agreement" is another instrument the organisation sponsors.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);

describe("an organisation's own charter or founding treaty", () => {
  it('reads "withdrew from the Council of Europe\'s charter" as the Statute', () => {
    expect(out("Chile withdrew from the Council of Europe's charter on Monday.")).toEqual([
      'CHL council-of-europe-statute withdrawal_effective',
    ]);
  });
  it('reads "quit the ICC\'s founding treaty" as the Rome Statute', () => {
    expect(out("Chile quit the ICC's founding treaty on Monday.")).toEqual(['CHL rome-statute withdrawal_effective']);
  });
  it('keeps a sponsored instrument apart from the constitution', () => {
    expect(out("Chile ratified the Council of Europe's convention on cybercrime on Monday.")).not.toContain(
      'CHL council-of-europe-statute joined',
    );
  });
});

describe('a charter on a subject is not the founding instrument', () => {
  it('gives no constitution for "the Council of Europe\'s charter on local self-government"', () => {
    expect(out("Chile ratified the Council of Europe's charter on local self-government on Monday.")).not.toContain(
      'CHL council-of-europe-statute joined',
    );
  });
});
