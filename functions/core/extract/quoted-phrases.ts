// Quotation marks around a short phrase in lower case ('has "acceded to" the convention', 'its “definitive
// withdrawal” from') mark a word as the source's, not a quotation of a sentence: the cues read the phrase as if
// unquoted. The marks become spaces, so every offset into the sentence stays the same. A quoted name (capitals) or a
// longer quotation (more than four words) is left alone.
const QUOTED = /(["“])(\p{Ll}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})(["”])/gu;

export function unquotePhrases(s: string): string {
  if (!s.includes('"') && !s.includes('“')) return s;
  return s.replace(QUOTED, (_m, _open: string, inner: string) => ` ${inner} `);
}
