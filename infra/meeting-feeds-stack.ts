// The whole deployed app in one environment-agnostic stack (no lookups: `cdk synth` works offline).

import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './alarms.ts';
import { Delivery } from './delivery.ts';
import { Ingest } from './ingest.ts';
import { Pipeline } from './pipeline.ts';
import { Storage } from './storage.ts';

export class MeetingFeedsStack extends Stack {
  readonly storage: Storage;
  readonly delivery: Delivery;
  readonly pipeline: Pipeline;
  readonly ingest: Ingest;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.storage = new Storage(this, 'Storage');
    this.delivery = new Delivery(this, 'Delivery', {
      siteBucket: this.storage.siteBucket,
      accessLogsBucket: this.storage.accessLogsBucket,
    });
    this.pipeline = new Pipeline(this, 'Pipeline', {
      table: this.storage.table,
      rawBucket: this.storage.rawBucket,
      siteBucket: this.storage.siteBucket,
      siteUrl: this.delivery.siteUrl,
    });
    this.ingest = new Ingest(this, 'Ingest', {
      table: this.storage.table,
      rawBucket: this.storage.rawBucket,
      publishQueue: this.pipeline.publishQueue,
    });
    new Alarms(this, 'Alarms', {
      deadLetterQueues: {
        normalise: this.pipeline.normaliseDeadLetterQueue,
        publish: this.pipeline.publishDeadLetterQueue,
      },
    });

    new CfnOutput(this, 'ApiUrl', { description: 'Editor API (POST /articles)', value: this.ingest.stage.url });
    new CfnOutput(this, 'SiteUrl', { description: 'Published feeds and records', value: this.delivery.siteUrl });
    new CfnOutput(this, 'TableName', { value: this.storage.table.tableName });
    new CfnOutput(this, 'RawBucketName', { value: this.storage.rawBucket.bucketName });
  }
}
