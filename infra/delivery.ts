// How readers get the published site: CloudFront in front of the private site bucket (origin access control),
// HTTPS only, caching that follows the Cache-Control the publisher writes on each object.

import { Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface DeliveryProps {
  siteBucket: IBucket;
  accessLogsBucket: IBucket;
}

export class Delivery extends Construct {
  readonly distribution: Distribution;
  /** `https://` plus the distribution's domain: the base of every link in the feeds. */
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

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'meeting-feeds: published feeds and meeting records',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(props.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy,
        // Feeds are public and read by partner sites from browsers too.
        responseHeadersPolicy: ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS,
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.accessLogsBucket,
      logFilePrefix: 'cloudfront/',
    });
    this.siteUrl = `https://${this.distribution.distributionDomainName}`;

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

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'The feeds are public and meant for readers in every country; there is nothing to geo-restrict.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'Read-only, cached, static public files behind origin access control; a WAF web ACL (a us-east-1 stack and a monthly fee) would protect nothing an attacker could change.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'No custom domain yet: the default *.cloudfront.net certificate does not allow choosing the minimum TLS version. Set it with the custom domain.',
      },
    );
  }
}
