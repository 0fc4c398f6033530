// E-mail layer: MJML building blocks shared by every template. Every untrusted string goes
// through escapeText()/safeUrl() here, so templates only assemble blocks.
import { cleanText, escapeHtml, escapeText, safeUrl } from '../escape.ts';
import { actionLabel, formatDate, formatIsoDay, noveltyBadge, orderedActions, withArticle } from '../format.ts';
import { PLACEHOLDERS } from '../placeholders.ts';
import type { AlertConflict, AlertItem, AlertSource } from '#core/edition-content';

/** Colours chosen for contrast: body text 17:1, muted text and links above 7:1 on white. */
export const THEME = {
  font: '-apple-system, Segoe UI, Helvetica, Arial, sans-serif',
  text: '#1a1a1a',
  muted: '#4d4d4d',
  link: '#0b4f9c',
  rule: '#d0d0d0',
  page: '#f2f2f2',
  card: '#ffffff',
  button: '#0b4f9c',
} as const;

const P = 'margin:0 0 8px;';

/** Sources listed in full under a development; the rest are counted ("and 4 more sources"). */
export const MAX_SOURCES_SHOWN = 8;
const LINK = `color:${THEME.link};text-decoration:underline;`;

/** The <mjml> document: head (title, preheader, defaults) and body sections. */
export function documentMjml(title: string, preheader: string, sections: string[]): string {
  return `<mjml lang="en" dir="ltr">
  <mj-head>
    <mj-title>${escapeText(title, 200)}</mj-title>
    <mj-preview>${escapeText(preheader, 150)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${escapeHtml(THEME.font)}" />
      <mj-text font-size="16px" line-height="1.5" color="${THEME.text}" padding="8px 24px" />
      <mj-section background-color="${THEME.card}" padding="12px 0" />
      <mj-divider border-color="${THEME.rule}" border-width="1px" padding="8px 24px" />
    </mj-attributes>
  </mj-head>
  <mj-body width="600px" background-color="${THEME.page}">
${sections.join('\n')}
  </mj-body>
</mjml>`;
}

/** The masthead: "Treaty Watch" and what this e-mail is (e.g. "Daily digest · 22 November 2026"). */
export function mastheadSection(kindLabel: string, generatedAt?: string, webUrl?: string): string {
  const day = formatIsoDay(generatedAt);
  const label = day ? `${kindLabel} · ${day}` : kindLabel;
  // The edition's public web view (the archive); the same for every recipient, so set at render.
  const web = safeUrl(webUrl);
  const view = web ? ` · <a href="${escapeHtml(web)}" style="${LINK}">View in browser</a>` : '';
  return `    <mj-section padding="16px 0 8px">
      <mj-column>
        <mj-text padding="8px 24px 0" font-size="22px" font-weight="bold" line-height="1.3">Treaty Watch</mj-text>
        <mj-text padding="0 24px 8px" font-size="14px" color="${THEME.muted}">${escapeText(label, 120)}${view}</mj-text>
        <mj-divider />
      </mj-column>
    </mj-section>`;
}

/** A section of mj-text blocks separated by dividers. */
export function textSection(blocks: string[]): string {
  const inner = blocks.map((html) => `        <mj-text>${html}</mj-text>`).join('\n        <mj-divider />\n');
  return `    <mj-section>
      <mj-column>
${inner}
      </mj-column>
    </mj-section>`;
}

/** A heading for a group of items (a treaty in a digest, or the corrections section). */
export function groupHeadingHtml(title: string, note?: string): string {
  const h =
    `<h2 style="margin:8px 0 ` +
    `4px;font-size:20px;line-height:1.3;color:${THEME.text};">${escapeText(title, 200)}</h2>`;
  return note ? `${h}<p style="${P}font-size:14px;color:${THEME.muted};">${escapeText(note, 400)}</p>` : h;
}

