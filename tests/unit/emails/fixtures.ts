// Test fixtures for the e-mail layer: small editions written for the tests.
import type { AlertItem, EditionContent, RecipientTokens } from '#emails/index';

export function ukraineDecree(overrides: Partial<AlertItem> = {}): AlertItem {
  return {
    stateCode: 'UKR',
    stateName: 'Ukraine',
    treatyId: 'ottawa-convention',
    treatyName: 'Ottawa Convention',
    actions: ['withdrawal_proposed', 'withdrawal_decreed'],
    date: '2025-06-29',
    novelty: 'NEW',
    headline: 'Ukraine decreed withdrawal from the Ottawa Convention',
    evidence:
      'President Zelensky signed a decree on Sunday putting into effect the decision to withdraw from the ' +
      'Ottawa Convention.',
    effectiveNote:
      'Earliest effect under Art. 20: six months after notification; not before the end of an armed conflict',
    sources: [
      {
        label: 'Kyiv Daily',
        title: 'Zelensky signs decree on landmine treaty exit',
        outlet: 'Kyiv Daily',
        url: 'https://news.example.org/2025/06/29/decree?ref=a&b=c',
        published: '2025-06-29T18:00:00+03:00',
      },
      { label: 'seeds/articles/001.txt' },
    ],
    ...overrides,
  };
}

export function lithuaniaApproval(overrides: Partial<AlertItem> = {}): AlertItem {
  return {
    stateCode: 'LTU',
    stateName: 'Lithuania',
    treatyId: 'cluster-munitions-convention',
    treatyName: 'Convention on Cluster Munitions',
    actions: ['withdrawal_approved'],
    date: '2024-07',
    novelty: 'ADVANCE',
    headline: 'Lithuanian parliament approves leaving the cluster munitions treaty',
    evidence: 'The Seimas voted 87 to 0 to denounce the convention.',
    sources: [{ label: 'Baltic Wire', url: 'https://baltic.example.com/seimas' }],
    ...overrides,
  };
}

export function disputedDate(): AlertItem {
  return ukraineDecree({
    novelty: 'CONFLICT',
    headline: 'A report dates the Ukrainian decree to 30 June',
    date: '2025-06-30',
    conflicts: [
      { what: 'decree date', claimed: '30 June 2025', record: '29 June 2025', source: 'Presidential decree No. 1' },
    ],
  });
}

export function edition(
  kind: EditionContent['kind'],
  items: AlertItem[] = [],
  corrections?: AlertItem[],
): EditionContent {
  return { kind, editionId: `ed-${kind}-1`, generatedAt: '2025-06-30T06:00:00Z', items, corrections };
}

export const TOKENS: RecipientTokens = {
  unsubscribeUrl: 'https://tw.example.net/u?t=abc.def&x=1',
  preferencesUrl: 'https://tw.example.net/p?t=abc.def',
  confirmUrl: 'https://tw.example.net/c?t=confirm.123',
  reason: 'You follow: Ottawa Convention; Ukraine',
};
