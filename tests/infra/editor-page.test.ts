// The editors' upload page on AWS: its files deployed into the site bucket under editor/ with the API's URL, served
// at /editor/ with a Content-Security-Policy that allows its own script and calls to the API (and nothing the page
// does not use), and the API's CORS open to the site's origin only.

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { EDITOR_INDEX_FUNCTION } from '../../infra/delivery.ts';
import { CONTENT_SECURITY_POLICY, EDITOR_CONTENT_SECURITY_POLICY } from '../../infra/edge.ts';
import { EDITOR_CONFIG_FILE, EDITOR_PAGE_DIR, EDITOR_PAGE_TYPES } from '../../site/editor-page.ts';
import { type Synthesised, synthesise } from './synthesise.ts';

const plain = synthesise();
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f0f0f0f-1111-2222-3333-444444444444';

const distributionConfig = (s: Synthesised) => {
  const [[, distribution] = []] = s.resourcesOf('AWS::CloudFront::Distribution');
  return distribution?.Properties.DistributionConfig as {
    DefaultCacheBehavior: Record<string, unknown>;
    CacheBehaviors?: (Record<string, unknown> & { PathPattern: string })[];
  };
};
const corsOf = (s: Synthesised) => {
  const [[, api] = []] = s.resourcesOf('AWS::ApiGatewayV2::Api');
  return api?.Properties.CorsConfiguration;
};
/** Each directive of a policy and its sources. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );

/** A resolved string with its pseudo parameters written as cdk-nag writes them: `<AWS::Region>`. */
const rendered = (value: string | { 'Fn::Join': [string, (string | { Ref: string })[]] }) =>
  typeof value === 'string' ? value : value['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : `<${part.Ref}>`)).join('');

describe("the API's CORS", () => {
  it("lets the site's origin, and only it, call the API from a browser with a token", () => {
    // Assess
    expect(corsOf(plain)).toEqual({
      AllowOrigins: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [plain.logicalId(plain.stack.delivery.distribution), 'DomainName'] }]] }],
      AllowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      // If-Match makes a correction conditional; the ETag tells the page the version to send.
      AllowHeaders: ['authorization', 'content-type', 'if-match'],
      ExposeHeaders: ['etag'],
      MaxAge: 3600,
    });
  });

  it('names the custom domain when the site has one', () => {
    // Act
    const custom = synthesise({ domainName: 'feeds.example.org', certificateArn: CERTIFICATE });

    // Assess
    expect(corsOf(custom).AllowOrigins).toEqual(['https://feeds.example.org']);
  });
});

describe('the /editor/ behaviour', () => {
  const behaviours = distributionConfig(plain).CacheBehaviors ?? [];
  const editor = behaviours.find((behaviour) => behaviour.PathPattern === 'editor*');
  const policies = Object.fromEntries(
    plain.resourcesOf('AWS::CloudFront::ResponseHeadersPolicy').map(([id, policy]) => [id, policy.Properties.ResponseHeadersPolicyConfig]),
  );
  const policyOf = (behaviour: Record<string, unknown> | undefined) => policies[(behaviour?.ResponseHeadersPolicyId as { Ref: string } | undefined)?.Ref ?? ''];

  it('is the only behaviour besides the default, with the default cache policy and the same origin', () => {
    // Assess
    expect(behaviours.map((behaviour) => behaviour.PathPattern)).toEqual(['editor*']);
    const defaults = distributionConfig(plain).DefaultCacheBehavior;
    expect(editor).toMatchObject({
      TargetOriginId: defaults.TargetOriginId,
      CachePolicyId: defaults.CachePolicyId,
      AllowedMethods: ['GET', 'HEAD'],
      ViewerProtocolPolicy: 'redirect-to-https',
    });
  });

  it("gives the page a policy with its own script and the region's API endpoints, and keeps the pages' no-script policy elsewhere", () => {
    // Act
    const page = policyOf(editor);
    const site = policyOf(distributionConfig(plain).DefaultCacheBehavior);

    // Assess
    expect(page.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toEqual(plain.stack.resolve(EDITOR_CONTENT_SECURITY_POLICY));
    expect(site.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toBe(CONTENT_SECURITY_POLICY);
    expect(directives(rendered(plain.stack.resolve(EDITOR_CONTENT_SECURITY_POLICY)))).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ['data:'],
      'connect-src': ["'self'", 'https://*.execute-api.<AWS::Region>.<AWS::URLSuffix>'],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    // The other security headers are the site's.
    const { ContentSecurityPolicy: _page, ...pageRest } = page.SecurityHeadersConfig;
    const { ContentSecurityPolicy: _site, ...siteRest } = site.SecurityHeadersConfig;
    expect(pageRest).toEqual(siteRest);
  });

  it('redirects /editor to /editor/ and serves index.html for /editor/, through a CloudFront Function', () => {
    // Prepare: the function's code as CloudFront runs it (cloudfront-js-2.0 is ECMAScript with a handler).
    const [[functionId, fn] = []] = plain.resourcesOf('AWS::CloudFront::Function');
    const handler = new Function(`${EDITOR_INDEX_FUNCTION}; return handler;`)() as (event: { request: { uri: string } }) => unknown;
    const run = (uri: string) => handler({ request: { uri } });

    // Assess
    expect(fn?.Properties.FunctionCode).toBe(EDITOR_INDEX_FUNCTION);
    expect(editor?.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } }]);
    expect(run('/editor')).toEqual({ statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '/editor/' } } });
    expect(run('/editor/')).toEqual({ uri: '/editor/index.html' });
    expect(run('/editor/editor.js')).toEqual({ uri: '/editor/editor.js' });
  });
});

