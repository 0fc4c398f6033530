import { matchesOf } from './match-all';
// Sentence splitting that respects common abbreviations and initials.

const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Nos|Art|Arts|vs|etc|approx|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.m|p\.m)|\b[A-Z]|\bU\.S|\bU\.N|\bU\.K|\bE\.U)\.$/;

const STAMP =
  /^((?:(?:date|published|updated|posted)[:\s]\s*)?(?:19|20)\d{2}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(?=\S)/i;
// Lower-case word, stop, capitalised word of three letters or more ("parliament.According"; not "News.Az").
const GLUED = /(\b[a-z]{3,}[.!?]["'”’)]?)(?=[A-Z][a-z]{2,})/g;

// States laid out one per line after a lead-in ("The states that ratified it are:" / "- A" / "- B", "1. A 3/4/17",
// "A, with its office in X"): the lead-in ends in a colon or a copula, each item is a short line whose head is a name.
// The lead-in reads the heads as its enumeration ("... are: A, B and C."); the item lines stay sentences of their own.
const LEAD_IN = /(?::|\b(?:are|were|include[sd]?|included))$/;
const ITEM_NO = /^\(?\d{1,3}[.)]\s+/;
const ITEM_HEAD = /^\p{Lu}[^,;:()\d.]*?(?=\s*(?:[,;:(]|[–—-]\s|\d|\.?$))/u;
// A name's words: capitalised, or a joiner ("Trinidad and Tobago", "Côte d’Ivoire", "the Republic of the Congo").
const NAME_WORD = /^(?:\p{Lu}\S*|of|and|the|de|du|da|des|del|la|le|d['’]\p{Lu}\S*|al-\S+|&)$/u;
const ITEM_DATE =
  /^\s*[(,:–—-]?\s*(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4})\)?\.?$/u;
function listHeads(lines: string[], from: number): string[] {
  const heads: string[] = [];
  for (let j = from; j < lines.length; j++) {
    const line = lines[j].trim();
    if (line.length > 100) break;
    const item = line.replace(ITEM_NO, '');
    const head = ITEM_HEAD.exec(item)?.[0].trim();
    if (!head || head.length > 50) break;
    const words = head.split(' ');
    if (words.length > 6 || !words.every((w) => NAME_WORD.test(w))) break;
    // "1. Mali 31/3/17", "- Chile (19 September 2017)": a tally row's own date goes with its name.
    const day = ITEM_DATE.exec(item.slice(ITEM_HEAD.exec(item)![0].length))?.[1];
    heads.push(day ? `${head} (${day})` : head);
    if (line.endsWith('.')) break; // "- C, with its office in X." ends the list
  }
  return heads;
}
function joinLineLists(paras: string[]): string[] {
  const out = paras.slice();
  for (let i = 0; i < paras.length - 2; i++) {
    const lead = paras[i].trimEnd();
    if (!LEAD_IN.test(lead)) continue;
    const heads = listHeads(paras, i + 1);
    if (heads.length < 2) continue;
    const last = heads.pop();
    out[i] = `${lead} ${heads.join(', ')} and ${last}.`;
  }
  return out;
}

/** Split cleaned text into sentences; each paragraph line is split separately. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of joinLineLists(text.split(/\n+/))) {
    let p = para.trim();
    if (!p) continue;
    // A page's time stamp at the head of a paragraph ("date 2025-10-31 The parliament voted ...") dates the page,
    // not the sentence it is glued to: it stands alone (the publication date is read from it, see published.ts).
    const stamp = STAMP.exec(p);
    if (stamp) {
      out.push(stamp[1]);
      p = p.slice(stamp[0].length);
    }
    // A full stop glued to the next sentence ("in the parliament.According to him"): a missing space, not one word.
    p = p.replace(GLUED, '$1 ');
    // A footnote mark after the full stop ("... of 1969.[1] Under Article 78") belongs to the sentence it ends.
    const re = /[.!?]+["'”’)]*(?:\[\d{1,3}\])*(?=\s+["'“‘(]?[A-Z0-9])/g;
    let last = 0;
    for (const m of matchesOf(p, re)) {
      const end = m.index! + m[0].length;
      const piece = p.slice(last, end);
      if (ABBREV.test(p.slice(Math.max(last, m.index! - 6), m.index! + 1))) continue;
      if (piece.trim().length < 3) continue;
      out.push(piece.trim());
      last = end;
    }
    const rest = p.slice(last).trim();
    if (rest) out.push(rest);
  }
  return out;
}
