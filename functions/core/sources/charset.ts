// Bytes → text for pages and feeds whose encoding may be declared wrongly or not at all.
// Order of trust: byte-order mark, Content-Type charset, the document's own declaration
// (XML prolog, <meta charset>), UTF-8 if the bytes are valid UTF-8, else windows-1252
// (what browsers assume for undeclared Western pages). Never throws.

export interface Decoded {
  text: string;
  /** The encoding actually used. */
  encoding: string;
  /** The declared encoding was missing, unknown or did not fit the bytes. */
  guessed: boolean;
}

export function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** The encoding a document declares for itself in its first kilobytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const prolog = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (prolog) return prolog[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

// Node's TextDecoder decodes windows-1252 as ISO-8859-1; these are the 0x80–0x9F differences.
const CP1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): { text: string; encoding: string } | undefined {
  try {
    const decoder = new TextDecoder(label, { fatal });
    const text = decoder.decode(bytes);
    if (decoder.encoding === 'windows-1252')
      return {
        text: text.replace(/[\u0080-\u009F]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]),
        encoding: decoder.encoding,
      };
    return { text, encoding: decoder.encoding };
  } catch {
    return undefined; // unknown label, or bytes that do not fit it
  }
}

export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const done = tryDecode(bytes, bom, false);
    if (done) return { ...done, text: done.text.replace(/^\uFEFF/, ''), guessed: false };
  }
  const declared = [charsetFromContentType(contentType), declaredCharset(bytes)].filter((c): c is string => !!c);
  for (const label of declared) {
    // UTF-16 declared in a document read as bytes is almost always wrong: fall through.
    if (/^utf-?16/.test(label)) continue;
    const done = tryDecode(bytes, label, true);
    if (done) return { ...done, guessed: false };
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8) return { ...utf8, guessed: declared.length > 0 };
  const fallback = tryDecode(bytes, 'windows-1252', false) ?? { text: '', encoding: 'windows-1252' };
  return { ...fallback, guessed: true };
}
