// E-mail layer: content → MJML → HTML + text, once per edition (placeholders left in for personalise()).
import mjml2html from 'mjml';
import { PLACEHOLDER_BY_TOKEN, PLACEHOLDER_PATTERN } from './placeholders.ts';
import { editionSubject } from './subject.ts';
import { alertMjml } from './templates/alert.mjml.ts';
import { confirmationMjml } from './templates/confirmation.mjml.ts';
import { digestMjml } from './templates/digest.mjml.ts';
import { htmlToText } from './text.ts';
import type { EditionContent, RenderedEdition } from '#core/edition-content';

/** MJML rejected a template: a bug in emails/templates, never caused by article text. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** The MJML source for an edition (exposed for tests and debugging). */
export function editionMjml(content: EditionContent, subject = editionSubject(content)): string {
  switch (content.kind) {
    case 'instant':
      return alertMjml(content, subject);
    case 'daily':
    case 'weekly':
      return digestMjml(content, subject);
    case 'confirmation':
      return confirmationMjml(content, subject);
    default:
      throw new TemplateError(`unknown edition kind: ${String((content as { kind: unknown }).kind)}`);
  }
}

/**
 * Render an edition once: subject, HTML and plain text, with recipient placeholders left in.
 * Async because mjml 5's mjml2html returns a Promise. Throws TemplateError if MJML (strict
 * validation) rejects the document.
 */
export async function renderEdition(content: EditionContent): Promise<RenderedEdition> {
  const subject = editionSubject(content);
  const mjml = editionMjml(content, subject);
  let result: Awaited<ReturnType<typeof mjml2html>>;
  try {
    // fonts: {} — no web-font links; ignoreIncludes (the default) keeps mj-include off.
    result = await mjml2html(mjml, { validationLevel: 'strict', fonts: {}, keepComments: false });
  } catch (err) {
    const details = (err as { errors?: { formattedMessage?: string; message?: string }[] }).errors ?? [];
    throw new TemplateError(
      `MJML rejected the ${content.kind} template: ${(err as Error).message}`,
      details.map((d) => d.formattedMessage ?? d.message ?? String(d)),
    );
  }
  if (result.errors?.length) {
    throw new TemplateError(
      `MJML reported errors in the ${content.kind} template`,
      result.errors.map((e) => e.formattedMessage ?? e.message),
    );
  }
  const html = result.html;
  const text = htmlToText(html);
  for (const part of [html, text]) {
    for (const m of part.matchAll(PLACEHOLDER_PATTERN)) {
      if (!(m[1] in PLACEHOLDER_BY_TOKEN)) throw new TemplateError(`unknown placeholder ${m[0]}`);
    }
  }
  return Object.freeze({ subject, html, text });
}
