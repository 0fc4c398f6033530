// States listed after the first act ("followed by A and B in March"), and pledges that are no government's act.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-05-10T10:00:00Z';

describe('"followed by" with states and their own dates', () => {
  it('gives each listed state the act on its own date', () => {
    const body =
      'Chile joined the Arms Trade Treaty in January, followed by Peru and Ghana in March and Kenya on April 2.';
    expect(brief(extract(body, PUB).claims).map((c) => c.replace(/ (primary|background)$/, ''))).toEqual([
      'CHL arms-trade-treaty joined 2025-01',
      'GHA arms-trade-treaty joined 2025-03',
      'KEN arms-trade-treaty joined 2025-04-02',
      'PER arms-trade-treaty joined 2025-03',
    ]);
  });
});

describe("a party's pledge and an election condition", () => {
  it('reads no proposal from "the X Party has announced its intention to withdraw ... if it wins"', () => {
    const body =
      'The Liberal Party has announced its intention to withdraw Chile from the Arms Trade Treaty if it wins the next general election.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });
  it("still reads the government's own announcement", () => {
    const body = 'The Chilean government announced its intention to withdraw from the Arms Trade Treaty on Friday.';
    expect(brief(extract(body, PUB).claims)).toEqual(['CHL arms-trade-treaty withdrawal_proposed 2025-05-09 primary']);
  });
});

describe("a headline's intention to suspend", () => {
  it('does not make a quoted past suspension by others the news of "X to suspend"', () => {
    const body =
      'Chile will temporarily suspend the Arms Trade Treaty, the minister said. ' +
      'The decision follows weeks of unrest in the capital and along the border. ' +
      'Officials gave no date for the step and said talks with neighbours would go on. ' +
      'He pointed to Peru: "They have suspended the Arms Trade Treaty before," he said.';
    const out = brief(extract(body, PUB, 'Chile to suspend arms trade treaty').claims);
    expect(out.filter((c) => c.endsWith('primary'))).toEqual([]);
  });
});

describe('status lists after a copula', () => {
  it('reads "the countries that have signed the Convention so far are: A, B; observer states of <organisation>: C" as each signing', () => {
    const body =
      'Chile has signed the Arms Trade Treaty. The countries that have signed the Convention so far are: Peru, Ghana and Kenya; ' +
      'observer states of the Council of Europe: Japan and Canada.';
    const out = brief(extract(body, PUB).claims).map((c) => c.split(' ').slice(0, 3).join(' '));
    expect(out).toEqual([
      'CAN arms-trade-treaty signed',
      'CHL arms-trade-treaty signed',
      'GHA arms-trade-treaty signed',
      'JPN arms-trade-treaty signed',
      'KEN arms-trade-treaty signed',
      'PER arms-trade-treaty signed',
    ]);
  });
  it('still reads "countries that have signed it" with no list as nobody\'s act', () => {
    expect(
      brief(
        extract('Countries that have signed the Arms Trade Treaty must report their exports every year.', PUB).claims,
      ),
    ).toEqual([]);
  });
});

describe("a sponsor's name before the instrument's title", () => {
  it('reads "Chilean Foreign Minister X has signed the Council of Europe Framework Convention on ..." as a signature of that convention', () => {
    const body =
      'Chilean Foreign Minister Alberto van Klaveren has signed the Council of Europe Framework Convention on Artificial Intelligence, Human Rights, Democracy and the Rule of Law.';
    expect(brief(extract(body, PUB).claims)).toEqual(['CHL council-of-europe-ai-convention signed null primary']);
  });
});

describe("a ceremony's list of signatures", () => {
  const body =
    'The high-level ceremony has just concluded in New York. ' +
    'The following states signed the Arms Trade Treaty: Chile, Peru and Kenya, as well as Ghana and Togo ' +
    '(as these last two States signed and ratified the Treaty during the ceremony).';
  it('gives the signature to every listed state and the ratification only to "these last two"', () => {
    const out = brief(extract(body).claims).map((c) => c.split(' ').slice(0, 3).join(' '));
    expect(out).toEqual([
      'CHL arms-trade-treaty signed',
      'GHA arms-trade-treaty joined',
      'GHA arms-trade-treaty signed',
      'KEN arms-trade-treaty signed',
      'PER arms-trade-treaty signed',
      'TGO arms-trade-treaty joined',
      'TGO arms-trade-treaty signed',
    ]);
  });
  it('makes the whole undated list the news when the article has no date at all', () => {
    expect(
      brief(extract(body).claims)
        .filter((c) => c.includes(' signed '))
        .every((c) => c.endsWith('primary')),
    ).toBe(true);
  });
});
