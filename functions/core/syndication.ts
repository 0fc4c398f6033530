// Syndicated copies: the same wire story under another headline, with another outlet's
// boilerplate around it. Word shingles of the cleaned text, a MinHash signature, and LSH band
// keys (stored in the table) find candidates in one batched read; the signatures decide.

export const SYNDICATION = {
  /** Words per shingle. */
  shingle: 5,
  /** Bands × rows = signature length. 20 × 3 finds a pair at Jaccard 0.5 with p ≈ 0.93. */
  bands: 20,
  rows: 3,
  /** A copy: resemblance at least this … */
  jaccard: 0.5,
  /** … or the shorter text at least this much contained in the longer one (trimmed copies). */
  containment: 0.7,
} as const;

const HASHES = SYNDICATION.bands * SYNDICATION.rows;

export interface SyndicationPrint {
  signature: Uint32Array;
  /** Number of distinct shingles (for the containment estimate). */
  shingles: number;
}

/** Lower-case words of the text with links, numbers-only tokens kept, punctuation dropped. */
export function shingleWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/https?:\/\/\S+/g, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2f)));

/** The text's shingle set as 32-bit hashes. */
export function shingleHashes(text: string): Set<number> {
  const words = shingleWords(text);
  const k = SYNDICATION.shingle;
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < k) out.add(fnv1a(words.join(' ')));
  for (let i = 0; i + k <= words.length; i++) out.add(fnv1a(words.slice(i, i + k).join(' ')));
  return out;
}

export function syndicationPrint(text: string): SyndicationPrint {
  const hashes = shingleHashes(text);
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h ^ SEEDS[i]);
      if (v < signature[i]) signature[i] = v;
    }
  }
  return { signature, shingles: hashes.size };
}

/** One key per band: band number + a hash of its rows. Equal keys mark a candidate pair. */
export function bandKeys(print: SyndicationPrint): string[] {
  if (print.shingles === 0) return [];
  const keys: string[] = [];
  for (let b = 0; b < SYNDICATION.bands; b++) {
    const rows = Array.from(print.signature.subarray(b * SYNDICATION.rows, (b + 1) * SYNDICATION.rows)).join('.');
    keys.push(`${String(b).padStart(2, '0')}-${fnv1a(rows).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Estimated resemblance and containment (shorter in longer) from two signatures. */
export function similarity(a: SyndicationPrint, b: SyndicationPrint): { jaccard: number; containment: number } {
  if (a.shingles === 0 || b.shingles === 0 || a.signature.length !== b.signature.length)
    return { jaccard: 0, containment: 0 };
  let same = 0;
  for (let i = 0; i < a.signature.length; i++) if (a.signature[i] === b.signature[i]) same++;
  const jaccard = same / a.signature.length;
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const containment = Math.min(1, shared / Math.min(a.shingles, b.shingles));
  return { jaccard, containment };
}

export function isSyndicatedCopy(a: SyndicationPrint, b: SyndicationPrint): boolean {
  const s = similarity(a, b);
  // Containment alone on tiny texts would match any two one-liners sharing a phrase.
  return (
    s.jaccard >= SYNDICATION.jaccard ||
    (s.containment >= SYNDICATION.containment && Math.min(a.shingles, b.shingles) >= 20)
  );
}

export interface Candidate {
  articleId: string;
  print: SyndicationPrint;
}

/** The candidate this text copies (the most similar one that qualifies), or null. */
export function findOriginal(
  print: SyndicationPrint,
  candidates: Candidate[],
): { articleId: string; jaccard: number; containment: number } | null {
  let best: { articleId: string; jaccard: number; containment: number } | null = null;
  for (const c of candidates) {
    if (!isSyndicatedCopy(print, c.print)) continue;
    const s = similarity(print, c.print);
    if (!best || s.jaccard > best.jaccard) best = { articleId: c.articleId, ...s };
  }
  return best;
}

export function encodeSignature(signature: Uint32Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64');
}

export function decodeSignature(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const out = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}
