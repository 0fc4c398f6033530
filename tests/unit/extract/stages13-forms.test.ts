// Round-13 stage kinds kept within the bundle budget: the chamber's tally, the notice "was given to" its addressee,
// and the exit law "signed the federal law on denunciation". Invented sentences of the same structure as the
// reporting. (The other round-13 kinds are in the commit before this file's trimming; see docs/detection-rounds.md.)
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2021-06-11T10:00:00Z'; // a Friday
const got = (body: string, title = 'Treaty news', pub = PUB) => triples(extract(body, pub, title).claims);

describe('the notice and the law in other grammar', () => {
  it('reads "notification was given to <addressee>" after the exit as the notice', () => {
    expect(
      got(
        'Chile announced it is withdrawing from the Ottawa Convention. Official notification was given to the depositary at noon.',
      ),
    ).toContain('CHL ottawa-convention withdrawal_notified');
    expect(
      got('Chile has quit the Ottawa Convention, given that the notice period was given to lawyers.'),
    ).not.toContain('CHL ottawa-convention withdrawal_notified');
  });
  it('reads "signed the federal law on denunciation of T" as the enactment', () => {
    expect(
      got('Russian President Ivan Ivanov has signed the federal law on denunciation of the Open Skies Treaty.'),
    ).toContain('RUS open-skies-treaty withdrawal_enacted');
  });
});

describe("the chamber's tally", () => {
  it('reads "the initiative to denounce T was supported by N out of M deputies" as the approval', () => {
    expect(
      got(
        'At the plenary session of the Riigikogu, the initiative to denounce the Ottawa Convention was supported by 75 out of 101 deputies.',
      ),
    ).toContain('EST ottawa-convention withdrawal_approved');
  });
  it('reads "N voted to withdraw from T" in a chamber\'s report as the approval', () => {
    expect(got('In the Seimas, 98 voted to withdraw from the Ottawa Convention, two abstained.')).toContain(
      'LTU ottawa-convention withdrawal_approved',
    );
    expect(got('Only 12 voted to join the Ottawa Convention.')).toEqual([]);
  });
});
