// Round-14 stage kinds: an exit carried out on the head of state's orders (his decree), the present "takes effect"
// with the day named (the effect on the publication day), and the addressee told of the decision in a passive (the
// notice). Invented sentences of the same structure as the reporting.
import { describe, expect, it } from 'vitest';
import { brief, extract, triples } from './helpers';

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

describe('the present "takes effect" with the day named', () => {
  it('reads "the pullout takes effect on <the publication day>" as the effect that day', () => {
    expect(brief(extract("Peru's pullout from the Rome Statute takes effect on Friday.", PUB).claims)).toContain(
      'PER rome-statute withdrawal_effective 2021-06-11 primary',
    );
  });
  it('reads "today that withdrawal formally takes effect" as the effect', () => {
    expect(
      got(
        'A year ago we announced that Peru was withdrawing from the Rome Statute, and today that withdrawal formally takes effect.',
      ),
    ).toContain('PER rome-statute withdrawal_effective');
  });
  it('does not read another day or a delay as the effect', () => {
    const wed = '2021-06-09T10:00:00Z';
    expect(got("Peru's pullout from the Rome Statute takes effect on Friday.", 'Treaty news', wed)).not.toContain(
      'PER rome-statute withdrawal_effective',
    );
    expect(got('Peru said today that its withdrawal from the Rome Statute takes effect in six months.')).not.toContain(
      'PER rome-statute withdrawal_effective',
    );
  });
});

describe('the addressee told of the decision', () => {
  it('reads "<organisation> was told of the decision" after a decision to leave as the notice', () => {
    expect(
      got(
        'Chile has decided to withdraw from OPEC, the minister said. He added that OPEC was told of the decision on Monday.',
      ),
    ).toContain('CHL opec-statute withdrawal_notified');
  });
  it('does not read news outlets told of it, or a decision with no exit, as the notice', () => {
    expect(
      got('Chile has decided to withdraw from OPEC. He added that news outlets were told of the decision on Monday.'),
    ).not.toContain('CHL opec-statute withdrawal_notified');
    expect(got('Chile has ratified the Ottawa Convention. The UN was told of the decision on Monday.')).not.toContain(
      'CHL ottawa-convention withdrawal_notified',
    );
  });
});
