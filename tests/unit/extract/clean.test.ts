import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/core/extract/index';
import { extract } from './helpers';

const PAGE = [
  'ATHENS — Greece notified the UN of its withdrawal from the Ottawa Convention on Monday.',
  'Photo: Soldiers at a range near Larissa. (Aegean Post / file)',
  'Members of parliament in Athens on 2 July. REUTERS / Jane Doe',
  'READ ALSO: Ferry strike hits the islands',
  'Related article: Heatwave grips Athens',
  'Share this article: Facebook | X | Email',
  'Subscribe to the Aegean Post newsletter for daily news.',
  'Original url:',
  'https://example.org/greece-mine-treaty',
  'Tags: Greece · Defence',
  'Most read today: Wildfire near Patras',
].join('\n');

describe('boilerplate cleaning', () => {
  it('drops captions, credits, teasers, share prompts, newsletter plugs and URLs', () => {
    expect(cleanText(PAGE)).toBe(
      'ATHENS — Greece notified the UN of its withdrawal from the Ottawa Convention on Monday.',
    );
  });
  it('keeps paragraph text and strips markdown heading marks', () => {
    expect(cleanText('## **Greece leaves treaty**\n\nGreece left.')).toBe('Greece leaves treaty\n\nGreece left.');
  });
  it('extracts nothing from boilerplate alone', () => {
    expect(
      extract('READ ALSO: Poland notified the UN of its withdrawal from the Ottawa Convention', '2025-07-10').claims,
    ).toEqual([]);
  });
});
