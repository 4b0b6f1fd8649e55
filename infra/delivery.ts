// How readers get the published site: CloudFront in front of the private site bucket (origin access control),
// HTTPS only, caching that follows the Cache-Control the publisher writes on each object, security headers on
// every response, and optionally a custom domain (minimum TLS 1.2) and a WAF rate limit (infra/edge.ts). The
// editors' upload page (site/editor/) is deployed into the same bucket under editor/ and served with a policy
// that lets its script call the API.

import { Aws, type CfnElement, CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Distribution,
  FunctionCode,
  FunctionEventType,
  Function as EdgeFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
  OriginRequestPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct, type IConstruct } from 'constructs';
import { EDITOR_CONFIG_FILE, EDITOR_PAGE_DIR, EDITOR_PAGE_PREFIX } from '../site/editor-page.ts';
import { CONTENT_SECURITY_POLICY, EDITOR_CONTENT_SECURITY_POLICY, type EdgeSettings, HSTS_MAX_AGE_SECONDS, rateLimitWebAcl } from './edge.ts';

/**
 * CloudFront Function (viewer request) for the editors' page: `/editor` redirects to `/editor/`, and a path that
 * ends in `/` is its index.html (S3 has no directory index; `defaultRootObject` covers `/` only).
 */
export const EDITOR_INDEX_FUNCTION = `function handler(event) {
  var request = event.request;
  if (request.uri === '/editor') {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '/editor/' } } };
  }
  if (request.uri.endsWith('/')) request.uri += 'index.html';
  return request;
}`;

/** The CloudFormation logical id of a resource, as cdk-nag names it in a finding. */
function logicalIdOf(construct: IConstruct): string {
  const stack = Stack.of(construct);
  return stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement)) as string;
}

/** The security headers of every response, with the Content-Security-Policy of the part of the site served. */
function securityHeaders(contentSecurityPolicy: string): ResponseSecurityHeadersBehavior {
  return {
    contentSecurityPolicy: { contentSecurityPolicy, override: true },
    strictTransportSecurity: {
      accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
      includeSubdomains: false,
      preload: false,
      override: true,
    },
    contentTypeOptions: { override: true },
    referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
  };
}

export interface DeliveryProps {
  siteBucket: IBucket;
  accessLogsBucket: IBucket;
  /** Custom domain and WAF (from context: edgeSettings in infra/edge.ts); none by default. */
  edge?: EdgeSettings;
}

export class Delivery extends Construct {
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  /** The editors' page's headers: its Content-Security-Policy allows its own script and calls to the API. */
  readonly editorHeadersPolicy: ResponseHeadersPolicy;
  private readonly siteBucket: IBucket;
  /** The web ACL this stack created (`wafRateLimit`), if any. */
  readonly webAcl?: CfnWebACL;
  /** `https://` plus the custom domain, or else the distribution's domain: the base of every link in the feeds. */
  readonly siteUrl: string;

