// One claim for the novelty tests: the seed event's decree, with any field overridden.
import type { Claim } from '../../../functions/core/model';

export const claim = (over: Partial<Claim>): Claim => ({
  state: 'UKR',
  treaty: 'ottawa-convention',
  action: 'withdrawal_decreed',
  date: '2025-06-29',
  role: 'primary',
  evidence: 'The president signed a decree.',
  ...over,
});
