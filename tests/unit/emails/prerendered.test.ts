import { describe, expect, it } from 'vitest';
import { personalise } from '#emails/index';
import { renderConfirmation } from '#emails/confirmation';
import { CONFIRMATION } from '#emails/prerendered/confirmation';

describe('the prerendered confirmation', () => {
  it('is what the template renders today (run `npm run emails` after changing the template)', async () => {
    expect(CONFIRMATION).toEqual(await renderConfirmation());
  });

  it('still carries its placeholders and depends on no day', () => {
    for (const part of [CONFIRMATION.html, CONFIRMATION.text]) {
      expect(part).toContain('%%TW_CONFIRM_URL%%');
      expect(part).toContain('%%TW_REASON%%');
      expect(part).not.toMatch(/\b20\d\d\b/);
    }
  });

  it('personalises into a mail with the recipient link and topics escaped', () => {
    const mail = personalise(CONFIRMATION, {
      confirmUrl: 'https://tw.example/confirm?token=a"b',
      unsubscribeUrl: 'https://tw.example/unsubscribe?token=u',
      preferencesUrl: 'https://tw.example/preferences?token=p',
      reason: 'Ottawa Convention <script>',
    });
    expect(mail.html).toContain('https://tw.example/confirm?token=a&quot;b');
    expect(mail.html).toContain('Ottawa Convention &lt;script&gt;');
    expect(mail.html).not.toContain('%%TW_');
    expect(mail.text).toContain('https://tw.example/confirm?token=a"b');
  });
});
