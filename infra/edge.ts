// The edge's settings read from CDK context (all optional; `cdk synth` stays offline and environment-agnostic),
// the response headers every reader gets, and the optional WAF web ACL. How to set them: docs/deploy.md, "Edge".

import { Aws, CfnRule, Fn, Stack, Token } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { editorContentSecurityPolicy } from '../site/editor-page.ts';

/**
 * Content-Security-Policy for everything the site serves. The pages (functions/core/publish/pages/) load
 * nothing: one inline <style> element, a `data:` icon, and JSON-LD data blocks, which are never executed and
 * need no script-src. So: no script at all, inline styles only, images only from `data:`, no base, no forms,
 * no framing. `'unsafe-inline'` rather than the stylesheet's hash: pages written by an older publisher are not
 * all rewritten when the stylesheet changes, and with every other source `'none'` injected CSS could load or
 * send nothing. The pages' own <meta> policy says the same (a browser applies both).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Content-Security-Policy for the editors' upload page (/editor/, site/editor/): the page's own script, stylesheet
 * and configuration, and calls to the API. The API is named by the region's execute-api domain rather than by its
 * id: the API's CORS names the site's domain (infra/ingest.ts), so a policy naming the API would make the
 * distribution and the API depend on each other. A script could only be 'self' anyway.
 */
export const EDITOR_CONTENT_SECURITY_POLICY = editorContentSecurityPolicy([`https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`]);

/** Strict-Transport-Security max-age: two years, what hstspreload.org asks for (no preload: the domain is yours). */
export const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 3600;

/** WAF for CloudFront exists only in us-east-1 (CLOUDFRONT scope); a web ACL elsewhere cannot be attached. */
export const WAF_REGION = 'us-east-1';
/** WAF's rate-based rules count requests per IP over this window (seconds); 300 is WAF's default. */
export const WAF_WINDOW_SECONDS = 300;

export interface EdgeSettings {
  /** A custom domain for the site (`-c domainName=feeds.example.org`); needs `certificateArn`. */
  domainName?: string;
  /** An ACM certificate in us-east-1 covering `domainName` (`-c certificateArn=arn:aws:acm:us-east-1:…`). */
  certificateArn?: string;
  /** An existing WAFv2 web ACL (scope CLOUDFRONT) to attach (`-c webAclArn=arn:aws:wafv2:us-east-1:…`). */
  webAclArn?: string;
  /** Create a web ACL blocking an IP above this many requests per 5 minutes (`-c wafRateLimit=1000`); us-east-1 only. */
  wafRateLimit?: number;
}

function stringContext(scope: Construct, key: string): string | undefined {
  const value: unknown = scope.node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context value ${key} must be a string.`);
  return value.trim();
}

/** Reads and checks the edge settings from context; a wrong combination fails `cdk synth` with what to do. */
export function edgeSettings(scope: Construct): EdgeSettings {
  const domainName = stringContext(scope, 'domainName');
  const certificateArn = stringContext(scope, 'certificateArn');
  const webAclArn = stringContext(scope, 'webAclArn');
  const rawLimit: unknown = scope.node.tryGetContext('wafRateLimit');
  let wafRateLimit: number | undefined;
  if (rawLimit !== undefined && rawLimit !== null && rawLimit !== '' && rawLimit !== false) {
    wafRateLimit = Number(rawLimit);
    // WAF accepts 10 to 2,000,000,000 requests per evaluation window.
    if (!Number.isInteger(wafRateLimit) || wafRateLimit < 10 || wafRateLimit > 2_000_000_000) {
      throw new Error(`wafRateLimit must be a whole number of requests per 5 minutes per IP, 10 or more (got ${String(rawLimit)}).`);
    }
  }
  if (Boolean(domainName) !== Boolean(certificateArn)) {
    throw new Error('Set domainName and certificateArn together: CloudFront serves a custom domain only with its certificate.');
  }
  if (certificateArn && !Token.isUnresolved(certificateArn) && !certificateArn.startsWith('arn:aws:acm:us-east-1:')) {
    throw new Error(`certificateArn must be an ACM certificate in ${WAF_REGION}: CloudFront reads certificates only from there.`);
  }
  if (webAclArn && wafRateLimit !== undefined) {
    throw new Error('Set webAclArn or wafRateLimit, not both: add the rate-based rule to your own web ACL instead.');
  }
  if (webAclArn && !webAclArn.startsWith(`arn:aws:wafv2:${WAF_REGION}:`)) {
    throw new Error(`webAclArn must be a WAFv2 web ACL of scope CLOUDFRONT, which lives in ${WAF_REGION}.`);
  }
  return { domainName, certificateArn, webAclArn, wafRateLimit };
}

/**
 * A web ACL (scope CLOUDFRONT) that allows everything except an IP sending more than `limit` requests per five
 * minutes. Only a stack in us-east-1 can hold it: a concrete other region fails synthesis, and an
 * environment-agnostic stack gets a CloudFormation rule that stops the deployment anywhere else.
 */
export function rateLimitWebAcl(scope: Construct, limit: number): CfnWebACL {
  const stack = Stack.of(scope);
  if (!Token.isUnresolved(stack.region) && stack.region !== WAF_REGION) {
    throw new Error(
      `wafRateLimit creates a CloudFront web ACL, which must be in ${WAF_REGION} (this stack is in ${stack.region}). Create one there and pass -c webAclArn=… instead.`,
    );
  }
  const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName });
  const acl = new CfnWebACL(scope, 'RateLimit', {
    scope: 'CLOUDFRONT',
    description: `meeting-feeds: blocks an IP above ${limit} requests per ${WAF_WINDOW_SECONDS / 60} minutes`,
    defaultAction: { allow: {} },
    visibilityConfig: visibility('MeetingFeedsSite'),
    rules: [
      {
        name: 'RatePerIp',
        priority: 0,
        action: { block: {} },
        statement: { rateBasedStatement: { aggregateKeyType: 'IP', limit, evaluationWindowSec: WAF_WINDOW_SECONDS } },
        visibilityConfig: visibility('MeetingFeedsRatePerIp'),
      },
    ],
  });
  if (Token.isUnresolved(stack.region)) {
    new CfnRule(scope, 'RateLimitRegion', {
      assertions: [
        {
          assert: Fn.conditionContains([WAF_REGION], Aws.REGION),
          assertDescription: `wafRateLimit creates a CloudFront web ACL, which must be in ${WAF_REGION}. Deploy there, or create the web ACL in ${WAF_REGION} and pass -c webAclArn=… instead.`,
        },
      ],
    });
  }
  return acl;
}
