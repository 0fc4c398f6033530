// E-mail layer: the double-opt-in confirmation template (nothing else is sent until it is clicked).
import { PLACEHOLDERS } from '../placeholders.ts';
import type { EditionContent } from '#core/edition-content';
import { documentMjml, footerSection, mastheadSection, THEME } from './blocks.ts';

/** MJML for "Confirm your subscription": what was asked for, a button, and the link spelled out. */
export function confirmationMjml(content: EditionContent, subject: string): string {
  const P = 'margin:0 0 12px;';
  const body = `    <mj-section>
      <mj-column>
        <mj-text><h1 style="margin:0 0 12px;font-size:24px;line-height:1.3;color:${THEME.text};">Confirm your \
subscription</h1>
<p style="${P}">Someone, hopefully you, asked to receive Treaty Watch briefings at this address: short, sourced notes \
when a state signs, joins, or leaves an international treaty.</p>
<p style="${P}"><strong>What you asked for</strong><br />${PLACEHOLDERS.reason}</p>
<p style="${P}">Nothing will be sent until you confirm.</p></mj-text>
        <mj-button href="${PLACEHOLDERS.confirmUrl}" background-color="${THEME.button}" color="#ffffff" \
font-size="16px" font-weight="bold" padding="8px 24px 16px" inner-padding="12px 24px" align="left">Confirm \
subscription</mj-button>
        <mj-text font-size="14px"><p style="${P}">If the button does not work, open this link:<br /><a \
href="${PLACEHOLDERS.confirmUrl}" \
style="color:${THEME.link};text-decoration:underline;word-break:break-all;">${PLACEHOLDERS.confirmUrl}</a></p>
<p style="margin:0;">If you did not ask for this, ignore this e-mail: you will not hear from us again.</p></mj-text>
      </mj-column>
    </mj-section>`;
  return documentMjml(subject, 'One click to confirm your Treaty Watch subscription.', [
    mastheadSection('Subscription', content.generatedAt),
    body,
    footerSection('confirmation'),
  ]);
}