function sourceHtml(source: AlertSource): string {
  const label = escapeText(source.label, 200);
  const title = escapeText(source.title, 300);
  const url = safeUrl(source.url);
  const linkText = title || label || 'source';
  const main = url ? `<a href="${escapeHtml(url)}" style="${LINK}">${linkText}</a>` : linkText;
  const outlet = escapeText(source.outlet, 120);
  // Label, outlet and date after the link, each once and never repeating the link text.
  const meta = [...new Set([title ? label : '', outlet, formatIsoDay(source.published) ?? ''])].filter(
    (s) => s !== '' && s !== linkText,
  );
  return `<li style="margin:0 0 4px;">${main}${meta.length ? ` — ${meta.join(', ')}` : ''}</li>`;
}

function conflictHtml(c: AlertConflict): string {
  return (
    `<li style="margin:0 0 4px;"><strong>${escapeText(c.what, 200)}</strong>: ` +
    `this report says “${escapeText(c.claimed, 300)}”; our record says “${escapeText(c.record, 300)}”` +
    ` (record source: ${escapeText(c.source, 300)})</li>`
  );
}

/** One development: badge, headline, stage, date, effect, evidence quote, sources, disputes. */
export function itemHtml(item: AlertItem, headingTag: 'h2' | 'h3' = 'h2'): string {
  const badge = item.kind === 'reminder' ? REMINDER_BADGE : noveltyBadge(item.novelty);
  const size = headingTag === 'h2' ? '20px' : '18px';
  const who = [escapeText(item.stateName, 80), escapeText(item.treatyName, 120)].filter(Boolean).join(' · ');
  const stages = orderedActions(item.actions ?? [])
    .map((a) => escapeText(actionLabel(a)))
    .join(' → ');
  const parts = [
    `<p style="${P}font-size:13px;color:${THEME.muted};">` +
      `<span style="display:inline-block;padding:2px ` +
      `8px;border-radius:3px;background-color:${badge.background};color:#ffffff;font-weight:bold;font-size:12px;` +
      `letter-spacing:0.5px;">${badge.label}</span>` +
      ` &nbsp;${who}</p>`,
    `<${headingTag} style="margin:0 0 ` +
      `8px;font-size:${size};line-height:1.3;color:${THEME.text};">${escapeText(item.headline, 300)}</${headingTag}>`,
  ];
  if (item.catalogued === false) {
    parts.push(
      `<p style="${P}font-size:13px;"><strong>Not in our records:</strong> this instrument is outside the ` +
        `treaties we hold records for, so what is new here is judged against earlier news only.</p>`,
    );
  }
  if (stages) parts.push(`<p style="${P}"><strong>Stage:</strong> ${stages}</p>`);
  parts.push(`<p style="${P}"><strong>Date:</strong> ${formatDate(item.date)}</p>`);
  const effect = escapeText(item.effectiveNote, 500);
  if (effect) parts.push(`<p style="${P}"><strong>When it takes effect:</strong> ${effect}</p>`);
  // The quote marks are ours: a sentence that already opens or closes with one loses it.
  const evidence = escapeText(item.evidence.trim().replace(/^["“”']+|["“”']+$/g, ''), 600);
  if (evidence) {
    parts.push(
      `<blockquote style="margin:12px 0;padding:4px 0 4px 12px;border-left:4px solid ` +
        `#8c8c8c;color:#333333;font-style:italic;">“${evidence}”</blockquote>`,
    );
  }
  const sources = item.sources ?? [];
  if (sources.length) {
    parts.push(`<p style="margin:12px 0 4px;"><strong>Sources</strong></p>`);
    const shown = sources.slice(0, MAX_SOURCES_SHOWN).map(sourceHtml).join('');
    parts.push(`<ol style="margin:0 0 8px;padding-left:24px;">${shown}</ol>`);
    const more = sources.length - MAX_SOURCES_SHOWN;
    const moreStyle = `${P}font-size:14px;color:${THEME.muted};`;
    if (more > 0) parts.push(`<p style="${moreStyle}">and ${more} more source${more === 1 ? '' : 's'}</p>`);
  }
  const conflicts = item.conflicts ?? [];
  if (conflicts.length) {
    parts.push(`<p style="margin:12px 0 4px;"><strong>What is disputed</strong></p>`);
    parts.push(`<ul style="margin:0 0 8px;padding-left:24px;">${conflicts.map(conflictHtml).join('')}</ul>`);
  }
  parts.push(...whatNextHtml(item), ...alsoOnTreatyHtml(item));
  return parts.join('\n');
}

// White on this background is above 7:1, like the novelty badges.
const REMINDER_BADGE = { label: 'TAKES EFFECT', background: '#5d3a00' };

/** "What happens next": the next legal step and when it would take effect (core/next-step.ts). */
function whatNextHtml(item: AlertItem): string[] {
  const next = item.whatNext;
  if (!next) return [];
  const lines = [next.step, next.effect, next.condition].map((l) => escapeText(l, 600)).filter(Boolean);
  if (!lines.length) return [];
  return [
    `<p style="margin:12px 0 4px;"><strong>What happens next</strong></p>`,
    ...lines.map((l) => `<p style="${P}">${l}</p>`),
  ];
}

/**
 * "Also on this treaty": other states' recent steps, one line each, linking to the treaty page.
 * The plain-text part shows the page's address once, after the list (data-tw-quiet, text.ts).
 */
function alsoOnTreatyHtml(item: AlertItem): string[] {
  const also = item.alsoOnTreaty;
  if (!also?.lines.length) return [];
  const url = safeUrl(also.treatyUrl);
  const href = url ? escapeHtml(url) : '';
  const line = (text: string) => {
    const t = escapeText(text, 300);
    const linked = url ? `<a href="${href}" data-tw-quiet="1" style="${LINK}">${t}</a>` : t;
    return `<li style="margin:0 0 4px;">${linked}</li>`;
  };
  const parts = [
    `<p style="margin:12px 0 4px;"><strong>Also on this treaty</strong> (the last twelve months)</p>`,
    `<ul style="margin:0 0 8px;padding-left:24px;">${also.lines.map((l) => line(l.line)).join('')}</ul>`,
  ];
  if (url) {
    const name = escapeText(withArticle(cleanText(item.treatyName, 120)), 130);
    parts.push(`<p style="${P}"><a href="${href}" style="${LINK}">Where every state stands on ${name}</a></p>`);
  }
  return parts;
}

/**
 * Footer on every e-mail: why you got it, preferences, unsubscribe, sources note, sender line.
 * The confirmation (`kind: 'confirmation'`) carries no news: no sources note, and its body
 * already says what was asked for and why it came.
 */
export function footerSection(kind: 'news' | 'confirmation' = 'news'): string {
  const small = `font-size:13px;color:${THEME.muted};`;
  const news = kind === 'news';
  const why = news
    ? `<p style="${P}${small}"><strong>Why you got this:</strong> ${PLACEHOLDERS.reason}</p>\n`
    : `<p style="${P}${small}">You got this because someone asked to subscribe this address.</p>\n`;
  const sourcesNote = news
    ? `<p style="${P}${small}">Every item links to the reports it is based on. ` +
      'Treaty Watch summarises news; check the sources before relying on a detail.</p>\n'
    : '';
  return `    <mj-section background-color="${THEME.page}" padding="8px 0 24px">
      <mj-column>
        <mj-divider padding="0 24px 8px" />
        <mj-text font-size="13px" color="${THEME.muted}">${why}<p style="${P}${small}"><a \
href="${PLACEHOLDERS.preferencesUrl}" style="${LINK}">Change your preferences</a> &nbsp;·&nbsp; <a \
href="${PLACEHOLDERS.unsubscribeUrl}" style="${LINK}">Unsubscribe</a></p>
${sourcesNote}<p style="margin:0;${small}">Treaty Watch</p></mj-text>
      </mj-column>
    </mj-section>`;
}
