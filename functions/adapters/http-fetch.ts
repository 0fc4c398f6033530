// HTTP fetch for feeds and article pages: conditional headers, a timeout, a size limit read
// from the stream (never trusting Content-Length alone), and a bounded number of redirects.
// Never throws: every failure is a reason, marked retryable when trying again may help.
import type { FetchResult } from '#core/records';
import type { FetchPort } from '#core/ports';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

/** Pages and feeds larger than this are refused (the stated size limit). */
export const MAX_FETCH_BYTES = 3_000_000;

export class HttpFetcher implements FetchPort {
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;

  constructor(options: FetchOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.userAgent = options.userAgent ?? 'TreatyWatch/0.1 (+https://github.com/treaty-watch)';
  }

  async fetch(
    url: string,
    options: { etag?: string; lastModified?: string; accept?: string } = {},
  ): Promise<FetchResult> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let current = url;
    try {
      for (let hop = 0; ; hop++) {
        const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: options.accept ?? '*/*' };
        if (options.etag) headers['if-none-match'] = options.etag;
        if (options.lastModified) headers['if-modified-since'] = options.lastModified;
        const response = await fetch(current, { headers, redirect: 'manual', signal });
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          const location = response.headers.get('location');
          await response.body?.cancel();
          if (!location)
            return {
              kind: 'error',
              reason: `HTTP ${response.status} without a Location header`,
              retryable: false,
              status: response.status,
            };
          if (hop >= this.maxRedirects)
            return {
              kind: 'error',
              reason: `more than ${this.maxRedirects} redirects`,
              retryable: false,
              status: response.status,
            };
          current = new URL(location, current).toString();
          if (!/^https?:/i.test(current))
            return { kind: 'error', reason: `redirect to a non-HTTP URL`, retryable: false };
          continue;
        }
        if (response.status === 304) {
          await response.body?.cancel();
          return { kind: 'not-modified' };
        }
        if (!response.ok) {
          await response.body?.cancel();
          const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
          return { kind: 'error', reason: `HTTP ${response.status}`, retryable, status: response.status };
        }
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (declared > this.maxBytes) {
          await response.body?.cancel();
          return {
            kind: 'error',
            reason: `response is ${declared} bytes; the limit is ${this.maxBytes}`,
            retryable: false,
          };
        }
        const bytes = await this.readBounded(response);
        if (!bytes)
          return {
            kind: 'error',
            reason: `response is larger than ${this.maxBytes} bytes (the limit)`,
            retryable: false,
          };
        return {
          kind: 'ok',
          bytes,
          url: current,
          ...(response.headers.get('content-type') ? { contentType: response.headers.get('content-type')! } : {}),
          ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
          ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
        };
      }
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return { kind: 'error', reason: `no answer within ${this.timeoutMs} ms`, retryable: true };
      return { kind: 'error', reason: `${e.cause?.code ?? e.name}: ${e.message}`.slice(0, 300), retryable: true };
    }
  }

  /** Reads the body, or returns undefined as soon as it passes the limit. */
  private async readBounded(response: Response): Promise<Uint8Array | undefined> {
    if (!response.body) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > this.maxBytes) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.byteLength;
    }
    return out;
  }
}
