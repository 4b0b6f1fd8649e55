// Where state lives: the meetings table, the raw article store (written once, the source every stage can be
// re-run from), the published site, and the bucket that receives the other buckets' and CloudFront's access logs.

import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { MEETINGS_TABLE } from '../functions/aws/resources.ts';

export class Storage extends Construct {
  readonly table: Table;
  readonly rawBucket: Bucket;
  readonly siteBucket: Bucket;
  readonly accessLogsBucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.table = new Table(this, 'MeetingsTable', {
      partitionKey: { name: MEETINGS_TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: MEETINGS_TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: MEETINGS_TABLE.byMonthIndex.name,
      partitionKey: { name: MEETINGS_TABLE.byMonthIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: MEETINGS_TABLE.byMonthIndex.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });

    // CloudFront standard logs are delivered with ACLs, hence BUCKET_OWNER_PREFERRED on this one bucket.
    this.accessLogsBucket = new Bucket(this, 'AccessLogsBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.rawBucket = new Bucket(this, 'RawArticleBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'raw-articles/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.siteBucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'site/',
      // CloudFront passes a browser's CORS preflight (OPTIONS) to S3, which answers it only with a CORS rule; the
      // response headers policy (infra/delivery.ts) sets the same headers on every other answer.
      cors: [
        {
          allowedMethods: [HttpMethods.GET, HttpMethods.HEAD],
          allowedOrigins: ['*'],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag', 'Last-Modified'],
          maxAge: 86_400,
        },
      ],
      // Derived content (`rebuild` regenerates it), but kept on stack deletion: partners link to these URLs.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
