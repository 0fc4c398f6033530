// Companion lists: states named after the act with "along with", "alongside" or "together with" share it.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-05-10T10:00:00Z';

describe('companions after the act', () => {
  it('gives the act to a colon list after "along with N of its members"', () => {
    const body =
      'Germany dropped its objections and ratified the Arms Trade Treaty, along with four other European states: ' +
      'Austria, Belgium, Greece and Sweden.';
    expect(triples(extract(body, PUB).claims)).toEqual([
      'AUT arms-trade-treaty joined',
      'BEL arms-trade-treaty joined',
      'DEU arms-trade-treaty joined',
      'GRC arms-trade-treaty joined',
      'SWE arms-trade-treaty joined',
    ]);
  });
  it('gives the act to states after "alongside ... including"', () => {
    const body =
      'Chile also signed the Arms Trade Treaty, alongside Peru and several sponsors of the draft — including Bolivia, ' +
      'Ecuador and Paraguay.';
    expect(triples(extract(body, PUB).claims)).toEqual([
      'BOL arms-trade-treaty signed',
      'CHL arms-trade-treaty signed',
      'ECU arms-trade-treaty signed',
      'PER arms-trade-treaty signed',
      'PRY arms-trade-treaty signed',
    ]);
  });
  it('gives the act to "together with" states', () => {
    const body = 'Kenya ratified the Arms Trade Treaty together with Ghana.';
    expect(triples(extract(body, PUB).claims)).toEqual([
      'GHA arms-trade-treaty joined',
      'KEN arms-trade-treaty joined',
    ]);
  });
  it('does not give it to states after a contrast', () => {
    const body = 'Kenya ratified the Arms Trade Treaty along with Ghana, but Nigeria and Togo have not yet done so.';
    expect(triples(extract(body, PUB).claims)).toEqual([
      'GHA arms-trade-treaty joined',
      'KEN arms-trade-treaty joined',
    ]);
  });
  it('does not read "along with" a non-state thing as a companion state', () => {
    const body = "Kenya signed the Arms Trade Treaty, along with a protocol on Uganda's border.";
    expect(triples(extract(body, PUB).claims)).toEqual(['KEN arms-trade-treaty signed']);
  });
});

describe('companions of a subject outside the state list', () => {
  it('gives the act to the listed member states of a union', () => {
    const body =
      'The Andean Community, after some hesitation, became a firm backer and signed the Arms Trade Treaty, ' +
      'along with three of its members: Bolivia, Ecuador and Peru.';
    expect(triples(extract(body, PUB).claims)).toEqual([
      'BOL arms-trade-treaty signed',
      'ECU arms-trade-treaty signed',
      'PER arms-trade-treaty signed',
    ]);
  });
});
