// Role kind: an article whose lead is a preamble (a reaction, a dateline, a quote) and whose act is told next, dated
// within the fortnight before publication, reports that act as its news, whatever the act (a ratification or a
// signature as well as a withdrawal step). Invented sentences.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PREAMBLE =
  'A coalition of aid groups has welcomed the decision, calling it a milestone for civilians in the region. ' +
  'Campaigners said the move would put pressure on neighbouring governments to follow. ' +
  'The group praised the foreign ministry for its work over many years. ';

describe('the only act dated in the fortnight before publication, after a preamble', () => {
  it('is the news when it is an accession', () => {
    const out = brief(
      extract(`${PREAMBLE}Peru acceded to the Convention on Cluster Munitions on 3 May.`, '2024-05-07').claims,
    );
    expect(out).toContain('PER cluster-munitions-convention joined 2024-05-03 primary');
  });
  it('is the news when told nine days before publication', () => {
    const out = brief(
      extract(`${PREAMBLE}On 26 April, Peru denounced the American Convention on Human Rights.`, '2024-05-05').claims,
    );
    expect(out.some((c) => c.startsWith('PER american-convention-human-rights') && c.endsWith('primary'))).toBe(true);
  });
  it('is not the news when the act is weeks old', () => {
    const out = brief(
      extract(`${PREAMBLE}Peru acceded to the Convention on Cluster Munitions on 3 March.`, '2024-05-07').claims,
    );
    expect(out).toContain('PER cluster-munitions-convention joined 2024-03-03 background');
  });
  it('is not the news beside a later primary act', () => {
    const body =
      'Peru on Monday deposited its instrument of ratification of the Minamata Convention. ' +
      'Chile signed the Minamata Convention on 1 May.';
    const out = brief(extract(body, '2024-05-07').claims);
    expect(out).toContain('CHL minamata-convention signed 2024-05-01 background');
  });
});

describe('the headline names whose act is the news', () => {
  it("leaves another state's recent act in the background", () => {
    const body = `${PREAMBLE}Chile acceded to the Convention on Cluster Munitions on 3 May.`;
    const out = brief(extract(body, '2024-05-07', 'Peru weighs its place in the cluster munitions ban').claims);
    expect(out).toContain('CHL cluster-munitions-convention joined 2024-05-03 background');
  });
  it("takes the headline state's recent act as the news", () => {
    const body = `${PREAMBLE}Chile acceded to the Convention on Cluster Munitions on 3 May.`;
    const out = brief(extract(body, '2024-05-07', 'Rights groups hail Chile over cluster bomb ban').claims);
    expect(out).toContain('CHL cluster-munitions-convention joined 2024-05-03 primary');
  });
});
