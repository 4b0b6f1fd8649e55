// How readers get the published site: CloudFront in front of the private site bucket (origin access control),
// HTTPS only, caching that follows the Cache-Control the publisher writes on each object, security headers on
// every response, and optionally a custom domain (minimum TLS 1.2) and a WAF rate limit (infra/edge.ts).

import { Aws, CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { CONTENT_SECURITY_POLICY, type EdgeSettings, HSTS_MAX_AGE_SECONDS, rateLimitWebAcl } from './edge.ts';

export interface DeliveryProps {
  siteBucket: IBucket;
  accessLogsBucket: IBucket;
  /** Custom domain and WAF (from context: edgeSettings in infra/edge.ts); none by default. */
  edge?: EdgeSettings;
}

export class Delivery extends Construct {
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  /** The web ACL this stack created (`wafRateLimit`), if any. */
  readonly webAcl?: CfnWebACL;
  /** `https://` plus the custom domain, or else the distribution's domain: the base of every link in the feeds. */
  readonly siteUrl: string;

  constructor(scope: Construct, id: string, props: DeliveryProps) {
    super(scope, id);

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
    // CORS stays as before (any origin may read, no credentials): the feeds and records are public and partner
    // sites read them from browsers.
    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, 'ResponseHeaders', {
      // Names are unique per account, across regions: the same stack in two regions must not collide.
      responseHeadersPolicyName: `${Aws.STACK_NAME}-${Aws.REGION}-headers`,
      comment: 'meeting-feeds: CSP without script, HSTS, nosniff, referrer policy, no framing; CORS for any origin',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: false,
          preload: false,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      },
      corsBehavior: {
        accessControlAllowOrigins: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD'],
        accessControlAllowHeaders: ['*'],
        accessControlAllowCredentials: false,
        originOverride: true,
      },
    });

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
        origin: S3BucketOrigin.withOriginAccessControl(props.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy,
        responseHeadersPolicy: this.responseHeadersPolicy,
        compress: true,
      },
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
}
