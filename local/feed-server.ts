// A local feed server for tests and demos (node:http on a free port): serves a folder of feeds
// and pages with ETag / Last-Modified and 304s, and a few misbehaving routes — a page that
// fails once (/flaky/…), a gigantic streamed page (/big/…), a slow one (/slow/…).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface FeedServer {
  /** http://127.0.0.1:<port> */
  base: string;
  /** Requests per path (without query), and how many were answered 304. */
  hits: Map<string, number>;
  notModified: number;
  /** Serve a different body for a path from now on (a feed that gained an item). */
  override(path: string, body: string | Buffer, contentType?: string): void;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export const GIGANTIC_BYTES = 4_000_000;

export async function startFeedServer(
  root: string,
  options: { port?: number; slowMs?: number } = {},
): Promise<FeedServer> {
  const hits = new Map<string, number>();
  const overrides = new Map<string, { body: Buffer; type?: string }>();
  const failedOnce = new Set<string>();
  const started = new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString();
  let base = '';
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String((error as Error).message));
    }
  });
  const state = { notModified: 0 };

  function send(req: IncomingMessage, res: ServerResponse, body: Buffer, type: string) {
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (
      req.headers['if-none-match'] === etag ||
      (!req.headers['if-none-match'] && req.headers['if-modified-since'] === started)
    ) {
      state.notModified++;
      res.writeHead(304, { etag, 'last-modified': started }).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': type, 'content-length': body.length, etag, 'last-modified': started })
      .end(body);
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/big/')) {
      // Streamed without Content-Length: the fetcher must stop reading at its limit.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const chunk = Buffer.from(`<p>${'All the news about the treaty, again and again. '.repeat(200)}</p>\n`);
      let sent = 0;
      const pump = () => {
        while (sent < GIGANTIC_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      return pump();
    }
    if (path.startsWith('/slow/')) {
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'),
        options.slowMs ?? 5_000,
      ).unref();
      return;
    }
    if (path.startsWith('/flaky/') && !failedOnce.has(path)) {
      failedOnce.add(path);
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('temporarily unavailable');
      return;
    }
    const override = overrides.get(path);
    if (override)
      return send(req, res, override.body, override.type ?? TYPES[extname(path)] ?? 'application/octet-stream');
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root) + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = readFileSync(file);
    const ext = extname(file);
    if (ext === '.xml' || ext === '.html')
      body = Buffer.from(body.toString('latin1').replaceAll('{{BASE}}', base), 'latin1');
    // The wrong-charset fixture is windows-1252 served as UTF-8, as misconfigured servers do.
    send(req, res, body, TYPES[ext] ?? 'application/octet-stream');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // e.g. the port is taken: say so rather than wait forever
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    get notModified() {
      return state.notModified;
    },
    override(path, body, contentType) {
      overrides.set(path, {
        body: Buffer.isBuffer(body) ? body : Buffer.from(body.replaceAll('{{BASE}}', base)),
        type: contentType,
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