  constructor(scope: Construct, id: string, props: DeliveryProps) {
    super(scope, id);
    this.siteBucket = props.siteBucket;

    // Objects without Cache-Control are cached for 5 minutes; the publisher sets short or long lifetimes itself.
    const cachePolicy = new CachePolicy(this, 'CachePolicy', {
      comment: 'meeting-feeds: honour origin Cache-Control, 5 minutes by default',
      defaultTtl: Duration.minutes(5),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const edge = props.edge ?? {};

    // Security headers on every response (pages, feeds, records), overriding anything stored with an object.
    // CORS: any origin may read, no credentials; the feeds and records are public and partner sites read them from
    // browsers. OPTIONS is allowed so a script's conditional request (If-None-Match is not a "simple" header) gets
    // its preflight answered from this policy.
    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, 'ResponseHeaders', {
      // Names are unique per account, across regions: the same stack in two regions must not collide.
      responseHeadersPolicyName: `${Aws.STACK_NAME}-${Aws.REGION}-headers`,
      comment: 'meeting-feeds: CSP without script, HSTS, nosniff, referrer policy, no framing; CORS for any origin',
      securityHeadersBehavior: securityHeaders(CONTENT_SECURITY_POLICY),
      corsBehavior: {
        accessControlAllowOrigins: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD', 'OPTIONS'],
        accessControlAllowHeaders: ['*'],
        accessControlAllowCredentials: false,
        accessControlExposeHeaders: ['ETag', 'Last-Modified'],
        accessControlMaxAge: Duration.days(1),
        originOverride: true,
      },
    });

    // The editors' page: the same headers but a policy that allows its own script and calls to the API; no CORS
    // (nothing reads the page from elsewhere).
    this.editorHeadersPolicy = new ResponseHeadersPolicy(this, 'EditorResponseHeaders', {
      responseHeadersPolicyName: `${Aws.STACK_NAME}-${Aws.REGION}-editor-headers`,
      comment: "meeting-feeds: the editors' page: CSP with its own script and the API, HSTS, nosniff, referrer policy, no framing",
      securityHeadersBehavior: securityHeaders(EDITOR_CONTENT_SECURITY_POLICY),
    });
    const origin = S3BucketOrigin.withOriginAccessControl(props.siteBucket);
    const editorBehavior: BehaviorOptions = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy,
      responseHeadersPolicy: this.editorHeadersPolicy,
      compress: true,
      functionAssociations: [
        {
          eventType: FunctionEventType.VIEWER_REQUEST,
          function: new EdgeFunction(this, 'EditorIndex', {
            comment: "meeting-feeds: /editor/ is the editors' page's index.html",
            code: FunctionCode.fromInline(EDITOR_INDEX_FUNCTION),
          }),
        },
      ],
    };

    if (edge.wafRateLimit !== undefined) this.webAcl = rateLimitWebAcl(this, edge.wafRateLimit);
    const webAclId = this.webAcl?.attrArn ?? edge.webAclArn;
    const customDomain =
      edge.domainName && edge.certificateArn
        ? {
            domainNames: [edge.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', edge.certificateArn),
            // TLS 1.2 or later, with the 2021 cipher list: every current browser and feed reader.
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            sslSupportMethod: SSLMethod.SNI,
          }
        : {};

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'meeting-feeds: published feeds and meeting records',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy,
        // A preflight's Origin and Access-Control-Request-* headers reach S3, whose CORS rule answers it (storage.ts).
        originRequestPolicy: OriginRequestPolicy.CORS_S3_ORIGIN,
        responseHeadersPolicy: this.responseHeadersPolicy,
        compress: true,
      },
      // `editor*`, not `editor/*`: `/editor` itself must reach the function that redirects it.
      additionalBehaviors: { [`${EDITOR_PAGE_PREFIX.replace(/\/$/, '')}*`]: editorBehavior },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.accessLogsBucket,
      logFilePrefix: 'cloudfront/',
      webAclId,
      ...customDomain,
    });
    this.siteUrl = `https://${edge.domainName ?? this.distribution.distributionDomainName}`;
    if (edge.domainName) {
      new CfnOutput(Stack.of(this), 'DistributionDomainName', {
        description: `Point ${edge.domainName} here (CNAME, or a Route 53 alias)`,
        value: this.distribution.distributionDomainName,
      });
    }

    // Without ListBucket S3 answers a missing key with 403, which readers would see as "forbidden";
    // with it, through this distribution only, they get an honest 404.
    props.siteBucket.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:ListBucket'],
        resources: [props.siteBucket.bucketArn],
        conditions: { StringEquals: { 'AWS:SourceArn': Stack.of(this).formatArn({ service: 'cloudfront', region: '', resource: 'distribution', resourceName: this.distribution.distributionId }) } },
      }),
    );

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'The feeds are public and meant for readers in every country; there is nothing to geo-restrict.',
    });
    if (!webAclId) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'Read-only, cached, static public files behind origin access control; a WAF web ACL (us-east-1 only, a monthly fee) is optional: -c wafRateLimit=N or -c webAclArn=… (docs/deploy.md, "Edge").',
      });
    }
    if (!edge.domainName) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'No custom domain configured: the default *.cloudfront.net certificate does not allow choosing the minimum TLS version. With -c domainName=… -c certificateArn=… the distribution requires TLSv1.2_2021.',
      });
    }
  }

  /**
   * Deploys the editors' page (site/editor/) to the site bucket under editor/, with a config.json that gives its
   * script the API's URL. Called once the API exists; only editor/ is pruned, never the published files.
   */
  deployEditorPage(apiUrl: string): BucketDeployment {
    const logGroup = new LogGroup(this, 'EditorPageDeploymentLogs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    // A role of our own rather than CDK's default, which carries the AWS managed basic-execution policy.
    const role = new Role(this, 'EditorPageDeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: "meeting-feeds: copies the editors' page into the site bucket at deploy time",
    });
    logGroup.grantWrite(role);
    const deployment = new BucketDeployment(this, 'EditorPage', {
      destinationBucket: this.siteBucket,
      destinationKeyPrefix: EDITOR_PAGE_PREFIX,
      sources: [Source.asset(EDITOR_PAGE_DIR, { exclude: [EDITOR_CONFIG_FILE] }), Source.jsonData(EDITOR_CONFIG_FILE, { apiUrl })],
      prune: true,
      // Revalidated on every load (ETag): an editor never runs a script older than the page.
      cacheControl: [CacheControl.noCache()],
      logGroup,
      role,
    });
    const handler = Stack.of(this).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('Expected the CDKBucketDeployment custom resource after a BucketDeployment.');
    const reason = "CDK's BucketDeployment handler, run at deploy time only to copy the editors' page into the site bucket";
    Validations.of(role).acknowledge(
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `${reason}: aws-cdk-lib grants it the bucket read/write action groups, and prunes editor/ with them.`,
      })),
      {
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
        reason: `${reason}: it reads the page's files from the CDK assets bucket.`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.siteBucket)}.Arn>/*]`,
        reason: `${reason}: aws-cdk-lib grants on the whole bucket; the handler writes and prunes under editor/ only (destinationKeyPrefix).`,
      },
    );
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-L1',
      reason: `${reason}: aws-cdk-lib chooses its Python runtime, and moves it with its releases.`,
    });
    return deployment;
  }
}
