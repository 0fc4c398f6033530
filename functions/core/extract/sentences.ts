// Sentence splitting that respects common abbreviations and initials.

const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Nos|Art|Arts|vs|etc|approx|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.m|p\.m)|\b[A-Z]|\bU\.S|\bU\.N|\bU\.K|\bE\.U)\.$/;

const STAMP =
  /^((?:(?:date|published|updated|posted)[:\s]\s*)?(?:19|20)\d{2}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(?=\S)/i;
// Lower-case word, stop, capitalised word of three letters or more ("parliament.According"; not "News.Az").
const GLUED = /(\b[a-z]{3,}[.!?]["'”’)]?)(?=[A-Z][a-z]{2,})/g;

/** Split cleaned text into sentences; each paragraph line is split separately. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
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
    for (const m of p.matchAll(re)) {
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
