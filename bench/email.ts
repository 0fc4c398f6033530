// Personalisation vs rendering: the per-recipient cost must be a tiny fraction of one MJML
// render, measured side by side in the same run (goal: under 1 %).
import { personalise, prepareEdition, renderEdition, type EditionContent } from '#emails/index';
import { medianMs, row } from './stats';

const content: EditionContent = {
  kind: 'instant',
  editionId: 'bench',
  generatedAt: '2025-06-29T12:00:00Z',
  items: [
    {
      stateCode: 'UKR',
      stateName: 'Ukraine',
      treatyId: 'ottawa-convention',
      treatyName: 'Ottawa Convention',
      actions: ['withdrawal_proposed', 'withdrawal_decreed'],
      date: '2025-06-29',
      novelty: 'NEW',
      headline: 'Ukraine decreed its withdrawal from the Ottawa Convention',
      evidence: 'The president signed a decree putting into effect the decision of the security council.',
      sources: Array.from({ length: 5 }, (_, i) => ({
        label: `Outlet ${i}`,
        outlet: `Outlet ${i}`,
        url: `https://news${i}.example/story`,
      })),
    },
  ],
};

export async function benchEmail(): Promise<string[]> {
  const renderMs = await medianMs(15, () => renderEdition(content));
  const edition = await renderEdition(content);
  prepareEdition(edition);
  const perBatch = 2000;
  const personaliseMs =
    (await medianMs(9, () => {
      for (let i = 0; i < perBatch; i++) {
        const out = personalise(edition, {
          unsubscribeUrl: `https://tw.example/u?t=${i}`,
          preferencesUrl: `https://tw.example/p?t=${i}`,
          reason: 'You follow: Ottawa Convention',
        });
        if (out.html.length === 0) throw new Error('empty');
      }
    })) / perBatch;
  return [
    'E-mail: render once, personalise per recipient',
    row('MJML render of one instant edition (median of 15)', `${renderMs.toFixed(2)} ms`),
    row('personalise one recipient (median of 9 × 2000)', `${(personaliseMs * 1000).toFixed(2)} µs`),
    row('personalisation / render ratio (goal < 1 %)', `${((personaliseMs / renderMs) * 100).toFixed(3)} %`),
  ];
}
