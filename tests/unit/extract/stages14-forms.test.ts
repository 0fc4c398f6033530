// Round-14 stage kind: an exit carried out on the head of state's orders is his decree. Invented sentences of the same
// structure as the reporting. (The present "takes effect" on the day and the addressee "told of the decision", one
// article each, are on branch stages14-extra; see docs/detection-rounds.md.)
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2021-06-11T10:00:00Z'; // a Friday
const got = (body: string, title = 'Treaty news', pub = PUB) => triples(extract(body, pub, title).claims);

describe("an exit on the head of state's orders", () => {
  it('reads "is withdrawing ... on President X\'s orders" as the decree, not a proposal', () => {
    const c = got(
      "Chile's foreign ministry said it is withdrawing its signature from the Rome Statute on President Ana Ruiz's orders.",
    );
    expect(c).toContain('CHL rome-statute withdrawal_decreed');
    expect(c).not.toContain('CHL rome-statute withdrawal_proposed');
  });
  it('reads "on the orders of the president" as the decree', () => {
    expect(
      got(
        'The Chilean foreign ministry announced on Wednesday, on the orders of the president, that Chile withdraws from the Rome Statute.',
      ),
    ).toContain('CHL rome-statute withdrawal_decreed');
  });
});
