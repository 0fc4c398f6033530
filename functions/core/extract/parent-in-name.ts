// A protocol or an amendment is named after the instrument it amends ("the Kigali Amendment to the Montreal
// Protocol", "the Nagoya Protocol to the Convention on Biological Diversity", "the Kampala amendments to the Rome
// Statute"): the parent's name inside it is part of that name, and an act on the protocol is no act on the parent.
import { provisionalTreatyId } from '../provisional';
import type { TreatyMention } from './mentions';

const TO_PARENT = /^\s+to\s+(?:the\s+)?(?:\d{4}\s+)?$/;
// "the Doha Amendment to ", "an amendment to ", "the Cartagena Protocol on Biosafety to ": the words before the parent.
const PART_BEFORE =
  /(?:\b(the|an?|its|this|that)\s+)?((?:[A-Z][\p{L}'’-]+\s+){0,3})(Amendments?|amendments?|Protocols?|protocols?)((?:\s+(?:on|of)\s+(?:[A-Z][\p{L}'’-]+\s+){1,3})?)\s+to\s+(?:the\s+)?(?:\d{4}\s+)?$/du;
const DETERMINER = /^(?:The|This|That|Its|An?|Their|His|Her|Both|Each|All)$/;
const PART_OF_NAME = /\b(?:amendments?|protocols?)\b.*\b(?:to|of|under)\b/i;

/** Fold each parent named inside a protocol's or amendment's name into that name (`out` sorted by start). */
export function parentInName(text: string, out: TreatyMention[]): void {
  for (let i = 0; i < out.length; i++) {
    const b = out[i];
    if (!b.treaty || b.org) continue;
    const a = i > 0 ? out[i - 1] : undefined;
    // A listed or named protocol right before its parent: one name.
    if (a?.treaty && !a.org && a.treaty !== b.treaty) {
      if (
        /\b(?:amendments?|protocols?)$/i.test(text.slice(a.start, a.end)) &&
        TO_PARENT.test(text.slice(a.end, b.start))
      ) {
        a.end = b.end;
        out.splice(i--, 1);
        continue;
      }
      // "the Optional Protocol to the International Covenant on Civil and Political Rights (ICCPR)": the parent's
      // short name after the protocol's full name spells the parent out, inside the protocol's name.
      if (
        /^\s*\(\s*$/.test(text.slice(a.end, b.start)) &&
        /^\s*\)/.test(text.slice(b.end)) &&
        PART_OF_NAME.test(text.slice(a.start, a.end))
      ) {
        a.end = b.end;
        out.splice(i--, 1);
        continue;
      }
    }
    // No mention of the part: its name is written before the parent's ("the Doha Amendment to the Kyoto Protocol").
    const from = a ? a.end : 0;
    const before = text.slice(Math.max(from, b.start - 120), b.start);
    const m = PART_BEFORE.exec(before);
    if (!m) continue;
    // A state's own amendment ("Peru's amendment to ...") names no instrument.
    const words = m[2]
      .trim()
      .split(/\s+/)
      .filter((w) => w && !DETERMINER.test(w) && !/['’]s$/.test(w));
    const start = b.start - before.length + m.indices![2][0];
    if (words.length || m[4].trim()) {
      // A named part outside the catalogue: an instrument of its own.
      const name = `${text.slice(start, b.start)}${text.slice(b.start, b.end)}`.replace(
        /^(?:the|an?|its|this|that)\s+/i,
        '',
      );
      const id = provisionalTreatyId(name);
      out[i] = { start, end: b.end, treaty: id, name };
    } else if (m[1]) {
      // "ratified the amendment to the Montreal Protocol": an unnamed part; it is not the parent.
      out[i] = { start, end: b.end, treaty: null };
    }
  }
}
