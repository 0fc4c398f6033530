// "The treaty was signed in 1990": a passive with no agent dates the instrument. It is nobody's signature, not the
// signature of the state the article is about; an apposition before an active verb is still that state's act.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('an agentless passive signature', () => {
  it('reads no signature from "It was signed in 1990 and amended in 1997"', () => {
    const body =
      'Slovenia suspended its participation in the Arms Trade Treaty on Monday. ' +
      'It was signed in 1990 and amended in 1997.';
    expect(brief(extract(body, PUB).claims)).toEqual(['SVN arms-trade-treaty suspended 2025-03-10 primary']);
  });
  it('reads no signature from "the treaty, originally signed in Paris in November 1990"', () => {
    const body =
      'Slovenia suspended its participation in the Arms Trade Treaty on Monday. ' +
      'The treaty, originally signed in Paris in November 1990, limits conventional arms.';
    expect(brief(extract(body, PUB).claims)).toEqual(['SVN arms-trade-treaty suspended 2025-03-10 primary']);
  });
  it('reads no signature of the topic state from "most of the alliance\'s 31 allies have signed the treaty"', () => {
    const body =
      'Slovenia suspended its participation in the Arms Trade Treaty on Monday. ' +
      "Most of the alliance's 31 allies have signed the Arms Trade Treaty.";
    expect(brief(extract(body, PUB).claims)).toEqual(['SVN arms-trade-treaty suspended 2025-03-10 primary']);
  });
  it('still reads the signature of "Slovenia\'s envoy, Ana Novak, signed the treaty"', () => {
    const body = "On Monday Slovenia's envoy to the UN, Ana Novak, signed the Arms Trade Treaty.";
    expect(brief(extract(body, PUB).claims)).toEqual(['SVN arms-trade-treaty signed 2025-03-10 primary']);
  });
});