describe("the page's deployment", () => {
  const [[, deployment] = []] = plain.resourcesOf('Custom::CDKBucketDeployment');

  it('copies the page into the site bucket under editor/ only, revalidated on every load', () => {
    // Assess
    expect(deployment?.Properties).toMatchObject({
      DestinationBucketName: { Ref: plain.logicalId(plain.stack.storage.siteBucket) },
      DestinationBucketKeyPrefix: 'editor/',
      Prune: true,
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
  });

  it("writes a config.json that gives the page's script the API's URL", () => {
    // Assess: the second source is config.json, whose markers are the API's id, the region and the URL suffix.
    expect(deployment?.Properties.SourceMarkers[1]).toEqual({
      '<<marker:0xbaba:0>>': { Ref: plain.logicalId(plain.stack.ingest.api) },
      '<<marker:0xbaba:1>>': { Ref: 'AWS::Region' },
      '<<marker:0xbaba:2>>': { Ref: 'AWS::URLSuffix' },
    });
    expect(deployment?.Properties.SourceMarkersConfig[1]).toEqual({ jsonEscape: true });
  });

  it('runs its deploy-time handler under a role of ours, with no AWS managed policy, logging with a retention', () => {
    // Prepare
    const [[handlerId, handler] = []] = plain.resourcesOf('AWS::Lambda::Function').filter(([id]) => id.startsWith('CustomCDKBucketDeployment'));
    const role = plain.json.Resources[(handler?.Properties.Role as { 'Fn::GetAtt': [string] } | undefined)?.['Fn::GetAtt'][0] ?? ''];
    const logGroup = plain.json.Resources[(handler?.Properties.LoggingConfig.LogGroup as { Ref: string } | undefined)?.Ref ?? ''];

    // Assess
    expect(handlerId).toBeDefined();
    expect(role?.Properties.ManagedPolicyArns).toBeUndefined();
    expect(logGroup?.Properties.RetentionInDays).toBeGreaterThan(0);
  });
});

describe("the page's files", () => {
  const files = readdirSync(EDITOR_PAGE_DIR);
  const html = readFileSync(join(EDITOR_PAGE_DIR, 'index.html'), 'utf8');
  const scripts = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(EDITOR_PAGE_DIR, file), 'utf8'));

  it('are of types the local runtime serves, with a config.json that points the page at its own origin', () => {
    // Assess
    expect(files.filter((file) => !file.endsWith('.js')).sort()).toEqual(['config.json', 'editor.css', 'index.html']);
    expect(files).toContain('editor.js');
    for (const file of files) expect(EDITOR_PAGE_TYPES[extname(file)], file).toBeDefined();
    expect(JSON.parse(readFileSync(join(EDITOR_PAGE_DIR, EDITOR_CONFIG_FILE), 'utf8'))).toEqual({ apiUrl: '' });
  });

  it('load only what the policy allows: its own script and stylesheet and a data: icon, nothing inline', () => {
    // Act
    const loads: string[] = [];
    new Parser({
      onopentag(name, attributes) {
        if (name === 'script') loads.push(`script type=${attributes.type} src=${attributes.src}`);
        if (name === 'style') loads.push('style element');
        if (name === 'link') loads.push(`link rel=${attributes.rel} href=${attributes.href}`);
        for (const attribute of Object.keys(attributes)) if (/^on|^style$/.test(attribute)) loads.push(`${name} ${attribute}`);
        if (['img', 'iframe', 'object', 'embed', 'base', 'frame'].includes(name)) loads.push(name);
      },
    }).end(html);

    // Assess
    expect(loads).toEqual(['link rel=icon href=data:,', 'link rel=stylesheet href=editor.css', 'script type=module src=editor.js']);
  });

  it('put text into the page as text: no HTML parsing of what the API or the article says, no eval', () => {
    // Assess
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|setAttribute\(['"]on/);
  });
});
