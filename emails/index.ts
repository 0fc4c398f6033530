// E-mail layer: public API. Render an edition once per segment; personalise per recipient.
export type {
  AlertConflict,
  AlertItem,
  AlertSource,
  EditionContent,
  EditionKind,
  RecipientTokens,
  RenderedEdition,
} from '#core/edition-content';
export { renderEdition, editionMjml, TemplateError } from './render.ts';
export { personalise, prepareEdition, TokenError, type PreparedEdition } from './personalise.ts';
export { alertSubject, editionSubject, SUBJECT_MAX } from './subject.ts';
export { PLACEHOLDERS, type PlaceholderName } from './placeholders.ts';
export { escapeHtml, safeUrl } from './escape.ts';
export { actionLabel, formatDate, noveltyBadge } from './format.ts';
