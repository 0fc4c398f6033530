// The web function takes API Gateway HTTP API v2 / function URL events; the local server
// builds the same shape from a Node request.
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { makeHandler, toWebRequest } from '#web/handler';
import { toEvent } from '#local/web-server';
import { signToken } from '#core/tokens';
import { logger } from '#adapters/logger';
import { makeWeb, SECRET } from './web-fixture';

logger.setLogLevel('SILENT');

const event = (over: Partial<APIGatewayProxyEventV2>): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/',
  rawQueryString: '',
  headers: { host: 'tw.test' },
  isBase64Encoded: false,
  requestContext: {
    accountId: '1',
    apiId: 'a',
    domainName: 'tw.test',
    domainPrefix: 'tw',
    requestId: 'r',
    routeKey: '$default',
    stage: '$default',
    time: '',
    timeEpoch: 0,
    http: { method: 'GET', path: '/', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
  },
  ...over,
});

describe('the web function’s event', () => {
  it('maps method, path, query, lower-cased headers, a base64 body and the client address', () => {
    const req = toWebRequest(
      event({
        rawPath: '/unsubscribe',
        rawQueryString: 'token=abc',
        headers: { Host: 'tw.test', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: Buffer.from('List-Unsubscribe=One-Click').toString('base64'),
        isBase64Encoded: true,
        requestContext: {
          ...event({}).requestContext,
          http: { method: 'POST', path: '/unsubscribe', protocol: 'HTTP/1.1', sourceIp: '198.51.100.4', userAgent: '' },
        },
      }),
    );
    expect(req).toMatchObject({
      method: 'POST',
      path: '/unsubscribe',
      body: 'List-Unsubscribe=One-Click',
      sourceIp: '198.51.100.4',
      headers: { host: 'tw.test', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(req.query.get('token')).toBe('abc');
  });

  it('answers with status, security headers and body; an unexpected failure is a plain 500 page', async () => {
    const { deps } = makeWeb();
    const ok = await makeHandler(deps)(event({}));
    expect(ok.statusCode).toBe(200);
    expect(ok.headers?.['content-security-policy']).toMatch(/default-src 'none'/);
    const broken = await makeHandler({
      ...deps,
      accounts: {
        ...deps.accounts,
        get: async () => {
          throw new Error('table down');
        },
      },
    })(
      event({
        rawPath: '/preferences',
        rawQueryString: `token=${signToken(SECRET, 'someone', 'preferences', 4_000_000_000)}`,
      }),
    );
    expect(broken.statusCode).toBe(500);
    expect(String(broken.body)).not.toContain('table down');
  });

  it('the local server turns a Node request into the same event shape', () => {
    const req = Object.assign(Readable.from([]), {
      url: '/confirm?token=t1',
      method: 'GET',
      httpVersion: '1.1',
      headers: { host: '127.0.0.1:8080', 'user-agent': 'x' },
      socket: { remoteAddress: '127.0.0.1' },
    }) as unknown as IncomingMessage;
    const e = toEvent(req, Buffer.from(''));
    expect(e).toMatchObject({
      version: '2.0',
      rawPath: '/confirm',
      rawQueryString: 'token=t1',
      isBase64Encoded: false,
    });
    expect(toWebRequest(e)).toMatchObject({ method: 'GET', path: '/confirm', sourceIp: '127.0.0.1' });
  });
});
