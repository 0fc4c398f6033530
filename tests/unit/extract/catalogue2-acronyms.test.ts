import { describe, expect, it } from 'vitest';
import { provisionalTreatyId } from '../../../functions/core/provisional';
import { brief, extract } from './helpers';

// An acronym the article defines after a name stands for that name in its other sentences. Sentences invented.
const ADU = provisionalTreatyId('Andean Development Union');
describe('an acronym defined in one sentence, used in the next', () => {
  it('reads a later bare acronym as the organisation it was defined for', () => {
    const body =
      'Peru is a founding member of the Andean Development Union (ADU), set up in 2004. ' +
      'Bolivia formally withdrew from the ADU on Tuesday.';
    expect(brief(extract(body, '2024-03-07').claims)).toContain(`BOL ${ADU} withdrawal_effective 2024-03-05 primary`);
  });
  it('reads an acronym used before the sentence that defines it', () => {
    const body =
      'Bolivia has left the ADU, the foreign ministry said on Monday. ' +
      'The Andean Development Union (ADU) was founded in 2004 to promote trade.';
    expect(brief(extract(body, '2024-03-05').claims).some((c) => c.startsWith(`BOL ${ADU} `))).toBe(true);
  });
  it('keeps an acronym that qualifies another noun ("ADU officials") from standing for the organisation', () => {
    const body =
      'The Andean Development Union (ADU) met in Lima. ' + 'ADU officials said Bolivia had withdrawn from the bloc.';
    expect(extract(body, '2024-03-05').claims.filter((c) => c.treaty === ADU)).toEqual([]);
  });
  it('does not read a capitalised word for an acronym defined in capitals ("Adu" is not "ADU")', () => {
    const body =
      'Peru is a founding member of the Andean Development Union (ADU), set up in 2004. ' +
      'Bolivia formally withdrew from Adu on Tuesday.';
    expect(brief(extract(body, '2024-03-07').claims).filter((c) => c.startsWith('BOL'))).toEqual([]);
  });
});
