import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-11 date kinds: a list page whose day is written in a sentence with a collective subject. Sentences invented.
const primary = (body: string, published?: string, title?: string) =>
  brief(extract(body, published, title).claims).filter((c) => !c.includes(' background'));

describe('a collective subject dates the states a list names', () => {
  it('gives the listed signatories the day of "All five Andean countries on ... signed"', () => {
    const body =
      'All five Andean countries on 12 March 2024 signed the Minamata Convention in Lima, Peru.\n' +
      'The convention was signed by Bolivia, Colombia, Ecuador, Chile and Venezuela.';
    const got = primary(body, undefined, 'Andean nations sign the Minamata Convention');
    for (const iso of ['BOL', 'COL', 'ECU', 'CHL', 'VEN'])
      expect(got).toContain(`${iso} minamata-convention signed 2024-03-12 primary`);
  });
  it('gives them the report\'s day of "today\'s ceremony, about 20 countries have signed"', () => {
    const body =
      'Three Pacific countries - Fiji, Tonga and Samoa - signed the Minamata Convention in Suva.\n' +
      "With today's ceremony, about 20 countries have signed the convention, the minister said.";
    const got = primary(body, '2024-05-02', 'Three Pacific countries sign the Minamata Convention');
    for (const iso of ['FJI', 'TON', 'WSM'])
      expect(got).toContain(`${iso} minamata-convention signed 2024-05-02 primary`);
  });
  it('does not date a sole actor by a tally of other countries', () => {
    const body =
      'Fiji signed the Minamata Convention in Suva.\n' +
      'Some 20 countries signed the convention on 3 March 2024, the ministry said.';
    expect(primary(body, '2024-05-02', 'Fiji signs the Minamata Convention')).not.toContain(
      'FJI minamata-convention signed 2024-03-03 primary',
    );
  });
  it('does not take the day of a collective act on another instrument', () => {
    const body =
      'Fiji, Tonga and Samoa signed the Minamata Convention in Suva.\n' +
      'All three countries on 3 March 2024 signed the Paris Agreement in New York.';
    const got = primary(body, '2024-05-02', 'Three Pacific countries sign the Minamata Convention');
    expect(got).not.toContain('FJI minamata-convention signed 2024-03-03 primary');
  });
  it("does not take the day of the same states' other announcement that names no instrument", () => {
    const body =
      'The governments of Fiji, Tonga and Samoa on Tuesday announced their withdrawal from the Minamata Convention.\n' +
      'On 2 May 2021, the three countries announced the creation of a regional fisheries council.';
    const got = primary(body, undefined, 'Fiji, Tonga and Samoa leave the Minamata Convention');
    expect(got).not.toContain('FJI minamata-convention withdrawal_proposed 2021-05-02 primary');
  });
});
