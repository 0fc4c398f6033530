// Forms that look like an act but are not one (precision), with invented sentences.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-18T10:00:00Z';
const acts = (body: string) => brief(extract(body, PUB).claims).map((c) => c.split(' ').slice(0, 3).join(' '));

describe('no act', () => {
  it('"Chile, joined by Peru and Ghana, said ..." is company, not accession', () => {
    expect(
      acts('Chile, joined by Peru and Ghana, said last year that it would not accept new Kyoto Protocol commitments.'),
    ).toEqual([]);
  });
  it('"the withdrawal becomes effective one year after written notification is sent" is a rule, not a notice', () => {
    expect(
      acts(
        'Under Article 127 of the Rome Statute, the withdrawal becomes effective one year after written notification is sent to the UN Secretary-General.',
      ),
    ).toEqual([]);
  });
  it('"signed it into force" is the law, not a signature of the treaty', () => {
    expect(
      acts('Chile left the Arms Trade Treaty last year. Its president signed it into force in May.').filter((c) =>
        c.endsWith('signed'),
      ),
    ).toEqual([]);
  });
  it('"was signed by a government which lacked legitimacy" names no state', () => {
    expect(
      acts('The ministry said the Arms Trade Treaty was signed by a government which lacked popular legitimacy.'),
    ).toEqual([]);
  });
  it('an executive order "to reverse the previous administration\'s withdrawal" is no withdrawal decree, even said far after the verb', () => {
    expect(
      acts(
        "President Boric signed an executive order at the palace just hours after being sworn in, to reverse the previous government's withdrawal from the Arms Trade Treaty.",
      ),
    ).toEqual([]);
  });
});
