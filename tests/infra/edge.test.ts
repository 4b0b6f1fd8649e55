// The edge: response headers (and that the pages need nothing the Content-Security-Policy forbids), per-route API
// throttles, the optional custom domain with its minimum TLS version, and the optional WAF rate limit.

import { AwsSolutionsChecks } from 'cdk-nag';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../functions/aws/resources.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';
import { renderHomePage } from '../../functions/core/publish/pages/render-home-page.ts';
import { renderMeetingPage } from '../../functions/core/publish/pages/render-meeting-page.ts';
import { ROUTE_THROTTLES } from '../../infra/api-throttling.ts';
import { CONTENT_SECURITY_POLICY, HSTS_MAX_AGE_SECONDS, WAF_REGION } from '../../infra/edge.ts';
import { makeRecord } from '../support/record-factory.ts';
import { type Synthesised, synthesise } from './synthesise.ts';

const plain = synthesise();
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f0f0f0f-1111-2222-3333-444444444444';
const WEB_ACL = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/feeds/0f0f0f0f-1111-2222-3333-444444444444';

const distributionOf = (s: Synthesised) => {
  const [[, distribution] = []] = s.resourcesOf('AWS::CloudFront::Distribution');
  return distribution?.Properties.DistributionConfig as Record<string, unknown> & {
    DefaultCacheBehavior: Record<string, unknown>;
    ViewerCertificate?: Record<string, unknown>;
  };
};
const nagFindings = (s: Synthesised) => new AwsSolutionsChecks().validateScope(s.stack).violations.map((violation) => violation.ruleName);

