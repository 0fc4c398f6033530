// Role kind: an act dated the publication day or the day before is the day's news wherever the article puts it
// (after a preamble, a quote or a dateline), not a restated fact. Invented sentences of the real shapes.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

describe('an act dated on the news day, outside the lead', () => {
  it('reads a deposit "yesterday" in the fourth sentence as the news', () => {
    const body =
      'The United Nations welcomed the step and urged the remaining states to follow. ' +
      'Officials said the treaty now counts many parties across every region of the world. ' +
      'Human rights groups praised the long campaign for universal ratification across the region. ' +
      'Chile deposited its instrument of accession to the Minamata Convention in New York yesterday.';
    expect(brief(extract(body, '2024-05-09').claims)).toEqual(['CHL minamata-convention joined 2024-05-08 primary']);
  });
  it('reads an act dated the publication day, after a long preamble, as the news', () => {
    const body =
      'Ministers met in Geneva to discuss the future of the mercury regime and its funding. ' +
      'Delegates spent most of the session on financing and on reporting duties for parties. ' +
      'Several speakers asked for more technical help for small island developing states. ' +
      'Peru ratified the Minamata Convention on 9 May 2024.';
    expect(brief(extract(body, '2024-05-09').claims)).toEqual(['PER minamata-convention joined 2024-05-09 primary']);
  });
  // (Within the fortnight before publication such an act is still the news when nothing else is: roles7-fortnight.)
  it('keeps an act dated weeks before the news day, outside the lead, as background', () => {
    const body =
      'Ministers met in Geneva to discuss the future of the mercury regime and its funding. ' +
      'Delegates spent most of the session on financing and on reporting duties for parties. ' +
      'Several speakers asked for more technical help for small island developing states. ' +
      'Peru ratified the Minamata Convention on 18 April 2024.';
    expect(brief(extract(body, '2024-05-09').claims)).toEqual(['PER minamata-convention joined 2024-04-18 background']);
  });
});
