// Round 7 near (roles.ts): a state's deposit and the treaty's entry into force for that state a few weeks later are one
// joining act told twice ("deposited on 3 March ... entered into force for Chile on 2 June"), not two developments.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers';

const PUB = '2025-06-10T10:00:00Z';
const joined = (body: string) =>
  brief(extract(body, PUB).claims).filter((c) => c.startsWith('CHL arms-trade-treaty joined'));

describe('a deposit and its entry into force are one joining act', () => {
  it('keeps one claim when the entry into force follows the deposit within months', () => {
    expect(
      joined(
        'The Arms Trade Treaty entered into force for Chile on 2 June 2025. ' +
          'Chile had deposited its instrument of accession with the Secretary-General on 3 March 2025.',
      ),
    ).toHaveLength(1);
  });
  it('keeps the earlier date when neither is the lead', () => {
    const out = joined(
      'Peru signed a trade deal on Monday. Chile deposited its instrument of accession to the Arms Trade Treaty ' +
        'on 3 March 2025. The treaty entered into force for Chile on 1 June 2025.',
    );
    expect(out).toEqual(['CHL arms-trade-treaty joined 2025-03-03 background']);
  });
});

describe('other joining claims stay apart', () => {
  it('keeps an accession and a rejoining years apart', () => {
    expect(
      joined(
        'Chile deposited its instrument of accession to the Arms Trade Treaty on 3 March 2014. ' +
          'The treaty entered into force for Chile on 1 June 2025.',
      ),
    ).toHaveLength(2);
  });
  it('keeps a ratification vote and a deposit apart (two steps, no entry into force)', () => {
    expect(
      joined(
        "Chile's parliament ratified the Arms Trade Treaty on 3 March 2025. " +
          'Chile deposited its instrument of ratification with the United Nations on 20 May 2025.',
      ),
    ).toHaveLength(2);
  });
});
