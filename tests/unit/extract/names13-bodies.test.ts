// Round 13, bodies outside the catalogue (branch names13-r13). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const of = (text: string) => triples(extract(text, PUB).claims);

describe('an international bank or a regional court is a body states join or leave', () => {
  it.each([
    [
      'Chile withdrew from the International Investment Bank on Monday.',
      'CHL provisional-instrument-investment-bank withdrawal_effective',
    ],
    [
      'Chile left the Asian Development Bank on Monday.',
      'CHL provisional-instrument-asian-development-bank withdrawal_effective',
    ],
    [
      'On Monday Chile left the Lima-based International Bank for Economic Co-operation (IBEC).',
      'CHL provisional-instrument-bank-economic-cooperation withdrawal_effective',
    ],
    [
      "Bolivia's Senate voted on Monday to withdraw the country from the Inter-American Court of Human Rights.",
      'BOL provisional-instrument-interamerican-court-human-right withdrawal_approved',
    ],
  ])('%s', (sentence, claim) => {
    expect(of(sentence)).toEqual([claim]);
  });
  it('does not read a national court or a lender as a body joined or left', () => {
    expect(of('Chile withdrew its appeal from the Supreme Court on Monday.')).toEqual([]);
    expect(of('Chile left the World Bank meeting on Monday.')).toEqual([]);
    expect(of('The World Bank said on Monday that Chile had left the talks.')).toEqual([]);
  });
  it('keeps a bank named inside the instrument that founds it as a word of that instrument', () => {
    const ids = of(
      'On Monday Chile denounced the Agreement on the establishment of the International Investment Bank.',
    ).map((t) => t.split(' ')[1]);
    expect(ids).not.toContain('provisional-instrument-investment-bank');
  });
});

describe('"the court" after a court is named refers back to that court', () => {
  it('reads the court, not an organisation named since', () => {
    expect(
      of(
        'Bolivia accepted the jurisdiction of the Inter-American Court of Human Rights in 1993. The court belongs to the system of the Organization of American States. On Monday Bolivia withdrew from the court.',
      ),
    ).toContain('BOL provisional-instrument-interamerican-court-human-right withdrawal_effective');
  });
  it('takes the full name for a short one used in another sentence', () => {
    expect(
      of(
        'Bolivia withdrew from the Inter-American Court on Monday. Critics of the Inter-American Court of Human Rights welcomed the move.',
      ),
    ).toEqual(['BOL provisional-instrument-interamerican-court-human-right withdrawal_effective']);
  });
});

describe('a state that terminated its membership of a body has left it', () => {
  it.each([
    [
      'Chile terminated its membership of the International Investment Bank on Monday.',
      'CHL provisional-instrument-investment-bank withdrawal_effective',
    ],
    ['Chile ended its membership in the OAS on Monday.', 'CHL oas-charter withdrawal_effective'],
  ])('%s', (sentence, claim) => {
    expect(of(sentence)).toEqual([claim]);
  });
  it('does not read a membership that was renewed or discussed as ended', () => {
    expect(of('Chile renewed its membership in the OAS on Monday.')).toEqual(['CHL oas-charter joined']);
  });
});

describe('who leads or owns a body is no word of its name', () => {
  it.each([
    'Moldova suspended its participation in the EU-led Eastern Partnership initiative on Monday.',
    "Moldova suspended its participation in the EU's Eastern Partnership on Monday.",
    'Moldova suspended its participation in the Eastern Partnership initiative on Monday.',
  ])('%s', (sentence) => {
    expect(of(sentence)).toEqual(['MDA provisional-instrument-eastern-partnership suspended']);
  });
  it('still reads an organisation before another noun as qualifying it', () => {
    expect(of('Moldova suspended its part in the African Union initiative on Monday.')).toEqual([]);
  });
});

describe('a catalogue alias in lower case (the lead, round 13)', () => {
  it('reads "the plutonium disposal agreement" as the plutonium disposition agreement', () => {
    expect(of('Moscow suspended the plutonium disposal agreement with the United States on Monday.')).toEqual([
      'RUS plutonium-disposition-agreement suspended',
    ]);
  });
});
