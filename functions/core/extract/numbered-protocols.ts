// Numbered protocols of a catalogued convention ("Protocols III, IV and V of the Convention on Conventional
// Weapons"): each numeral is its own instrument, catalogued ("CCW Protocol IV") or not (a provisional id).
import { provisionalTreatyId } from '../provisional';

interface Named {
  id: string;
  official_name: string;
  aliases: string[];
}
/** parent treaty id -> protocol numeral -> catalogued protocol id */
export type NumberedProtocols = Map<string, Map<string, string>>;

/** Links "CCW Protocol IV" / "... (Protocol IV) to the CCW" to the treaty that owns the acronym "CCW". */
export function buildNumberedProtocols(treaties: Named[]): NumberedProtocols {
  const out: NumberedProtocols = new Map();
  for (const parent of treaties) {
    const acronyms = parent.aliases.filter((a) => /^[A-Z]{2,}$/.test(a));
    for (const t of treaties) {
      if (t === parent) continue;
      for (const n of [t.official_name, ...t.aliases]) {
        const num = /(?<!Amended )\bProtocol ([IVX]{1,4})\b(?! as amended)/.exec(n);
        if (!num || !acronyms.some((a) => new RegExp(`\\b${a}\\b`).test(n))) continue;
        const byNum = out.get(parent.id) ?? new Map<string, string>();
        byNum.set(num[1], t.id);
        out.set(parent.id, byNum);
      }
    }
  }
  return out;
}

const LIST =
  /\bProtocols?\s+([IVX]{1,4}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[IVX]{1,4})*)\s+(?:of|to|annexed\s+to)\s+(?:the\s+)?$/;

export interface ProtocolMention {
  start: number;
  end: number;
  treaty: string;
  name?: string;
}

/**
 * The protocols a list of numerals names, when it stands right before a catalogued convention's name
 * (`parent`: the mention that follows "of the").
 */
export function numberedProtocols(
  text: string,
  parent: { start: number; end: number; treaty: string },
  map: NumberedProtocols,
): ProtocolMention[] {
  const before = text.slice(Math.max(0, parent.start - 80), parent.start);
  const m = LIST.exec(before);
  if (!m) return [];
  const base = parent.start - before.length + m.index!;
  const listAt = base + m[0].indexOf(m[1]);
  const parentName = text.slice(parent.start, parent.end);
  const out: ProtocolMention[] = [];
  for (const x of m[1].matchAll(/[IVX]{1,4}/g)) {
    const start = listAt + x.index!;
    const id = map.get(parent.treaty)?.get(x[0]);
    const name = `Protocol ${x[0]} of the ${parentName}`;
    out.push(
      id
        ? { start, end: start + x[0].length, treaty: id }
        : { start, end: start + x[0].length, treaty: provisionalTreatyId(name), name },
    );
  }
  return out;
}
