// A ceremony or milestone of many states: the headline or lead reports the act of a number of states without naming
// them, and the article then names them one by one, undated. Those acts are the news, not restated history.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('acts of many states in the headline or lead', () => {
  it('makes the undated signatures and ratifications named after "multiple states are signing and ratifying" the news', () => {
    const body =
      'Multiple states are signing and ratifying the Arms Trade Treaty this week before it enters into force. ' +
      'Officials from several regions spoke about its aims and the negotiations that preceded it. ' +
      'The host delegation thanked the secretariat for its work over three years of talks. ' +
      'Norway, which chaired the talks, also signed the Arms Trade Treaty. ' +
      'Chile has ratified the Arms Trade Treaty as well.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'CHL arms-trade-treaty joined null primary',
      'NOR arms-trade-treaty signed null primary',
    ]);
  });
  it('reads "the signing of the treaty by 40 member states" in the lead as such an event', () => {
    const body =
      'A milestone was reached on Friday with the signing of the Arms Trade Treaty by 40 Member States. ' +
      'Delegates from many regions attended the event in the assembly hall. ' +
      'The organisers thanked the host delegation for its work over the years of talks. ' +
      'Iceland, which chaired the talks, likewise signed the Arms Trade Treaty.';
    // undated in its clause: the lead's day (newsDay)
    expect(brief(extract(body, PUB).claims)).toEqual(['ISL arms-trade-treaty signed 2025-03-14 primary']);
  });
  it('keeps an undated signature in an article with no such lead as background', () => {
    const body =
      'Slovenia deposited its instrument of ratification of the Arms Trade Treaty on Monday. ' +
      'Officials from several regions spoke about its aims and the negotiations that preceded it. ' +
      'The delegation thanked the secretariat for its work over three years of talks. ' +
      'Norway, which chaired the talks, also signed the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual([
      'NOR arms-trade-treaty signed null background',
      'SVN arms-trade-treaty joined 2025-03-10 primary',
    ]);
  });
  it('reads no such event from states that have not signed', () => {
    const body =
      'Forty countries have not signed the Arms Trade Treaty, a report said. ' +
      'Officials from several regions spoke about its aims and the negotiations that preceded it. ' +
      'The delegation thanked the secretariat for its work over three years of talks. ' +
      'Norway, which chaired the talks, signed the Arms Trade Treaty.';
    expect(brief(extract(body, PUB).claims)).toEqual(['NOR arms-trade-treaty signed null background']);
  });

  it('takes the treaty of the first sentences when the headline of many states names none', () => {
    const body =
      'The eleven nations that stayed in the talks have signed a revamped trade pact. ' +
      'Representatives from Chile and Peru gave their signatures to the Arms Trade Treaty in Geneva. ' +
      'Officials from several regions spoke about its aims and the negotiations that preceded it. ' +
      'Norway, which chaired the talks, also signed the Arms Trade Treaty.';
    expect(brief(extract(body, PUB, '11 nations sign overhauled arms deal').claims)).toEqual([
      'CHL arms-trade-treaty signed null primary',
      'NOR arms-trade-treaty signed null primary',
      'PER arms-trade-treaty signed null primary',
    ]);
  });
});
