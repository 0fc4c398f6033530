// E-mail layer: per-recipient substitution into a rendered edition — a join of precomputed pieces.
import { escapeHtml } from './escape.ts';
import { PLACEHOLDER_BY_TOKEN, PLACEHOLDER_PATTERN, type PlaceholderName } from './placeholders.ts';
import type { RecipientTokens, RenderedEdition } from '#core/edition-content';

/** A recipient token is missing or unusable (e.g. a confirmation without confirmUrl). */
export class TokenError extends Error {
  override name = 'TokenError';
}

const NAMES: PlaceholderName[] = ['unsubscribeUrl', 'preferencesUrl', 'confirmUrl', 'reason'];
const URL_NAMES = new Set<PlaceholderName>(['unsubscribeUrl', 'preferencesUrl', 'confirmUrl']);

/** A string split on its placeholders: statics[0] slot[0] statics[1] … statics[n]. */
interface Split {
  statics: string[];
  slots: number[]; // index into NAMES
}

function split(s: string): Split {
  const statics: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const m of s.matchAll(PLACEHOLDER_PATTERN)) {
    const name = PLACEHOLDER_BY_TOKEN[m[1]];
    if (!name) throw new TokenError(`unknown placeholder ${m[0]}`);
    statics.push(s.slice(last, m.index));
    slots.push(NAMES.indexOf(name));
    last = m.index! + m[0].length;
  }
  statics.push(s.slice(last));
  return { statics, slots };
}

function join(t: Split, values: string[]): string {
  let out = t.statics[0];
  for (let i = 0; i < t.slots.length; i++) out += values[t.slots[i]] + t.statics[i + 1];
  return out;
}

/** An edition prepared for fast personalisation (bench-friendly: prepare once, call often). */
export interface PreparedEdition {
  /** Which placeholders the edition uses. */
  readonly uses: ReadonlySet<PlaceholderName>;
  personalise(tokens: RecipientTokens): RenderedEdition;
}

/** Split an edition's subject, HTML and text on their placeholders, once. */
export function prepareEdition(edition: RenderedEdition): PreparedEdition {
  const parts = { subject: split(edition.subject), html: split(edition.html), text: split(edition.text) };
  const uses = new Set<PlaceholderName>(
    [...parts.subject.slots, ...parts.html.slots, ...parts.text.slots].map((i) => NAMES[i]),
  );
  return {
    uses,
    personalise(tokens: RecipientTokens): RenderedEdition {
      const html: string[] = new Array(NAMES.length).fill('');
      const text: string[] = new Array(NAMES.length).fill('');
      for (let i = 0; i < NAMES.length; i++) {
        const name = NAMES[i];
        if (!uses.has(name)) continue;
        const value = tokens[name];
        if (typeof value !== 'string' || value === '') throw new TokenError(`missing recipient token: ${name}`);
        // URLs lose CR/LF outright; the reason keeps its words apart with a space.
        const isUrl = URL_NAMES.has(name);
        const oneLine = isUrl ? value.replace(/[\r\n]+/g, '') : value.replace(/[\r\n]+/g, ' ');
        if (isUrl && !/^https?:\/\//i.test(oneLine)) {
          throw new TokenError(`recipient token ${name} is not an http(s) URL`);
        }
        text[i] = oneLine;
        html[i] = escapeHtml(oneLine);
      }
      return { subject: join(parts.subject, text), html: join(parts.html, html), text: join(parts.text, text) };
    },
  };
}

interface Cached {
  subject: string;
  html: string;
  text: string;
  prepared: PreparedEdition;
}
const cache = new WeakMap<RenderedEdition, Cached>();

/**
 * Fill the recipient placeholders: HTML values are attribute-escaped, text values are raw with
 * CR/LF removed. The split is computed on first use of an edition object and cached (re-split
 * if the object's strings were replaced since). Throws TokenError when a used token is missing
 * or a URL token is not http(s).
 */
export function personalise(edition: RenderedEdition, tokens: RecipientTokens): RenderedEdition {
  let c = cache.get(edition);
  // Same string objects compare in O(1); a changed edition is prepared again.
  if (!c || c.subject !== edition.subject || c.html !== edition.html || c.text !== edition.text) {
    c = { subject: edition.subject, html: edition.html, text: edition.text, prepared: prepareEdition(edition) };
    cache.set(edition, c);
  }
  return c.prepared.personalise(tokens);
}
