// CloudFront in front of the web HTTP API. The public record (archive, treaty and state pages,
// feeds) is cached at the edge on the function's Cache-Control and revalidated with its ETag;
// everything else (subscribe forms, confirm/unsubscribe links, the JSON API) passes through
// uncached, with every viewer header but Host. A viewer-request function passes on the viewer's
// host (the Origin check of form posts) and address (the per-network subscribe limit).
import { Duration, Fn } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';

/** Paths the record serves (GET/HEAD only, public, cacheable): functions/web/record/routes.ts. */
export const RECORD_PATH_PATTERNS = [
  '/archive',
  '/archive/*',
  '/treaties',
  '/treaties/*',
  '/states/*',
  '/feed.xml',
  '/feed.json',
];

/** The edge keeps a page at most this long when the function sends no max-age (it always does). */
export const RECORD_DEFAULT_TTL = Duration.minutes(5);

const VIEWER_FUNCTION = `function handler(event) {
  var request = event.request;
  request.headers['x-forwarded-host'] = { value: request.headers.host ? request.headers.host.value : '' };
  request.headers['x-viewer-address'] = { value: event.viewer.ip };
  return request;
}`;

export class WebDistribution extends Construct {
  readonly distribution: cloudfront.Distribution;
  /** https://<distribution domain>: the public base URL of pages and e-mail links. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: { api: apigw.HttpApi; stage: string }) {
    super(scope, id);
    // https://abc.execute-api.region.amazonaws.com → abc.execute-api.region.amazonaws.com
    const origin = new origins.HttpOrigin(Fn.select(2, Fn.split('/', props.api.apiEndpoint)), {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const viewerRequest = new cloudfront.Function(this, 'ViewerRequest', {
      comment: 'Treaty Watch: pass the viewer host and address to the web function',
      code: cloudfront.FunctionCode.fromInline(VIEWER_FUNCTION),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
    });
    // The cache key is the path and the archive's page cursor: no cookies, no headers (pages are
    // the same for everyone). CloudFront answers If-None-Match itself from a cached ETag.
    const recordCache = new cloudfront.CachePolicy(this, 'RecordCache', {
      comment: 'Treaty Watch public record: path + ?before, TTL from Cache-Control',
      minTtl: Duration.seconds(0),
      defaultTtl: RECORD_DEFAULT_TTL,
      maxTtl: Duration.days(1),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.allowList('before'),
      headerBehavior: cloudfront.CacheHeaderBehavior.none(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const record: cloudfront.BehaviorOptions = {
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      cachePolicy: recordCache,
      compress: true,
    };
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Treaty Watch ${props.stage}: public record (cached) and subscribe pages (not cached)`,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        functionAssociations: [{ function: viewerRequest, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: Object.fromEntries(RECORD_PATH_PATTERNS.map((p) => [p, record])),
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
  }
}
