// Files (CLI paths, S3 objects): bytes + name → article inputs. One parser for both, so a file
// dropped in the bucket ingests exactly as `treaty-watch ingest FILE` does.
import { parseArticleFile } from '../article';
import type { SourceInput } from '../ingest';
import { decodeBytes } from './charset';
import { articleFromHtml } from './html';
import { articlesFromJson } from './json';

/** Files larger than this are rejected with a reason (not read into memory whole). */
export const MAX_FILE_BYTES = 5_000_000;

export const FILE_TYPES = ['.txt', '.md', '.html', '.htm', '.json'] as const;

export function fileKind(name: string): 'text' | 'html' | 'json' | undefined {
  const ext = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0];
  if (ext === '.txt' || ext === '.md' || ext === '.text') return 'text';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.json') return 'json';
  return undefined;
}

/** One file → its article inputs (a JSON file may hold a batch). `label` is its source label. */
export function parseSourceFile(label: string, bytes: Uint8Array, contentType?: string): SourceInput[] {
  const kind = fileKind(label);
  const preview = () => new TextDecoder('utf-8').decode(bytes.subarray(0, 2000));
  if (!kind)
    return [
      {
        text: '',
        source: label,
        rejection: `unsupported file type (expected ${FILE_TYPES.join(', ')})`,
        raw: preview(),
      },
    ];
  if (bytes.length > MAX_FILE_BYTES)
    return [
      {
        text: '',
        source: label,
        rejection: `file is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`,
        raw: preview(),
      },
    ];
  const { text } = decodeBytes(bytes, contentType);
  if (text.trim() === '')
    return [
      {
        text: '',
        source: label,
        rejection: bytes.length === 0 ? 'the file is empty' : 'the file holds only white space',
      },
    ];
  if (kind === 'text') return [parseArticleFile(text, label)];
  if (kind === 'html') {
    const page = articleFromHtml(text);
    if (!page.ok) return [{ text: '', source: label, rejection: page.reason, raw: text }];
    return [{ ...page.article, source: label }];
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [
      { text: '', source: label, rejection: `malformed JSON: ${(error as Error).message.slice(0, 200)}`, raw: text },
    ];
  }
  const parsed = articlesFromJson(value, label, { maxBatch: 1_000 });
  if (!parsed.ok) return [{ text: '', source: label, rejection: parsed.reason, raw: text }];
  return parsed.items;
}
