// A withdrawal bill or motion put before a legislature, in the shapes real reports use: a passive submission, and an
// instrument's long title between the bill and the chamber (one noun phrase, however many words it holds).
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';

describe('a bill or motion submitted to the legislature', () => {
  it('reads a passive submission whose subject names the instrument in full', () => {
    const body =
      'A draft law for Slovakia to leave the Convention on the Prohibition of the Use, Stockpiling, Production and ' +
      'Transfer of Anti-Personnel Mines was tabled in the Slovak parliament on Tuesday, officials said.';
    expect(brief(extract(body, PUB).claims)).toEqual(['SVK ottawa-convention withdrawal_proposed 2025-03-11 primary']);
  });
  it('reads an active submission with the full title between the bill and the chamber', () => {
    const body =
      'The president of Moldova has introduced draft legislation on denouncing the Convention on the Prohibition of ' +
      'the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction to the national ' +
      'parliament for consideration on Wednesday.';
    expect(brief(extract(body, PUB).claims)).toEqual(['MDA ottawa-convention withdrawal_proposed 2025-03-12 primary']);
  });
  it('reads no submission when the passive bill was sent to a ministry, not a legislature', () => {
    const body =
      'A proposal for Slovakia to leave the Convention on the Prohibition of the Use, Stockpiling, Production and ' +
      'Transfer of Anti-Personnel Mines was sent to the defence ministry for comment on Tuesday.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });
  it('reads no submission from a bill that was only being prepared', () => {
    const body =
      'A bill for Slovakia to leave the Convention on the Prohibition of the Use, Stockpiling, Production and ' +
      'Transfer of Anti-Personnel Mines is being drafted and will be sent to parliament next month.';
    expect(brief(extract(body, PUB).claims)).toEqual([]);
  });
});
