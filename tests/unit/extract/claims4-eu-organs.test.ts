// The Union's own organs act for it (EUU): the European Parliament or its members ("MEPs") approving the Union's
// withdrawal is the parliament's approval; the Commission submitting the withdrawal proposal is the proposal.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2024-04-25T10:00:00Z';

describe('EU organs act for the Union', () => {
  it('reads "the European Parliament voted for the withdrawal" as the Union\'s approval', () => {
    const body =
      'On Wednesday the European Parliament voted for a coordinated withdrawal from the Energy Charter Treaty, ' +
      'by 500 votes to 40.';
    expect(triples(extract(body, PUB, 'Energy treaty news').claims)).toEqual([
      'EUU energy-charter-treaty withdrawal_approved',
    ]);
  });
  it('reads "MEPs approved the withdrawal of the Union from" as the Union\'s approval', () => {
    const body =
      'MEPs approved on Wednesday the withdrawal of the European Union from the Energy Charter Treaty, after ' +
      'a long debate.';
    expect(triples(extract(body, PUB, 'Energy treaty news').claims)).toEqual([
      'EUU energy-charter-treaty withdrawal_approved',
    ]);
  });
  it('does not make the Parliament the actor of a state it criticises', () => {
    const body = "The European Parliament criticised Peru's withdrawal from the Arms Trade Treaty on Wednesday.";
    expect(triples(extract(body, PUB, 'Arms treaty news').claims)).not.toContain(
      'EUU arms-trade-treaty withdrawal_proposed',
    );
  });
});
