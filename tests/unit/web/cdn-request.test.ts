// Behind CloudFront: the viewer-request function sets x-forwarded-host and x-viewer-address; the
// web function treats them as the request's host (the Origin check of form posts) and client
// address (the per-network subscribe limit). The record's routes come first, the subscribe app after.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { makeHandler, toWebRequest } from '#web/handler';
import { logger } from '#adapters/logger';
import { makeRecord } from './record-fixture';
import { formToken, makeWeb } from './web-fixture';

logger.setLogLevel('SILENT');

const event = (over: Partial<APIGatewayProxyEventV2>, method = 'GET'): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/',
  rawQueryString: '',
  isBase64Encoded: false,
  headers: {
    host: 'abc.execute-api.eu-west-1.amazonaws.com',
    'x-forwarded-host': 'd111.cloudfront.net',
    'x-viewer-address': '203.0.113.9',
  },
  requestContext: {
    accountId: '1',
    apiId: 'a',
    domainName: 'x',
    domainPrefix: 'x',
    requestId: 'r',
    routeKey: '$default',
    stage: '$default',
    time: '',
    timeEpoch: 0,
    http: { method, path: '/', protocol: 'HTTP/1.1', sourceIp: '130.176.1.1', userAgent: 'test' },
  },
  ...over,
});

describe('requests through CloudFront', () => {
  it('take the viewer host and address from the edge function’s headers', () => {
    expect(toWebRequest(event({}))).toMatchObject({
      headers: { host: 'd111.cloudfront.net' },
      sourceIp: '203.0.113.9',
    });
    const direct = toWebRequest(event({ headers: { host: 'tw.test' } }));
    expect(direct).toMatchObject({ headers: { host: 'tw.test' }, sourceIp: '130.176.1.1' });
  });

  it('accept a form posted from the CloudFront host, refuse one from another site', async () => {
    const { deps } = makeWeb();
    const web = makeHandler(deps);
    const page = await web(event({ rawPath: '/subscribe' }));
    const body = new URLSearchParams({
      form_token: formToken(page.body as string),
      email: 'r@example.org',
      scope: 'all',
      frequency: 'instant',
    }).toString();
    const post = (origin: string) =>
      web(
        event(
          {
            rawPath: '/subscribe',
            body,
            headers: { ...event({}).headers, origin, 'content-type': 'application/x-www-form-urlencoded' },
          },
          'POST',
        ),
      );
    expect((await post('https://d111.cloudfront.net')).statusCode).toBe(200);
    expect((await post('https://evil.example')).statusCode).toBe(403);
  });

  it('serve the record before the subscribe app', async () => {
    const { deps } = makeWeb();
    const { deps: record } = makeRecord();
    const web = makeHandler({ ...deps, record });
    const archive = await web(event({ rawPath: '/archive' }));
    expect(archive.statusCode).toBe(200);
    expect(archive.headers?.etag).toBeTruthy();
    expect((await web(event({ rawPath: '/' }))).body).toContain('Subscribe to Treaty Watch');
  });
});
