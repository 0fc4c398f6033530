// CloudFront in front of the web HTTP API: the public record cached on the function's
// Cache-Control (path + ?before as the key, no cookies or headers), everything else passed
// through uncached with the viewer's host and address; HTTPS to viewers and TLS 1.2 to the origin.
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_DEFAULT_TTL, RECORD_PATH_PATTERNS } from '#infra/constructs/web-distribution';
import { synthApp, type Synthesized } from './synth-app.ts';

// Managed policy ids (AWS documentation, "Use managed cache policies" / "origin request policies").
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

describe('the web CDN', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthApp();
  });

  const distribution = () => {
    const all = Object.values(s.statelessTemplate.findResources('AWS::CloudFront::Distribution'));
    expect(all).toHaveLength(1);
    return all[0].Properties.DistributionConfig;
  };

  it('has the web API as its only origin, over HTTPS with TLS 1.2', () => {
    const config = distribution();
    expect(config.Origins).toHaveLength(1);
    expect(config.Origins[0].CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    expect(JSON.stringify(config.Origins[0].DomainName)).toMatch(/WebApi[0-9A-F]+","ApiEndpoint"/);
  });

  it('caches exactly the record paths, GET/HEAD only, keyed on the path and ?before', () => {
    const config = distribution();
    const behaviors = config.CacheBehaviors as {
      PathPattern: string;
      AllowedMethods: string[];
      CachePolicyId: unknown;
      ViewerProtocolPolicy: string;
    }[];
    expect(behaviors.map((b) => b.PathPattern).sort()).toEqual([...RECORD_PATH_PATTERNS].sort());
    for (const b of behaviors) {
      expect(b.AllowedMethods).toEqual(['GET', 'HEAD']);
      expect(b.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(JSON.stringify(b.CachePolicyId)).toMatch(/WebCdnRecordCache/);
    }
    s.statelessTemplate.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        DefaultTTL: RECORD_DEFAULT_TTL.toSeconds(),
        MinTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: ['before'] },
          HeadersConfig: { HeaderBehavior: 'none' },
          CookiesConfig: { CookieBehavior: 'none' },
        }),
      }),
    });
  });

  it('passes every other request (forms, token links, the API) through uncached, with viewer host and address', () => {
    const def = distribution().DefaultCacheBehavior;
    expect(def).toMatchObject({
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST,
      ViewerProtocolPolicy: 'redirect-to-https',
    });
    expect(def.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'OPTIONS']));
    expect(def.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: expect.anything() }]);
    const [fn] = Object.values(s.statelessTemplate.findResources('AWS::CloudFront::Function'));
    expect(fn.Properties.FunctionCode).toContain("request.headers['x-forwarded-host']");
    expect(fn.Properties.FunctionCode).toContain("request.headers['x-viewer-address'] = { value: event.viewer.ip }");
  });

  it('is the WebUrl readers are given', () => {
    s.statelessTemplate.hasOutput('WebUrl', {
      Value: {
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebCdnDistribution'), 'DomainName'] }]],
      },
    });
  });
});
