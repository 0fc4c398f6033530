// A local HTTP server over the HTTP ingest handler: requests become API Gateway v2 events, so
// `curl` against it exercises the same code as the deployed endpoint. Like the deployed HTTP
// API, which has one route (POST /articles), it answers 404 for any other path.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { MAX_BODY_BYTES } from '../functions/ingest-http/http-ingest.ts';

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export async function startHttpEndpoint(
  handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>,
  port = 0,
  route = '/articles',
) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname !== route) {
      req.resume(); // the body is not read, but drained so the connection can be reused
      res.writeHead(404, JSON_HEADERS).end(JSON.stringify({ error: `no such path: POST articles to ${route}` }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    // Read at most one byte past the limit: the handler answers 413 without holding the rest.
    for await (const chunk of req) {
      if (size > MAX_BODY_BYTES) continue;
      size += (chunk as Buffer).length;
      chunks.push(chunk as Buffer);
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
    );
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      requestContext: {
        http: {
          method: req.method ?? 'GET',
          path: url.pathname,
          protocol: 'HTTP/1.1',
          sourceIp: req.socket.remoteAddress ?? '',
          userAgent: String(req.headers['user-agent'] ?? ''),
        },
      },
      body: Buffer.concat(chunks)
        .subarray(0, MAX_BODY_BYTES + 1)
        .toString('base64'),
      isBase64Encoded: true,
    } as unknown as APIGatewayProxyEventV2;
    try {
      const out = (await handler(event)) as { statusCode: number; headers?: Record<string, string>; body?: string };
      res.writeHead(out.statusCode, out.headers).end(out.body ?? '');
    } catch (error) {
      res.writeHead(500, JSON_HEADERS).end(JSON.stringify({ error: (error as Error).message }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
