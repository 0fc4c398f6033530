import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

// Round-8 date kind (issue 11): a later sentence in which the government "confirmed the move/decision on <day>"
// restates an announced exit, and its day dates the announcement. Sentences are invented (published Friday 8 March
// 2024).
describe('"confirmed the move on Tuesday" dates an announced withdrawal', () => {
  it('gives the undated announcement the confirmation day', () => {
    const body =
      "Portugal's economy ministry said it is pulling out of the Energy Charter Treaty, citing climate goals.\n" +
      'Critics said the pact shields fossil fuel investors and has cost taxpayers dearly.\n' +
      'The energy minister told lawmakers that talks on reform had failed to align it with climate goals.\n' +
      'Several other member states are weighing the same step this year.\n' +
      'The government also confirmed the move on Tuesday, calling the treaty outdated.';
    expect(brief(extract(body, '2024-03-08').claims)).toEqual([
      'PRT energy-charter-treaty withdrawal_proposed 2024-03-05 primary',
    ]);
  });
});
