// Round 10, names: instruments outside the catalogue and short names of catalogued ones, as reporting writes them.
// Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { findTreaties } from '../../../functions/core/extract/gazetteer';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { catalogueIdOfName } from '../../../local/extract-score';
import { extract, gz, triples } from './helpers';

const PUB = '2024-05-15T09:00:00Z';
const claimsOf = (text: string) => triples(extract(text, PUB).claims);
const treatiesOf = (text: string) => findTreaties(text, gz).map((m) => m.treaty);

describe('several states that "have become parties to" an instrument', () => {
  it('reads the plural and the article-less legal style', () => {
    expect(claimsOf('Fiji, Tonga and Samoa have officially become parties to the Treaty of Valdor.')).toEqual([
      `FJI ${provisionalTreatyId('Treaty of Valdor')} joined`,
      `TON ${provisionalTreatyId('Treaty of Valdor')} joined`,
      `WSM ${provisionalTreatyId('Treaty of Valdor')} joined`,
    ]);
    expect(claimsOf('Fiji and Tonga became members of the Andean Community on Monday.')).toEqual([
      'FJI andean-community joined',
      'TON andean-community joined',
    ]);
    expect(claimsOf('Fiji became party to the Treaty of Valdor on Monday.')).toEqual([
      `FJI ${provisionalTreatyId('Treaty of Valdor')} joined`,
    ]);
  });
  it('not parties to a conflict', () => {
    expect(claimsOf('Fiji and Tonga became parties to the conflict after the Treaty of Valdor failed.')).toEqual([]);
  });
});

describe('bilateral investment treaties named as a class', () => {
  const bits = provisionalTreatyId('Bilateral Investment Treaties');
  it('reads the class name and its acronym as one instrument', () => {
    expect(treatiesOf('Fiji signed bilateral investment treaties (BITs) with nine states.')).toEqual([bits, bits]);
    expect(claimsOf('Fiji denounced its bilateral investment treaties on Monday.')).toEqual([
      `FJI ${bits} withdrawal_notified`,
    ]);
    expect(claimsOf("Fiji's parliament approved the termination of seven BITs on Monday.")).toEqual([
      `FJI ${bits} withdrawal_approved`,
    ]);
  });
  it('not a model text or talks', () => {
    expect(treatiesOf('Fiji published its Model BIT on Monday and opened BIT negotiations.')).toEqual([]);
  });
});

describe('ending a treaty by terminating it', () => {
  it('"said it would terminate", "announced plans to terminate"', () => {
    expect(claimsOf('Fiji said on Monday it would terminate its extradition treaty with Tonga.')).toEqual([
      `FJI ${provisionalTreatyId('extradition treaty with Tonga')} withdrawal_proposed`,
    ]);
    expect(claimsOf('Fiji announced plans to terminate the Treaty of Valdor.')).toEqual([
      `FJI ${provisionalTreatyId('Treaty of Valdor')} withdrawal_proposed`,
    ]);
  });
  it("an organ ending a state's membership is no act of that state", () => {
    expect(
      claimsOf("The Committee of Ministers of the Council of Europe decided to terminate Fiji's membership rights."),
    ).toEqual([]);
  });
});

describe('short names and bodies of catalogued instruments', () => {
  it('"the Community of Andean Nations", "the Agreement on the Establishment of the CIS"', () => {
    expect(claimsOf('Fiji announced on Monday that it is pulling out of the Community of Andean Nations.')).toEqual([
      'FJI andean-community withdrawal_proposed',
    ]);
    expect(treatiesOf('Moldova will denounce the Agreement on the Establishment of the CIS.')).toEqual(['cis-charter']);
  });
  it('the African Union and the IAEA where a state joins or leaves them, not as depositary or author', () => {
    expect(claimsOf('The African Union on Monday admitted Fiji as its 56th member state.')).toEqual([
      'FJI african-union-constitutive-act joined',
    ]);
    expect(claimsOf('Fiji announced on Monday its withdrawal from the International Atomic Energy Agency.')).toEqual([
      'FJI iaea-statute withdrawal_proposed',
    ]);
    expect(treatiesOf('The Valdor Protocol was adopted by the African Union in 2003.')).not.toContain(
      'african-union-constitutive-act',
    );
    expect(treatiesOf('The instrument will then be sent to the African Union for verification.')).toEqual([]);
  });
  it('scores labels that name the body under its founding instrument', () => {
    expect(catalogueIdOfName('International Atomic Energy Agency', gz)).toBe('iaea-statute');
    expect(catalogueIdOfName('African Union', gz)).toBe('african-union-constitutive-act');
  });
  it('one id for a convention whether or not its body owns it in the name', () => {
    expect(provisionalTreatyId("the IMO's Ballast Water Management Convention")).toBe(
      provisionalTreatyId('Ballast Water Management Convention'),
    );
  });
});
