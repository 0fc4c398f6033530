// Round 8, precision: an organisation named as the venue of a signing ("signed at a meeting of the CIS Council of
// Heads of State") or framing another instrument ("nine CIS agreements") is not what a later sentence's act without
// an object refers to. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { framingOrg } from '../../../functions/core/extract/org-roles';
import { extract, gz, triples } from './helpers';

const PUB = '2024-03-08T09:00:00Z';

describe('an organisation as venue or frame is no referent for the next sentence', () => {
  it('"signed at a meeting of the CIS Council of Heads of State", then "the bill to formalize the withdrawal"', () => {
    const text =
      'The Georgian government has decided to withdraw from the Agreement on Joint Air Defence Drills, signed at a ' +
      'meeting of the Commonwealth of Independent States (CIS) Council of Heads of State in 1995. ' +
      "The bill to formalize the withdrawal has been submitted to the country's parliament.";
    expect(triples(extract(text, PUB).claims).filter((t) => t.includes('cis-charter'))).toEqual([]);
  });

  it('"nine CIS agreements", then "the withdrawal"', () => {
    const text =
      'Georgia has denounced nine CIS agreements since January. A bill on the withdrawal was submitted to parliament.';
    expect(triples(extract(text, PUB).claims).filter((t) => t.includes('cis-charter'))).toEqual([]);
  });

  it('keeps the organisation as referent when it is the object', () => {
    const text =
      'Georgia announced its decision to leave the Commonwealth of Independent States. ' +
      'The bill on the withdrawal was submitted to parliament on Tuesday.';
    expect(triples(extract(text, PUB).claims).filter((t) => t.includes('cis-charter')).length).toBeGreaterThan(0);
  });
});

describe('a clause after the organisation is no sponsor phrase', () => {
  it('"joining the East African Community (EAC) after signing a treaty of accession" does not frame a treaty', () => {
    const text = 'Kenya moved closer to joining the East African Community (EAC) after signing a treaty of accession.';
    const orgs = findTreaties(text, gz).filter((m) => m.org);
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.some((m) => framingOrg(text, m))).toBe(false);
  });

  // Since round 8's name reader (names8) an organisation before a plural instrument noun is no organisation mention
  // at all; either way "three ILO conventions" must not be read as the ILO's constitution.
  it('"three ILO conventions" does', () => {
    const text = 'Kenya ratified three ILO conventions.';
    const orgs = findTreaties(text, gz).filter((m) => m.org);
    expect(orgs.every((m) => framingOrg(text, m))).toBe(true);
    expect(triples(extract(text, PUB).claims)).toEqual([]);
  });
});
