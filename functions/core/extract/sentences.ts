// Sentence splitting that respects common abbreviations and initials.

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Nos|Art|Arts|vs|etc|approx|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.m|p\.m)|\b[A-Z]|\bU\.S|\bU\.N|\bU\.K|\bE\.U)\.$/;

/** Split cleaned text into sentences; each paragraph line is split separately. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    const p = para.trim();
    if (!p) continue;
    const re = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])/g;
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