describe('response headers', () => {
  const policyId = plain.logicalId(plain.stack.delivery.responseHeadersPolicy);
  const config = plain.json.Resources[policyId]?.Properties.ResponseHeadersPolicyConfig;

  it('are set by one policy on the site distribution, overriding whatever an object carries (the editors’ page has its own)', () => {
    expect(plain.resourcesOf('AWS::CloudFront::ResponseHeadersPolicy').map(([id]) => id).sort()).toEqual(
      [policyId, plain.logicalId(plain.stack.delivery.editorHeadersPolicy)].sort(),
    );
    expect(distributionOf(plain).DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it('forbid all script, framing, base and form targets, and allow inline styles and data: images only', () => {
    expect(config.SecurityHeadersConfig.ContentSecurityPolicy).toEqual({ ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true });
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives).toEqual({
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ['data:'],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('carry HSTS for two years, nosniff, a referrer policy and no framing', () => {
    expect(config.SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS, Override: true },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
    });
    expect(HSTS_MAX_AGE_SECONDS).toBe(63_072_000);
  });

  it('keep the public files readable from any origin, without credentials, preflights included', () => {
    expect(config.CorsConfig).toMatchObject({
      AccessControlAllowOrigins: { Items: ['*'] },
      AccessControlAllowMethods: { Items: ['GET', 'HEAD', 'OPTIONS'] },
      AccessControlAllowCredentials: false,
      AccessControlExposeHeaders: { Items: ['ETag', 'Last-Modified'] },
      AccessControlMaxAgeSec: 86_400,
    });
  });

  it('allow everything the pages use: inline <style>, a data: icon, JSON-LD data blocks, and nothing else', () => {
    const site: FeedSite = { siteUrl: 'https://feeds.example.org', title: 'Meetings' };
    const records = [makeRecord(), makeRecord({ id: 'm-2', isMeeting: false, source: { name: 'x', url: 'https://example.org/a' } })];
    for (const html of [renderHomePage(records, site), ...records.map((record) => renderMeetingPage(record, site))]) {
      const loads: string[] = [];
      new Parser({
        onopentag(name, attributes) {
          if (name === 'script') loads.push(`script type=${attributes.type}`);
          if (name === 'style') loads.push('style element');
          if (name === 'link' && attributes.rel !== 'alternate') loads.push(`link rel=${attributes.rel} href=${attributes.href?.slice(0, 5)}`);
          for (const attribute of ['src', 'srcset', 'action', 'formaction', 'style', 'background', 'poster', 'data']) {
            if (attribute in attributes) loads.push(`${name} ${attribute}`);
          }
          if (['img', 'iframe', 'object', 'embed', 'form', 'base', 'frame', 'video', 'audio', 'source'].includes(name)) loads.push(name);
        },
      }).end(html);
      // The JSON-LD block is data (never executed) and needs no script-src; the icon is `data:`; the style inline.
      const jsonLd = html.includes('application/ld+json') ? ['script type=application/ld+json'] : [];
      expect(new Set(loads)).toEqual(new Set(['style element', 'link rel=icon href=data:', ...jsonLd]));
      expect(html).not.toMatch(/url\(|@import/);
    }
  });
});

describe('API throttling', () => {
  const [[stageId, stage] = []] = plain.resourcesOf('AWS::ApiGatewayV2::Stage');

  it('limits every route of the API on its own, within the stage default', () => {
    const routeKeys = plain.resourcesOf('AWS::ApiGatewayV2::Route').map(([, route]) => route.Properties.RouteKey as string);
    expect(Object.keys(stage?.Properties.RouteSettings).sort()).toEqual(routeKeys.sort());
    for (const [key, { rateLimit, burstLimit }] of Object.entries(ROUTE_THROTTLES)) {
      expect(stage?.Properties.RouteSettings[key]).toEqual({ ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit });
      expect(rateLimit).toBeLessThanOrEqual(stage?.Properties.DefaultRouteSettings.ThrottlingRateLimit);
      expect(burstLimit).toBeGreaterThanOrEqual(rateLimit);
    }
    expect(ROUTE_THROTTLES['DELETE /meetings/{meetingId}']?.rateLimit).toBeLessThan(ROUTE_THROTTLES['POST /articles']?.rateLimit ?? 0);
  });

  it('creates the stage after the routes its settings name', () => {
    for (const [routeId] of plain.resourcesOf('AWS::ApiGatewayV2::Route')) expect(stage?.DependsOn).toContain(routeId);
    expect(stageId).toBeDefined();
  });
});

describe('custom domain', () => {
  it('is off by default: the *.cloudfront.net name and certificate, and the site URL on it', () => {
    const distribution = distributionOf(plain);
    expect(distribution.Aliases).toBeUndefined();
    expect(distribution.ViewerCertificate).toBeUndefined();
    expect(plain.json.Outputs?.DistributionDomainName).toBeUndefined();
  });

  it('with -c domainName and -c certificateArn, serves that name over TLS 1.2 or later and links to it', () => {
    const custom = synthesise({ domainName: 'feeds.example.org', certificateArn: CERTIFICATE });
    const distribution = distributionOf(custom);
    expect(distribution.Aliases).toEqual(['feeds.example.org']);
    expect(distribution.ViewerCertificate).toEqual({
      AcmCertificateArn: CERTIFICATE,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    const publish = custom.json.Resources[custom.logicalId(custom.stack.pipeline.publish.function)];
    expect(publish?.Properties.Environment.Variables[ENV.siteUrl]).toBe('https://feeds.example.org');
    expect(custom.json.Outputs?.SiteUrl.Value).toBe('https://feeds.example.org');
    expect(custom.json.Outputs?.DistributionDomainName).toBeDefined();
    expect(nagFindings(custom)).toEqual([]);
  });

  it('refuses a domain without a certificate, or a certificate outside us-east-1', () => {
    expect(() => synthesise({ domainName: 'feeds.example.org' })).toThrow(/together/);
    expect(() => synthesise({ domainName: 'feeds.example.org', certificateArn: CERTIFICATE.replace('us-east-1', 'eu-west-1') })).toThrow(
      /us-east-1/,
    );
  });
});

describe('WAF', () => {
  it('is off by default: no web ACL', () => {
    expect(plain.resourcesOf('AWS::WAFv2::WebACL')).toEqual([]);
    expect(distributionOf(plain).WebACLId).toBeUndefined();
  });

  it('with -c wafRateLimit, blocks an IP above the limit per 5 minutes, and deploys only in us-east-1', () => {
    const waf = synthesise({ wafRateLimit: '500' });
    const acls = waf.resourcesOf('AWS::WAFv2::WebACL');
    expect(acls).toHaveLength(1);
    const [[aclId, acl] = []] = acls;
    expect(acl?.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    expect(acl?.Properties.Rules).toEqual([
      expect.objectContaining({
        Action: { Block: {} },
        Statement: { RateBasedStatement: { AggregateKeyType: 'IP', Limit: 500, EvaluationWindowSec: 300 } },
      }),
    ]);
    expect(distributionOf(waf).WebACLId).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    // The stack is environment-agnostic: a CloudFormation rule stops the deployment outside us-east-1.
    const rules = JSON.stringify(waf.json.Rules);
    expect(rules).toContain(JSON.stringify({ 'Fn::Contains': [[WAF_REGION], { Ref: 'AWS::Region' }] }));
    expect(nagFindings(waf)).toEqual([]);
  });

  it('refuses wafRateLimit in a stack pinned to another region, and nonsense limits', () => {
    expect(() => synthesise({ wafRateLimit: 500 }, { account: '123456789012', region: 'eu-west-1' })).toThrow(/us-east-1.*webAclArn/);
    const pinned = synthesise({ wafRateLimit: 500 }, { account: '123456789012', region: 'us-east-1' });
    expect(pinned.resourcesOf('AWS::WAFv2::WebACL')).toHaveLength(1);
    for (const bad of ['0', '5', 'lots', '1.5']) expect(() => synthesise({ wafRateLimit: bad }), bad).toThrow(/wafRateLimit/);
  });

  it('with -c webAclArn, attaches that web ACL and creates none', () => {
    const attached = synthesise({ webAclArn: WEB_ACL });
    expect(attached.resourcesOf('AWS::WAFv2::WebACL')).toEqual([]);
    expect(distributionOf(attached).WebACLId).toBe(WEB_ACL);
    expect(() => synthesise({ webAclArn: WEB_ACL, wafRateLimit: 500 })).toThrow(/not both/);
    expect(() => synthesise({ webAclArn: WEB_ACL.replace('us-east-1', 'eu-west-1') })).toThrow(/CLOUDFRONT/);
  });
});
