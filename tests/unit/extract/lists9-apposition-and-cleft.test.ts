// Round 6 lists (state-lists.ts): a list in apposition to any plural noun for states ("the member countries, A, B
// and C, signed"; "eleven States, namely A, B and C, that have ratified"), a list that names one the gazetteer does
// not know ("A, the Narnian Republic, B and C"), and a pseudo-cleft ("The countries that have ratified T are A, B
// and C"). Lists of states that did not act give nothing.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';
const out = (body: string) => triples(extract(body, PUB).claims);
const att = (isos: string[], action: string) => isos.map((x) => `${x} arms-trade-treaty ${action}`).sort();

describe('a list in apposition to a plural noun for states is the subject', () => {
  it('reads "the member countries, A, B, C and D, signed"', () => {
    expect(
      out(
        'At the summit on Friday, the member countries, Chile, Peru, Ecuador and Colombia, signed the Arms Trade Treaty.',
      ),
    ).toEqual(att(['CHL', 'PER', 'ECU', 'COL'], 'signed'));
  });
  it('reads "The founding members — A, B and C — signed"', () => {
    expect(out('The founding members — Chile, Peru and Ghana — signed the Arms Trade Treaty on Monday.')).toEqual(
      att(['CHL', 'PER', 'GHA'], 'signed'),
    );
  });
  it('reads "nine states, namely A, B, ... that have ratified", over a name it does not know', () => {
    expect(
      out(
        'There are now nine states, namely Chile, Peru, the Narnian Republic, Ghana and Kenya that have ratified ' +
          'the Arms Trade Treaty since it opened.',
      ),
    ).toEqual(att(['CHL', 'PER', 'GHA', 'KEN'], 'joined'));
  });
  it('gives nothing for a list that has yet to act, or one set against the actors', () => {
    expect(out('Its neighbours, Chile and Peru, have yet to ratify the Arms Trade Treaty.')).toEqual([]);
    expect(out('The member countries, unlike Chile and Peru, have not ratified the Arms Trade Treaty.')).toEqual([]);
    expect(out('Its partners, Chile and Peru, would sign the Arms Trade Treaty only later.')).toEqual([]);
  });
  it('gives nothing for states named as places', () => {
    expect(out('The talks, held in Chile and Peru, ended before the Arms Trade Treaty was signed.')).toEqual([]);
  });
});

describe('a list of states keeps going over a name the gazetteer does not know', () => {
  it('reads "A, B, the Narnian Republic, C and D acceded"', () => {
    expect(
      out('Chile, Peru, the Narnian Republic, Ghana and Kenya acceded to the Arms Trade Treaty on Monday.'),
    ).toEqual(att(['CHL', 'PER', 'GHA', 'KEN'], 'joined'));
  });
});

describe('a pseudo-cleft names the states that acted: "The countries that have ratified T are A, B and C"', () => {
  it('reads "The countries that have ratified T so far are A, B and C"', () => {
    expect(out('The countries that have ratified the Arms Trade Treaty so far are Chile, Peru and Ghana.')).toEqual(
      att(['CHL', 'PER', 'GHA'], 'joined'),
    );
  });
  it('reads "The states that deposited ... include: A, B and C"', () => {
    expect(
      out(
        'The states that deposited their instruments of ratification of the Arms Trade Treaty this year ' +
          'include: Chile, Peru and Ghana.',
      ),
    ).toEqual(att(['CHL', 'PER', 'GHA'], 'joined'));
  });
  it('gives nothing for the states that did not, will or were urged to act', () => {
    expect(out('The countries that have not ratified the Arms Trade Treaty are Chile and Peru.')).toEqual([]);
    expect(out('The countries that have yet to sign the Arms Trade Treaty include Chile and Peru.')).toEqual([]);
    expect(out('The countries that will ratify the Arms Trade Treaty next are Chile and Peru.')).toEqual([]);
    expect(out('The countries urged to ratify the Arms Trade Treaty are Chile and Peru.')).toEqual([]);
  });
});
